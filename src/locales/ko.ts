import type { Messages } from '../messages/types.ts';

/** Korean (ko). */
export const messages: Messages = {
  locale: 'ko',

  exceptions: {
    AliasExistsException:
      '이미 다른 계정에서 사용 중인 {attribute}입니다. 다른 {attribute} 입력 후 다시 시도하거나, 해당 계정에 로그인하세요.',
    CodeDeliveryFailureException:
      '코드를 보내지 못했습니다. {attribute}에 오타가 없는지 확인한 후 새 코드를 요청하세요.',
    CodeMismatchException: '보내 드린 코드와 일치하지 않습니다. 코드를 확인한 후 다시 입력하세요.',
    ExpiredCodeException: '만료된 코드입니다. 새 코드를 요청한 후 여기에 입력하세요.',
    ForbiddenException:
      '지금은 사용 중인 네트워크에서 이 요청을 처리할 수 없습니다. 나중에 다시 시도하고, 문제가 계속되면 고객지원팀에 문의하세요.',
    InternalErrorException: '로그인 서비스에 문제가 있습니다. 몇 분 후에 다시 시도하세요.',
    InvalidEmailRoleAccessPolicyException:
      '저희 쪽 문제로 지금은 이메일을 보낼 수 없습니다. 나중에 다시 시도하거나 고객지원팀에 문의하세요.',
    InvalidLambdaResponseException:
      '저희 쪽 문제로 요청을 완료하지 못했습니다. 나중에 다시 시도하거나 고객지원팀에 문의하세요.',
    InvalidParameterException: '보낸 정보 중 일부가 허용되지 않았습니다. 정보를 확인한 후 다시 시도하세요.',
    InvalidPasswordException: '비밀번호 조건에 맞지 않습니다. 다른 비밀번호를 입력하세요.',
    InvalidSmsRoleAccessPolicyException:
      '저희 쪽 문제로 지금은 문자 메시지를 보낼 수 없습니다. 나중에 다시 시도하거나 고객지원팀에 문의하세요.',
    InvalidSmsRoleTrustRelationshipException:
      '저희 쪽 설정 문제로 지금은 문자 메시지를 보낼 수 없습니다. 나중에 다시 시도하거나 고객지원팀에 문의하세요.',
    LimitExceededException: '시도 횟수가 너무 많습니다. 몇 분 후에 다시 시도하세요.',
    NotAuthorizedException: '세션이 만료되었습니다. 계속하려면 다시 로그인하세요.',
    OperationNotEnabledException: '지금은 이 계정에서 사용할 수 없는 기능입니다. 도움이 필요하면 고객지원팀에 문의하세요.',
    PasswordHistoryPolicyViolationException: '이전에 사용한 비밀번호입니다. 최근에 사용하지 않은 비밀번호를 입력하세요.',
    PasswordResetRequiredException:
      '계속하려면 비밀번호를 재설정해야 합니다. 비밀번호를 재설정한 후 다시 로그인하세요.',
    ResourceNotFoundException:
      '서비스가 올바르게 설정되지 않아 계속할 수 없습니다. 나중에 다시 시도하거나 고객지원팀에 문의하세요.',
    TooManyFailedAttemptsException:
      '잘못된 시도가 너무 많습니다. 몇 분 기다린 후 다시 시도하세요.',
    TooManyRequestsException: '짧은 시간에 요청이 너무 많았습니다. 1분 후에 다시 시도하세요.',
    UnexpectedLambdaException:
      '정보를 확인하는 중에 문제가 발생했습니다. 나중에 다시 시도하거나 고객지원팀에 문의하세요.',
    UserLambdaValidationException: '입력하신 정보가 허용되지 않았습니다. 정보를 확인한 후 다시 시도하세요.',
    UserNotConfirmedException:
      '아직 계정 확인이 완료되지 않았습니다. 가입할 때 보내 드린 코드로 계정을 확인한 후 다시 로그인하세요.',
    UserNotFoundException: '계정을 찾을 수 없습니다. 계정이 해지되었을 수 있습니다. 계속하려면 다시 로그인하세요.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        '이미 다른 계정에서 사용 중인 {attribute}입니다. 해당 계정에 로그인하거나, 다른 {attribute} 입력 후 다시 가입하세요.',
      InvalidParameterException:
        '입력하신 정보로는 계정을 확인할 수 없습니다. 사용자 이름을 확인한 후 코드를 다시 입력하세요.',
      LimitExceededException: '잘못된 코드 입력이 너무 많습니다. 몇 분 후에 코드를 다시 입력하세요.',
      NotAuthorizedException:
        '이 계정은 확인할 수 없습니다. 계정이 비활성화되었을 수 있습니다. 도움이 필요하면 고객지원팀에 문의하세요.',
      TooManyFailedAttemptsException:
        '잘못된 코드 입력이 너무 많습니다. 몇 분 기다린 후 코드를 다시 입력하세요.',
      UserLambdaValidationException:
        '일부 정보가 허용되지 않아 계정을 확인하지 못했습니다.',
      UserNotFoundException: '해당 사용자 이름의 계정이 없습니다. 사용자 이름을 확인한 후 다시 시도하세요.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: '새 코드를 보내지 못했습니다. 잠시 후 새 코드를 다시 요청하세요.',
      InvalidParameterException:
        '이 계정으로 새 코드를 보낼 수 없습니다. 이미 확인된 계정이라면 바로 로그인하세요.',
      LimitExceededException: '코드 요청이 너무 많습니다. 몇 분 기다린 후 다시 요청하세요.',
      NotAuthorizedException: '이 계정으로는 코드를 보낼 수 없습니다. 도움이 필요하면 고객지원팀에 문의하세요.',
      UserLambdaValidationException: '일부 정보가 허용되지 않아 새 코드를 보내지 못했습니다.',
      UserNotFoundException: '해당 사용자 이름의 계정이 없습니다. 사용자 이름을 확인한 후 코드를 다시 요청하세요.',
    },
    UpdateUserAttributes: {
      AliasExistsException: '이미 다른 계정에서 사용 중인 {attribute}입니다. 다른 {attribute} 입력이 필요합니다.',
      CodeDeliveryFailureException:
        '새 {attribute}에 대한 인증 코드를 보내지 못했습니다. 입력한 내용에 오타가 없는지 확인한 후 다시 저장하세요.',
      CodeMismatchException:
        '코드 확인에 실패하여 {attribute} 변경이 완료되지 않았습니다. 새 코드를 받으려면 변경 사항을 다시 저장하세요.',
      ExpiredCodeException:
        '이 변경에 대한 코드가 만료되었습니다. 새 코드를 받으려면 변경 사항을 다시 저장하세요.',
      InvalidParameterException: '사용할 수 없는 {attribute}입니다. 확인한 후 다시 시도하세요.',
      PasswordResetRequiredException:
        '{attribute} 변경 전에 비밀번호를 재설정해야 합니다. 비밀번호를 재설정한 후 다시 로그인하세요.',
      UserLambdaValidationException: '허용되지 않는 {attribute}입니다. 확인하거나 다른 값을 입력하세요.',
      UserNotConfirmedException:
        '계정 확인이 완료되어야 {attribute} 변경이 가능합니다. 계정을 확인한 후 다시 시도하세요.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        '{attribute} 인증 코드를 보내지 못했습니다. 등록된 정보가 정확한지 확인한 후 새 코드를 요청하세요.',
      InvalidParameterException:
        '{attribute} 인증을 진행할 수 없습니다. 계정에 저장되어 있는지 확인한 후 다시 시도하세요.',
      LimitExceededException: '코드 요청이 너무 많습니다. 몇 분 기다린 후 다시 요청하세요.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        '이미 다른 계정에서 사용 중인 {attribute}이므로 회원님의 계정에서 인증할 수 없습니다. 다른 {attribute} 입력 후 다시 시도하세요.',
      InvalidParameterException:
        '이 코드로 {attribute} 인증을 완료하지 못했습니다. 새 코드를 요청한 후 여기에 입력하세요.',
      LimitExceededException: '잘못된 코드 입력이 너무 많습니다. 몇 분 후에 코드를 다시 입력하세요.',
    },
    GetUser: {
      InvalidParameterException: '계정 정보를 확인하지 못했습니다. 계속하려면 다시 로그인하세요.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: '재설정 코드를 보내지 못했습니다. 잠시 후 코드를 다시 요청하세요.',
      InvalidParameterException: '이 계정으로 재설정 코드를 보내지 못했습니다. 로그인에 도움이 필요하면 고객지원팀에 문의하세요.',
      LimitExceededException: '재설정 코드 요청이 너무 많습니다. 몇 분 기다린 후 다시 요청하세요.',
      NotAuthorizedException: '이 계정의 비밀번호는 여기에서 재설정할 수 없습니다. 도움이 필요하면 고객지원팀에 문의하세요.',
      OperationNotEnabledException: '지금은 여기에서 비밀번호를 재설정할 수 없습니다. 로그인에 도움이 필요하면 고객지원팀에 문의하세요.',
      UserLambdaValidationException: '일부 정보가 허용되지 않아 재설정 코드를 보내지 못했습니다.',
      UserNotFoundException: '해당 사용자 이름으로 코드를 보내지 못했습니다. 사용자 이름을 확인한 후 다시 시도하세요.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException: '입력하신 정보로는 비밀번호를 재설정하지 못했습니다. 코드와 새 비밀번호를 확인한 후 다시 시도하세요.',
      LimitExceededException: '잘못된 코드 입력이 너무 많습니다. 몇 분 후에 코드를 다시 입력하세요.',
      NotAuthorizedException: '이 계정의 비밀번호는 여기에서 재설정할 수 없습니다. 도움이 필요하면 고객지원팀에 문의하세요.',
      OperationNotEnabledException: '지금은 여기에서 비밀번호를 재설정할 수 없습니다. 로그인에 도움이 필요하면 고객지원팀에 문의하세요.',
      TooManyFailedAttemptsException: '잘못된 코드 입력이 너무 많습니다. 몇 분 기다린 후 코드를 다시 입력하세요.',
      UserLambdaValidationException: '일부 정보가 허용되지 않아 비밀번호를 변경하지 못했습니다.',
      UserNotConfirmedException: '아직 계정 확인이 완료되지 않았습니다. 가입할 때 보내 드린 코드로 계정을 확인한 후 비밀번호를 재설정하세요.',
      UserNotFoundException: '해당 사용자 이름의 비밀번호를 재설정하지 못했습니다. 사용자 이름을 확인한 후 다시 시도하세요.',
    },
  },

  local: {
    ValidationError: '입력하신 정보를 확인한 후 다시 시도하세요.',
    NetworkError: '연결하지 못했습니다. 인터넷 연결을 확인한 후 다시 시도하세요.',
    TimeoutError: '시간이 너무 오래 걸리고 있습니다. 인터넷 연결을 확인한 후 다시 시도하세요.',
    AbortError: '',
    SessionExpiredError: '로그아웃되었습니다. 계속하려면 다시 로그인하세요.',
    UnknownError: '문제가 발생했습니다. 다시 시도하고, 문제가 계속되면 고객지원팀에 문의하세요.',
  },

  validation: {
    code: {
      required: '보내 드린 코드를 입력하세요',
      tooLong: '메시지에 있는 코드만 입력하세요',
      pattern: '메시지에 표시된 그대로 코드를 입력하세요',
      format: '올바른 형식으로 코드를 입력하세요(예: 123456)',
      incomplete: { other: '코드 {length}자리를 모두 입력하세요' },
    },
    username: {
      required: '사용자 이름을 입력하세요',
      tooLong: '사용자 이름은 128자 이하여야 합니다',
      pattern: '사용자 이름에는 공백을 사용할 수 없습니다',
      format: '올바른 형식으로 사용자 이름을 입력하세요',
    },
    password: {
      required: '새 비밀번호를 입력하세요',
      tooLong: '비밀번호는 256자 이하여야 합니다',
      pattern: '비밀번호는 공백으로 시작하거나 끝날 수 없습니다',
      format: '목록의 조건을 모두 충족하는 비밀번호를 입력하세요',
    },
    attributeName: {
      required: '인증할 항목을 선택하세요',
      tooLong: '속성 이름은 32자 이하여야 합니다',
      pattern: '속성 이름에는 공백을 사용할 수 없습니다',
      format: '올바른 형식으로 속성 이름을 입력하세요',
    },
    value: {
      required: '{attribute} 항목을 입력하세요',
      tooLong: '{attribute}의 길이는 2,048자 이하여야 합니다',
      pattern: '{attribute}에 사용할 수 없는 문자가 포함되어 있습니다',
      format: '{attribute}의 형식에 맞게 입력하세요',
    },
    valueByAttribute: {
      email: {
        format: '올바른 형식의 이메일 주소를 입력하세요(예: name@example.com)',
      },
      phone_number: {
        pattern: '국가 번호를 포함해 전화번호를 입력하세요(예: +15555550123)',
        format: '국가 번호를 포함해 전화번호를 입력하세요(예: +15555550123)',
      },
    },
    configuration: {
      required:
        '이 페이지에 일부 설정 정보가 없습니다. 나중에 다시 시도하고, 문제가 계속되면 고객지원팀에 문의하세요',
      tooLong:
        '이 페이지에서 보낸 설정 정보가 너무 깁니다. 나중에 다시 시도하고, 문제가 계속되면 고객지원팀에 문의하세요',
      pattern:
        '이 페이지에서 보낸 설정 정보를 사용할 수 없습니다. 나중에 다시 시도하고, 문제가 계속되면 고객지원팀에 문의하세요',
      format:
        '이 페이지에서 보낸 설정 정보의 형식이 잘못되었습니다. 나중에 다시 시도하고, 문제가 계속되면 고객지원팀에 문의하세요',
    },
    accessToken: {
      required: '계속하려면 로그인하세요',
    },
  },

  attributes: {
    email: { noun: '이메일 주소', label: '이메일' },
    phone_number: { noun: '전화번호', label: '전화번호' },
    given_name: { noun: '이름', label: '이름' },
    family_name: { noun: '성', label: '성' },
    preferred_username: { noun: '선호하는 사용자 이름', label: '선호하는 사용자 이름' },
  },

  ui: {
    confirmationCodeLabel: '확인 코드',
    verificationCodeLabel: '인증 코드',
    confirm: '확인',
    verify: '인증',
    save: '저장',
    resendCode: '코드 재전송',
    sendCode: '코드 보내기',
    resendCodeIn: '{time} 후 코드 재전송',
    codeSent: '{destination}에 코드를 보냈습니다.',
    codeSentByEmail: '{destination} 주소로 인증 코드 이메일을 보냈습니다.',
    codeSentBySms: '{destination} 번호로 인증 코드 문자 메시지를 보냈습니다.',
    codeSentNoDestination: '코드를 보냈습니다.',
    newCodeSent: '{destination}에 새 코드를 보냈습니다.',
    resendAvailable: '이제 새 코드를 요청할 수 있습니다.',
    confirmed: '계정이 확인되었습니다.',
    alreadyConfirmed: '이미 확인된 계정입니다. 로그인할 수 있습니다.',
    verified: '{attribute} 인증이 완료되었습니다.',
    saved: '{attribute} 저장이 완료되었습니다.',
    pendingTitle: '새 {attribute} 인증이 필요합니다',
    pendingBody: '{value} 인증이 완료될 때까지는 현재 {attribute}에 변경 사항이 적용되지 않습니다.',
    unverifiedTitle: '인증되지 않은 {attribute}입니다',
    unverifiedBody: '{value} 인증을 완료해야 사용할 수 있습니다.',
    cancelChange: '변경 취소',
    tryAgain: '다시 시도',
    signInAgain: '다시 로그인',
    useThisAnyway: '이 계정에서 사용',
    useThisAnywayHint: '이제 다른 계정은 이 {attribute}에 연결되지 않아, 이 정보로 로그인할 수 없게 됩니다.',
    waitUntil: '{time} 후에 다시 시도하세요.',
    codeHint: { other: '{length}자리 코드를 입력하세요' },
    codeNotSentYet: '아직 코드를 보내지 않았습니다. 코드를 요청한 후 여기에 입력하세요.',
    loading: '{attribute} 불러오는 중…',
    codeHintAnyLength: '메시지에 있는 코드를 입력하세요',
    submitting: '확인 중…',
    sending: '보내는 중…',
    saving: '저장 중…',
    errorPrefix: '오류:',
    attributeFallback: '이메일 주소 또는 전화번호',
    usernameLabel: '사용자 이름',
    resetPasswordHint: '계정에 등록된 이메일 주소 또는 전화번호로 코드를 보내 드립니다.',
    newPasswordLabel: '새 비밀번호',
    showPassword: '비밀번호 표시',
    hidePassword: '비밀번호 숨기기',
    passwordRulesTitle: '비밀번호 조건',
    passwordMinLength: { other: '{count}자 이상' },
    passwordLowercase: '영문 소문자 포함',
    passwordUppercase: '영문 대문자 포함',
    passwordNumber: '숫자 포함',
    passwordSymbol: '! 또는 @ 같은 특수문자 포함',
    ruleMet: '충족:',
    ruleNotMet: '미충족:',
    passwordRulesLeft: { other: '충족해야 할 비밀번호 조건이 {count}개 남았습니다' },
    passwordRulesAllMet: '비밀번호가 모든 조건을 충족합니다.',
    resetPassword: '비밀번호 재설정',
    resettingPassword: '재설정 중…',
    passwordChanged: '비밀번호가 변경되었습니다. 새 비밀번호로 로그인하세요.',
    signIn: '로그인',
    confirmAccount: '계정 확인',
    useAnotherUsername: '다른 사용자 이름 사용',
  },
};
