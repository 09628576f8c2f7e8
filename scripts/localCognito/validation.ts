import { ApiError } from './errors.ts';

/**
 * Cognito's documented request constraints (the API reference for each operation), checked before anything
 * else so a bad request gets Cognito's `InvalidParameterException` instead of whatever
 * cognito-local happens to do with it (it mostly answers a missing field with an unrelated
 * exception, or a 500).
 */
interface StringField {
  name: string;
  type: 'string';
  required: boolean;
  min?: number;
  max?: number;
  /** As the API reference writes it; matched against the whole value. */
  pattern?: string;
}

interface OtherField {
  name: string;
  type: 'boolean' | 'map' | 'attributeList';
  required: boolean;
}

type Field = StringField | OtherField;

const printable = '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+';
const clientId: Field = { name: 'ClientId', type: 'string', required: true, min: 1, max: 128, pattern: '[\\w+]+' };
const username: Field = { name: 'Username', type: 'string', required: true, min: 1, max: 128, pattern: printable };
const secretHash: Field = { name: 'SecretHash', type: 'string', required: false, min: 1, max: 128, pattern: '[\\w+=/]+' };
const accessToken: Field = { name: 'AccessToken', type: 'string', required: true, pattern: '[A-Za-z0-9-_=.]+' };
const attributeName: Field = { name: 'AttributeName', type: 'string', required: true, min: 1, max: 32, pattern: printable };
const code = (name: string): Field => ({ name, type: 'string', required: true, min: 1, max: 2048, pattern: '[\\S]+' });
const clientMetadata: Field = { name: 'ClientMetadata', type: 'map', required: false };
const password: Field = { name: 'Password', type: 'string', required: true, min: 1, max: 256 };

const rules: Record<string, readonly Field[]> = {
  ConfirmSignUp: [
    clientId,
    username,
    code('ConfirmationCode'),
    secretHash,
    { name: 'ForceAliasCreation', type: 'boolean', required: false },
    clientMetadata,
  ],
  ResendConfirmationCode: [clientId, username, secretHash, clientMetadata],
  UpdateUserAttributes: [
    { name: 'UserAttributes', type: 'attributeList', required: true },
    accessToken,
    clientMetadata,
  ],
  GetUserAttributeVerificationCode: [accessToken, attributeName, clientMetadata],
  VerifyUserAttribute: [accessToken, attributeName, code('Code')],
  GetUser: [accessToken],
  SignUp: [clientId, username, password, secretHash],
  ForgotPassword: [clientId, username, secretHash, clientMetadata],
  ConfirmForgotPassword: [clientId, username, code('ConfirmationCode'), password, secretHash, clientMetadata],
  GlobalSignOut: [accessToken],
  RevokeToken: [{ name: 'Token', type: 'string', required: true, min: 1 }, clientId, { name: 'ClientSecret', type: 'string', required: false }],
  InitiateAuth: [clientId, { name: 'AuthFlow', type: 'string', required: true }, { name: 'AuthParameters', type: 'map', required: false }],
};

const regexCache = new Map<string, RegExp>();
function wholeMatch(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${pattern})$`, 'u');
    regexCache.set(pattern, re);
  }
  return re;
}

/** Cognito names members in camelCase in its validation messages: `confirmationCode`. */
const memberName = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

// Values are never echoed: they may be codes or tokens.
function stringProblem(member: string, field: Omit<StringField, 'name' | 'type'>, value: string): string | undefined {
  if (field.min !== undefined && value.length < field.min) {
    return `Value at '${member}' failed to satisfy constraint: Member must have length greater than or equal to ${field.min}`;
  }
  if (field.max !== undefined && value.length > field.max) {
    return `Value at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${field.max}`;
  }
  if (field.pattern !== undefined && !wholeMatch(field.pattern).test(value)) {
    return `Value at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${field.pattern}`;
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function attributeListProblems(member: string, value: unknown): string[] {
  if (!Array.isArray(value)) return [`Value at '${member}' failed to satisfy constraint: Member must be a list`];
  return value.flatMap((item, i) => {
    const at = `${member}.${i + 1}.member`;
    if (!isRecord(item)) return [`Value at '${at}' failed to satisfy constraint: Member must be a structure`];
    const problems: (string | undefined)[] = [];
    if (typeof item.Name !== 'string') {
      problems.push(`Value null at '${at}.name' failed to satisfy constraint: Member must not be null`);
    } else {
      problems.push(stringProblem(`${at}.name`, { required: true, min: 1, max: 32, pattern: printable }, item.Name));
    }
    if (item.Value !== undefined && typeof item.Value !== 'string') {
      problems.push(`Value at '${at}.value' failed to satisfy constraint: Member must be a string`);
    } else if (typeof item.Value === 'string') {
      problems.push(stringProblem(`${at}.value`, { required: false, max: 2048 }, item.Value));
    }
    return problems.filter((p): p is string => p !== undefined);
  });
}

function fieldProblems(field: Field, value: unknown): string[] {
  const member = memberName(field.name);
  if (value === undefined || value === null) {
    return field.required ? [`Value null at '${member}' failed to satisfy constraint: Member must not be null`] : [];
  }
  switch (field.type) {
    case 'string': {
      if (typeof value !== 'string') return [`Value at '${member}' failed to satisfy constraint: Member must be a string`];
      const problem = stringProblem(member, field, value);
      return problem ? [problem] : [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`Value at '${member}' failed to satisfy constraint: Member must be a boolean`];
    case 'map':
      return isRecord(value) && Object.values(value).every((v) => typeof v === 'string')
        ? []
        : [`Value at '${member}' failed to satisfy constraint: Member must be a map of strings`];
    case 'attributeList':
      return attributeListProblems(member, value);
  }
}

/** Throws Cognito's `InvalidParameterException` ("1 validation error detected: …") if `body` breaks a rule. */
export function validateRequest(operation: string, body: Record<string, unknown>): void {
  const fields = rules[operation];
  if (!fields) return;
  const problems = fields.flatMap((field) => fieldProblems(field, body[field.name]));
  if (problems.length === 0) return;
  const count = problems.length === 1 ? '1 validation error detected' : `${problems.length} validation errors detected`;
  throw new ApiError('InvalidParameterException', `${count}: ${problems.join('; ')}`);
}
