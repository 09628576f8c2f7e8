/**
 * The edge to Cognito: one async method per operation the kit uses, with plain inputs and
 * outputs. `createSdkGateway` implements it over the AWS SDK; tests and stories may pass any
 * object of this shape.
 */

/** The Cognito operations the kit calls. */
export type Operation =
  | 'ConfirmSignUp'
  | 'ResendConfirmationCode'
  | 'UpdateUserAttributes'
  | 'GetUserAttributeVerificationCode'
  | 'VerifyUserAttribute'
  | 'GetUser';

/** Where Cognito sent a code. `destination` is masked by Cognito, e.g. `a***@e***`. */
export interface CodeDeliveryDetails {
  attributeName?: string;
  deliveryMedium?: 'EMAIL' | 'SMS';
  destination?: string;
}

export interface UserAttribute {
  name: string;
  value: string;
}

/** Custom key–value pairs passed through to the pool's Lambda triggers. */
export type ClientMetadata = Record<string, string>;

export interface ConfirmSignUpInput {
  clientId: string;
  username: string;
  confirmationCode: string;
  secretHash?: string;
  forceAliasCreation?: boolean;
  clientMetadata?: ClientMetadata;
}

export interface ResendConfirmationCodeInput {
  clientId: string;
  username: string;
  secretHash?: string;
  clientMetadata?: ClientMetadata;
}

export interface UpdateUserAttributesInput {
  accessToken: string;
  userAttributes: UserAttribute[];
  clientMetadata?: ClientMetadata;
}

export interface GetUserAttributeVerificationCodeInput {
  accessToken: string;
  attributeName: string;
  clientMetadata?: ClientMetadata;
}

export interface VerifyUserAttributeInput {
  accessToken: string;
  attributeName: string;
  code: string;
}

export interface GetUserInput {
  accessToken: string;
}

export interface CodeDeliveryResult {
  codeDeliveryDetails?: CodeDeliveryDetails;
}

export interface UpdateUserAttributesResult {
  /** One entry per attribute that needs a code; empty when every change applied at once. */
  codeDeliveryDetailsList: CodeDeliveryDetails[];
}

export interface GetUserResult {
  username: string;
  /** Attribute values by name, including `sub`, `email_verified` and `phone_number_verified`. */
  attributes: Record<string, string>;
}

/**
 * Every method rejects with whatever its transport throws; callers normalise it with
 * `toCognitoError(operation, error)`.
 */
export interface CognitoGateway {
  confirmSignUp(input: ConfirmSignUpInput, signal?: AbortSignal): Promise<void>;
  resendConfirmationCode(
    input: ResendConfirmationCodeInput,
    signal?: AbortSignal,
  ): Promise<CodeDeliveryResult>;
  updateUserAttributes(
    input: UpdateUserAttributesInput,
    signal?: AbortSignal,
  ): Promise<UpdateUserAttributesResult>;
  getUserAttributeVerificationCode(
    input: GetUserAttributeVerificationCodeInput,
    signal?: AbortSignal,
  ): Promise<CodeDeliveryResult>;
  verifyUserAttribute(input: VerifyUserAttributeInput, signal?: AbortSignal): Promise<void>;
  getUser(input: GetUserInput, signal?: AbortSignal): Promise<GetUserResult>;
}
