import {
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  ResendConfirmationCodeCommand,
  UpdateUserAttributesCommand,
  VerifyUserAttributeCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { createWireGateway, type CognitoGateway, type Operation, type WireResponse } from './gateway.ts';

// One command class per operation, imported by name so bundlers keep only these eight.
const commands = {
  ConfirmSignUp: ConfirmSignUpCommand,
  ResendConfirmationCode: ResendConfirmationCodeCommand,
  UpdateUserAttributes: UpdateUserAttributesCommand,
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeCommand,
  VerifyUserAttribute: VerifyUserAttributeCommand,
  GetUser: GetUserCommand,
  ForgotPassword: ForgotPasswordCommand,
  ConfirmForgotPassword: ConfirmForgotPasswordCommand,
} satisfies Record<Operation, unknown>;

/**
 * A `CognitoGateway` over the AWS SDK client the app already has. Errors are the SDK's own
 * (service exceptions, network errors, aborts); pass them to `toCognitoError`.
 *
 * The eight operations are authorised by the access token or by nothing at all, so the client
 * needs a region but no AWS credentials. Create it with `maxAttempts: 1` (the SDK otherwise retries
 * `LimitExceededException` before the kit sees it), and create the gateway once, outside render.
 */
export function createSdkGateway(client: CognitoIdentityProviderClient): CognitoGateway {
  return createWireGateway(async (operation, request, signal) => {
    // createWireGateway built `request` for this operation; the lookup hides that pairing from TypeScript.
    const Command = commands[operation] as new (input: never) => ConfirmSignUpCommand;
    return (await client.send(new Command(request as never), { abortSignal: signal })) as WireResponse;
  });
}
