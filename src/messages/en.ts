import type { Messages } from './types.ts';

export type { Messages } from './types.ts';

// Every table below is written out in full: esbuild and Rollup keep a spread object whole,
// so a locale built from another one by spreading would ship both.

/**
 * English text for the kit. Each message says what happened and what to do next, in plain
 * words, without blaming the person (GOV.UK style). Cognito's own wording is never shown.
 */
export const en: Messages = {
  locale: 'en',

  exceptions: {
    AliasExistsException:
      'Another account already uses this {attribute}. Use a different {attribute}, or sign in to the other account.',
    CodeDeliveryFailureException:
      'We could not send the code. Check the {attribute} is correct, then ask for a new code.',
    CodeMismatchException: 'That code does not match the one we sent. Check the code and enter it again.',
    ExpiredCodeException: 'That code has expired. Ask for a new code, then enter it here.',
    ForbiddenException:
      'We cannot accept this request from your network right now. Try again later, or contact support if it keeps happening.',
    InternalErrorException: 'There is a problem with the sign-in service. Try again in a few minutes.',
    InvalidEmailRoleAccessPolicyException:
      'We cannot send emails at the moment because of a problem on our side. Try again later, or contact support.',
    InvalidLambdaResponseException:
      'We could not finish this because of a problem on our side. Try again later, or contact support.',
    InvalidParameterException: 'Some of the details sent were not accepted. Check them and try again.',
    InvalidPasswordException: 'This password does not meet the rules. Choose a different password.',
    InvalidSmsRoleAccessPolicyException:
      'We cannot send text messages at the moment because of a problem on our side. Try again later, or contact support.',
    InvalidSmsRoleTrustRelationshipException:
      'Text messages cannot be sent at the moment because of a set-up problem on our side. Try again later, or contact support.',
    LimitExceededException: 'There have been too many attempts. Wait a few minutes, then try again.',
    NotAuthorizedException: 'Your session has ended. Sign in again to continue.',
    OperationNotEnabledException:
      'This is not available for your account at the moment. Contact support if you need help.',
    PasswordHistoryPolicyViolationException:
      'You have used this password before. Choose a password you have not used recently.',
    PasswordResetRequiredException: 'You need to reset your password before you can continue. Reset it, then sign in again.',
    ResourceNotFoundException:
      'This service is not set up correctly, so we cannot continue. Try again later, or contact support.',
    TooManyFailedAttemptsException:
      'There have been too many wrong attempts. Wait a few minutes before you try again.',
    TooManyRequestsException: 'There have been too many requests in a short time. Wait a minute, then try again.',
    UnexpectedLambdaException:
      'Something went wrong while we checked your details. Try again later, or contact support.',
    UserLambdaValidationException: 'Your details were not accepted. Check them and try again.',
    UserNotConfirmedException:
      'Your account is not confirmed yet. Confirm it with the code we sent when you signed up, then sign in again.',
    UserNotFoundException: 'We cannot find your account. It may have been closed. Sign in again to continue.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Another account already uses this {attribute}. Sign in to that account, or sign up again with a different {attribute}.',
      InvalidParameterException:
        'We could not confirm an account with these details. Check the user name, then enter the code again.',
      LimitExceededException: 'There have been too many wrong codes. Wait a few minutes, then enter the code again.',
      NotAuthorizedException:
        'This account cannot be confirmed. It may have been disabled. Contact support if you need help.',
      TooManyFailedAttemptsException:
        'There have been too many wrong codes. Wait a few minutes before you enter the code again.',
      UserLambdaValidationException:
        'We could not confirm your account because some of your details were not accepted.',
      UserNotFoundException: 'There is no account with that user name. Check the user name and try again.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'We could not send a new code. Wait a moment, then ask for a new code again.',
      InvalidParameterException:
        'We could not send a new code for this account. If the account is already confirmed, sign in instead.',
      LimitExceededException: 'Too many codes have been asked for. Wait a few minutes before you ask for another.',
      NotAuthorizedException: 'We cannot send a code for this account. Contact support if you need help.',
      UserLambdaValidationException: 'We could not send a new code because some of your details were not accepted.',
      UserNotFoundException: 'There is no account with that user name. Check the user name, then ask for a code again.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Another account already uses this {attribute}. Enter a different {attribute}.',
      CodeDeliveryFailureException:
        'We could not send a code to the new {attribute}. Check it is correct, then save it again.',
      CodeMismatchException:
        'Your {attribute} was not changed because a code check failed. Save the change again to get a new code.',
      ExpiredCodeException:
        'The code for this change has expired. Save the change again to get a new code.',
      InvalidParameterException: 'This {attribute} cannot be used. Check it and try again.',
      PasswordResetRequiredException:
        'You need to reset your password before you can change your {attribute}. Reset it, then sign in again.',
      UserLambdaValidationException: 'This {attribute} was not accepted. Check it, or enter a different one.',
      UserNotConfirmedException:
        'Your {attribute} cannot be changed until your account is confirmed. Confirm your account, then try again.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'We could not send a code to your {attribute}. Check it is correct, then ask for a new code.',
      InvalidParameterException:
        'Your {attribute} cannot be verified. Check your account has one saved, then try again.',
      LimitExceededException: 'Too many codes have been asked for. Wait a few minutes before you ask for another.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Another account already uses this {attribute}, so it cannot be verified for yours. Use a different {attribute}.',
      InvalidParameterException:
        'We could not verify your {attribute} with this code. Ask for a new code, then enter it here.',
      LimitExceededException: 'There have been too many wrong codes. Wait a few minutes, then enter the code again.',
    },
    GetUser: {
      InvalidParameterException: 'We could not check your account details. Sign in again to continue.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: 'We could not send a reset code. Wait a moment, then ask for a code again.',
      InvalidParameterException:
        'We could not send a reset code for this account. Contact support if you need help to sign in.',
      LimitExceededException: 'Too many reset codes have been asked for. Wait a few minutes before you ask for another.',
      NotAuthorizedException: 'The password for this account cannot be reset here. Contact support if you need help.',
      OperationNotEnabledException: 'Passwords cannot be reset here at the moment. Contact support if you need help to sign in.',
      UserLambdaValidationException: 'We could not send a reset code because some of your details were not accepted.',
      UserNotFoundException: 'We could not send a code for that user name. Check the user name and try again.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'We could not reset your password with these details. Check the code and the new password, then try again.',
      LimitExceededException: 'There have been too many wrong codes. Wait a few minutes, then enter the code again.',
      NotAuthorizedException: 'The password for this account cannot be reset here. Contact support if you need help.',
      OperationNotEnabledException: 'Passwords cannot be reset here at the moment. Contact support if you need help to sign in.',
      TooManyFailedAttemptsException:
        'There have been too many wrong codes. Wait a few minutes before you enter the code again.',
      UserLambdaValidationException: 'We could not change your password because some of your details were not accepted.',
      UserNotConfirmedException:
        'Your account is not confirmed yet. Confirm it with the code we sent when you signed up, then reset your password.',
      UserNotFoundException: 'We could not reset the password for that user name. Check the user name and try again.',
    },
  },

  local: {
    ValidationError: 'Check the details you entered and try again.',
    NetworkError: 'We could not connect. Check your internet connection and try again.',
    TimeoutError: 'This is taking too long. Check your internet connection and try again.',
    AbortError: '',
    SessionExpiredError: 'You have been signed out. Sign in again to continue.',
    UnknownError: 'Something went wrong. Try again, or contact support if it keeps happening.',
  },

  validation: {
    code: {
      required: 'Enter the code we sent you',
      tooLong: 'Enter only the code from the message',
      pattern: 'Enter the code exactly as it appears in the message',
      format: 'Enter the code in the right format, like 123456',
      incomplete: { one: 'Enter all {length} digit of the code', other: 'Enter all {length} digits of the code' },
    },
    username: {
      required: 'Enter your user name',
      tooLong: 'User name must be 128 characters or fewer',
      pattern: 'User name must not include spaces',
      format: 'Enter your user name in the right format',
    },
    password: {
      required: 'Enter a new password',
      tooLong: 'Password must be 256 characters or fewer',
      pattern: 'Password must not start or end with a space',
      format: 'Choose a password that meets every rule in the list',
    },
    attributeName: {
      required: 'Choose what to verify',
      tooLong: 'Attribute name must be 32 characters or fewer',
      pattern: 'Attribute name must not include spaces',
      format: 'Enter the attribute name in the right format',
    },
    value: {
      required: 'Enter your {attribute}',
      tooLong: 'Your {attribute} must be 2,048 characters or fewer',
      pattern: 'Your {attribute} includes characters that cannot be used',
      format: 'Enter your {attribute} in the right format',
    },
    valueByAttribute: {
      email: {
        format: 'Enter an email address in the right format, like name@example.com',
      },
      phone_number: {
        pattern: 'Enter a phone number with country code, like +15555550123',
        format: 'Enter a phone number with country code, like +15555550123',
      },
    },
    configuration: {
      required: 'This page is missing some set-up details. Try again later, or contact support if it keeps happening',
      tooLong: 'This page sent set-up details that are too long. Try again later, or contact support if it keeps happening',
      pattern:
        'This page sent set-up details that cannot be used. Try again later, or contact support if it keeps happening',
      format:
        'This page sent set-up details in the wrong format. Try again later, or contact support if it keeps happening',
    },
    accessToken: {
      required: 'Sign in to continue',
    },
  },

  attributes: {
    email: { noun: 'email address', label: 'Email' },
    phone_number: { noun: 'phone number', label: 'Phone number' },
    given_name: { noun: 'first name', label: 'First name' },
    family_name: { noun: 'last name', label: 'Last name' },
    preferred_username: { noun: 'preferred user name', label: 'Preferred user name' },
  },

  ui: {
    confirmationCodeLabel: 'Confirmation code',
    verificationCodeLabel: 'Verification code',
    confirm: 'Confirm',
    verify: 'Verify',
    save: 'Save',
    resendCode: 'Resend code',
    sendCode: 'Send code',
    resendCodeIn: 'Resend code in {time}',
    codeSent: 'We sent a code to {destination}.',
    codeSentByEmail: 'We sent a code by email to {destination}.',
    codeSentBySms: 'We sent a code by text message to {destination}.',
    codeSentNoDestination: 'We sent you a code.',
    newCodeSent: 'We sent a new code to {destination}.',
    resendAvailable: 'You can ask for a new code now.',
    confirmed: 'Your account is confirmed.',
    alreadyConfirmed: 'Your account is already confirmed. You can sign in.',
    verified: 'Your {attribute} is verified.',
    saved: 'Your {attribute} is saved.',
    pendingTitle: 'Verify your new {attribute}',
    pendingBody: 'Your current {attribute} stays active until you verify {value}.',
    unverifiedTitle: 'Your {attribute} is not verified',
    unverifiedBody: '{value} needs verifying before you can use it.',
    cancelChange: 'Cancel change',
    tryAgain: 'Try again',
    signInAgain: 'Sign in again',
    useThisAnyway: 'Use it for this account instead',
    useThisAnywayHint: 'The other account will no longer be able to sign in with this {attribute}.',
    waitUntil: 'Try again after {time}.',
    codeHint: { one: 'Enter the {length}-digit code', other: 'Enter the {length}-digit code' },
    codeNotSentYet: 'We have not sent a code yet. Ask for one, then enter it here.',
    loading: 'Loading your {attribute}…',
    codeHintAnyLength: 'Enter the code from the message',
    submitting: 'Checking…',
    sending: 'Sending…',
    saving: 'Saving…',
    errorPrefix: 'Error:',
    attributeFallback: 'email address or phone number',
    usernameLabel: 'User name',
    resetPasswordHint: 'We will send a code to the email address or phone number on your account.',
    newPasswordLabel: 'New password',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    passwordRulesTitle: 'Your password needs',
    passwordMinLength: { one: 'At least {count} character', other: 'At least {count} characters' },
    passwordLowercase: 'A lowercase letter',
    passwordUppercase: 'A capital letter',
    passwordNumber: 'A number',
    passwordSymbol: 'A symbol, like ! or @',
    ruleMet: 'Done:',
    ruleNotMet: 'Still needed:',
    passwordRulesLeft: { one: '{count} password rule still to meet', other: '{count} password rules still to meet' },
    passwordRulesAllMet: 'Your password meets every rule.',
    resetPassword: 'Reset password',
    resettingPassword: 'Resetting…',
    passwordChanged: 'Your password has been changed. Sign in with your new password.',
    signIn: 'Sign in',
    confirmAccount: 'Confirm your account',
    useAnotherUsername: 'Use a different user name',
  },
};
