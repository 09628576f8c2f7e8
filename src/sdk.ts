/**
 * `cognito-verify-kit/sdk`: the kit over an AWS SDK client the app already ships. The only entry
 * that imports `@aws-sdk/*` (an optional peer dependency); the main entry never names it.
 */
export { createSdkGateway } from './cognito/sdkGateway.ts';
