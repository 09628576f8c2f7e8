'use client';
export { CognitoVerifyProvider, MessagesScope, useCognitoVerify, useMessages } from './provider.tsx';
export type { CognitoVerifyProviderProps, CognitoVerifySettings, SettingsOverrides } from './provider.tsx';

export { useConfirmSignUp } from './hooks/useConfirmSignUp.ts';
export type { SubmitOptions, UseConfirmSignUpOptions, UseConfirmSignUpResult } from './hooks/useConfirmSignUp.ts';
export { useVerifyAttribute } from './hooks/useVerifyAttribute.ts';
export type { UseVerifyAttributeOptions, UseVerifyAttributeResult } from './hooks/useVerifyAttribute.ts';
export { useUpdateAttributes } from './hooks/useUpdateAttributes.ts';
export type { UseUpdateAttributesOptions, UseUpdateAttributesResult } from './hooks/useUpdateAttributes.ts';
export { useResetPassword } from './hooks/useResetPassword.ts';
export type { ResetSubmitOptions, UseResetPasswordOptions, UseResetPasswordResult } from './hooks/useResetPassword.ts';
export { useResendCooldown } from './hooks/useResendCooldown.ts';
export type { ResendCooldown, UseResendCooldownOptions } from './hooks/useResendCooldown.ts';

export { CodeField } from './components/CodeField.tsx';
export type { CodeFieldProps } from './components/CodeField.tsx';
export { ResendButton } from './components/ResendButton.tsx';
export type { ResendButtonProps } from './components/ResendButton.tsx';
export { ErrorMessage } from './components/ErrorMessage.tsx';
export type { ErrorMessageProps } from './components/ErrorMessage.tsx';
export { PendingValueBanner } from './components/PendingValueBanner.tsx';
export type { PendingValueBannerProps } from './components/PendingValueBanner.tsx';
export { CodeEntry } from './components/CodeEntry.tsx';
export type { CodeEntryProps, CodeFlow } from './components/CodeEntry.tsx';
export { codeHint, submitWith, useFocusWhen, useSelectOnError } from './components/formSupport.ts';
export type { CodeFormOptions } from './components/formSupport.ts';
export { ConfirmSignUpForm } from './components/ConfirmSignUpForm.tsx';
export type { ConfirmSignUpFormProps } from './components/ConfirmSignUpForm.tsx';
export { VerifyAttributeForm } from './components/VerifyAttributeForm.tsx';
export type { VerifyAttributeFormProps } from './components/VerifyAttributeForm.tsx';
export { UpdateAttributeForm } from './components/UpdateAttributeForm.tsx';
export type { UpdateAttributeFormProps } from './components/UpdateAttributeForm.tsx';
export { ResetPasswordForm } from './components/ResetPasswordForm.tsx';
export type { ResetPasswordFormProps } from './components/ResetPasswordForm.tsx';
export { NewPasswordField } from './components/NewPasswordField.tsx';
export type { NewPasswordFieldProps } from './components/NewPasswordField.tsx';
export { passwordRules } from './cognito/passwordPolicy.ts';
export type { PasswordPolicy, PasswordRule, PasswordRuleName } from './cognito/passwordPolicy.ts';

export { createFetchGateway } from './cognito/fetchGateway.ts';
export type {
  ClientMetadata,
  CodeDeliveryDetails,
  CognitoGateway,
  ConfirmForgotPasswordInput,
  ConfirmSignUpInput,
  ForgotPasswordInput,
  GetUserAttributeVerificationCodeInput,
  GetUserResult,
  Operation,
  ResendConfirmationCodeInput,
  UpdateUserAttributesInput,
  UpdateUserAttributesResult,
  UserAttribute,
  VerifyUserAttributeInput,
} from './cognito/gateway.ts';
export { CognitoError, documentedExceptions, isAlreadyConfirmed, toCognitoError } from './cognito/errors.ts';
export type { CognitoErrorName, ErrorField, Recovery, Setting, ValidationReason } from './cognito/errors.ts';
export { normalizeCode } from './cognito/schemas.ts';
export { createMemoryStore, createStorageStore } from './cognito/pendingStore.ts';
export type { PendingEntry, PendingStore } from './cognito/pendingStore.ts';
export { en, formatDuration, messageFor, mergeMessages, plural, textDirection } from './messages/index.ts';
export type { MessageOverrides, Messages, PluralMessage } from './messages/index.ts';
export type { LocaleOption, MessagesOption } from './messages/negotiate.ts';
