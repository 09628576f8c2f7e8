/**
 * `npm run cognito`: the local Cognito on COGNITO_LOCAL_PORT (default 9229), data in
 * `.cognito-local/` (recreated on every start), until SIGINT or SIGTERM.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startLocalCognito } from './localCognito.ts';

const port = Number(process.env.COGNITO_LOCAL_PORT ?? 9229);
const dataDir = resolve(import.meta.dirname, '..', '.cognito-local');

await rm(dataDir, { recursive: true, force: true });
const cognito = await startLocalCognito({ port, dataDir, quiet: false });
const { config } = cognito;

console.log(`
Local Cognito (cognito-local 5.3.0 + fidelity layer) on ${config.endpoint}
  region      ${config.region}
  userPoolId  ${config.userPoolId}
  clientId    ${config.clientId}
  users`);
for (const user of config.users) {
  const phone = user.phoneNumber ? `, phone ${user.phoneNumber}` : '';
  console.log(`    ${user.username.padEnd(14)} password ${user.password}  ${user.status.padEnd(11)} ${user.email}${phone}`);
}
console.log(`  dev         GET ${config.endpoint}/__dev/outbox · POST|DELETE /__dev/faults · GET /__dev/config
Ctrl+C to stop.
`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping local Cognito…`);
  await cognito.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
