/**
 * `npm run cognito [-- --pool <preset|file.json>]`: the local Cognito on COGNITO_LOCAL_PORT
 * (default 9229), data in `.cognito-local/` (recreated on every start), until SIGINT or SIGTERM.
 * The pool: `--pool`, `--pool-file` (repeatable) or COGNITO_POOL; see docs/local-cognito.md.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PoolError, poolSpec, poolSummary, resolvePool, startLocalCognito, type PoolShape } from './localCognito.ts';

const port = Number(process.env.COGNITO_LOCAL_PORT ?? 9229);
const dataDir = resolve(import.meta.dirname, '..', '.cognito-local');

let shape: PoolShape;
try {
  shape = resolvePool(poolSpec(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof PoolError)) throw error;
  console.error(`npm run cognito: ${error.message}`);
  process.exit(2);
}

await rm(dataDir, { recursive: true, force: true });
const cognito = await startLocalCognito({ port, dataDir, quiet: false, pool: shape });
const { config } = cognito;

console.log(`
Local Cognito (cognito-local 5.3.0 + fidelity layer) on ${config.endpoint}
  region      ${config.region}
  userPoolId  ${config.userPoolId}
  clientId    ${config.clientId}
${poolSummary(config).map((line) => `  ${line}`).join('\n')}
  users`);
for (const user of config.users) {
  console.log(`    ${user.username.padEnd(28)} password ${user.password}  ${user.status.padEnd(11)} ${user.note}`);
}
console.log(`  dev         GET ${config.endpoint}/__dev/outbox · POST|DELETE /__dev/faults · GET /__dev/config · POST /__dev/secret-hash
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
