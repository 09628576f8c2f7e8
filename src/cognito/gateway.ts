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
  | 'GetUser'
  | 'ForgotPassword'
  | 'ConfirmForgotPassword';

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

export interface ForgotPasswordInput {
  clientId: string;
  username: string;
  secretHash?: string;
  clientMetadata?: ClientMetadata;
}

export interface ConfirmForgotPasswordInput {
  clientId: string;
  username: string;
  confirmationCode: string;
  /** The new password. */
  password: string;
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
  forgotPassword(input: ForgotPasswordInput, signal?: AbortSignal): Promise<CodeDeliveryResult>;
  confirmForgotPassword(input: ConfirmForgotPasswordInput, signal?: AbortSignal): Promise<void>;
}

/** A code-delivery record as Cognito's JSON protocol spells it. */
export interface WireCodeDeliveryDetails {
  AttributeName?: string;
  DeliveryMedium?: string;
  Destination?: string;
}

/** The members of Cognito's JSON responses the kit reads (PascalCase, as on the wire). */
export interface WireResponse {
  CodeDeliveryDetails?: WireCodeDeliveryDetails;
  CodeDeliveryDetailsList?: WireCodeDeliveryDetails[];
  Username?: string;
  UserAttributes?: { Name?: string; Value?: string }[];
}

/**
 * Sends one operation in Cognito's JSON protocol: `request` is the PascalCase body. Resolves
 * with the response body; rejects with whatever the transport throws.
 */
export type WireSend = (
  operation: Operation,
  request: Record<string, unknown>,
  signal?: AbortSignal,
) => Promise<WireResponse>;

/** Drops members whose value is `undefined`, so optional fields left out are not sent. */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
/** The items of a list member; anything else (a reply Cognito would never send) reads as empty. */
const items = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);

function toDelivery(details: WireCodeDeliveryDetails): CodeDeliveryDetails {
  const medium = text(details.DeliveryMedium);
  return defined({
    attributeName: text(details.AttributeName),
    deliveryMedium: medium === 'EMAIL' || medium === 'SMS' ? medium : undefined,
    destination: text(details.Destination),
  });
}

function toDeliveryResult(response: WireResponse): CodeDeliveryResult {
  return isRecord(response?.CodeDeliveryDetails) ? { codeDeliveryDetails: toDelivery(response.CodeDeliveryDetails) } : {};
}

/** The members every app-client request (no access token) carries. */
function clientRequest(input: ForgotPasswordInput) {
  return defined({
    ClientId: input.clientId,
    Username: input.username,
    SecretHash: input.secretHash,
    ClientMetadata: input.clientMetadata,
  });
}

/**
 * Builds a `CognitoGateway` over any transport that speaks Cognito's JSON protocol. The SDK
 * gateway and the fetch gateway share it, so both map inputs and outputs the same way.
 */
export function createWireGateway(send: WireSend): CognitoGateway {
  return {
    async confirmSignUp(input, signal) {
      const request = defined({
        ...clientRequest(input),
        ConfirmationCode: input.confirmationCode,
        ForceAliasCreation: input.forceAliasCreation,
      });
      await send('ConfirmSignUp', request, signal);
    },
    async resendConfirmationCode(input, signal) {
      return toDeliveryResult(await send('ResendConfirmationCode', clientRequest(input), signal));
    },
    async forgotPassword(input, signal) {
      return toDeliveryResult(await send('ForgotPassword', clientRequest(input), signal));
    },
    async confirmForgotPassword(input, signal) {
      const request = { ...clientRequest(input), ConfirmationCode: input.confirmationCode, Password: input.password };
      await send('ConfirmForgotPassword', request, signal);
    },
    async updateUserAttributes(input, signal) {
      const request = defined({
        AccessToken: input.accessToken,
        UserAttributes: input.userAttributes.map(({ name, value }) => ({ Name: name, Value: value })),
        ClientMetadata: input.clientMetadata,
      });
      const response = await send('UpdateUserAttributes', request, signal);
      return { codeDeliveryDetailsList: items(response?.CodeDeliveryDetailsList).map(toDelivery) };
    },
    async getUserAttributeVerificationCode(input, signal) {
      const request = defined({
        AccessToken: input.accessToken,
        AttributeName: input.attributeName,
        ClientMetadata: input.clientMetadata,
      });
      return toDeliveryResult(await send('GetUserAttributeVerificationCode', request, signal));
    },
    async verifyUserAttribute(input, signal) {
      const request = { AccessToken: input.accessToken, AttributeName: input.attributeName, Code: input.code };
      await send('VerifyUserAttribute', request, signal);
    },
    async getUser(input, signal) {
      const response = await send('GetUser', { AccessToken: input.accessToken }, signal);
      const attributes: Record<string, string> = {};
      for (const { Name, Value } of items(response?.UserAttributes)) {
        if (typeof Name === 'string') attributes[Name] = text(Value) ?? '';
      }
      return { username: text(response?.Username) ?? '', attributes };
    },
  };
}
