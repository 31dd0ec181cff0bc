import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../infrastructure/composition/app-config';

export type { AppConfig };

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The project root: two levels above this file in source (src/), four in dist (dist/server/src/). */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'angular.json'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`環境変数 ${name}「${text}」は ${min}〜${max} の整数で指定してください。`);
  }
  return value;
}

/** SESSION_SECRET, else a random secret kept in DATA_DIR so sessions survive a restart. */
function sessionSecret(env: NodeJS.ProcessEnv, dataDir: string, inMemory: boolean): Buffer {
  if (env['SESSION_SECRET']) {
    if (env['SESSION_SECRET'].length < 32) throw new ConfigError('環境変数 SESSION_SECRET は32文字以上にしてください。');
    return Buffer.from(env['SESSION_SECRET']);
  }
  if (inMemory) return randomBytes(32);
  const file = join(dataDir, 'session-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/**
 * Read models belong to one event store: a different EVENT_STORE_URL gets its own file, so switching
 * stores never mixes their positions (the runner also drops read models that are ahead of the store).
 */
function readModelFileName(eventStoreUrl: string | undefined): string {
  if (!eventStoreUrl) return 'read-models.sqlite';
  return `read-models-${createHash('sha256').update(eventStoreUrl).digest('hex').slice(0, 12)}.sqlite`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const root = projectRoot();
  const dataDir = resolve(env['DATA_DIR'] || join(root, 'data'));
  const eventStoreUrl = env['EVENT_STORE_URL'] || undefined;
  const inMemory = eventStoreUrl === 'memory:';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env['HOST'] || undefined,
    dataDir,
    eventStoreUrl,
    readModelFile: inMemory ? ':memory:' : join(dataDir, readModelFileName(eventStoreUrl)),
    cityDir: resolve(env['CITY_DIR'] || join(root, 'infrastructure', 'city', 'cities', 'hanamaki')),
    demoPassword: env['DEMO_PASSWORD'] || undefined,
    sessionSecret: sessionSecret(env, dataDir, inMemory),
    cookieSecure: env['COOKIE_SECURE'] === 'true',
    trustProxy: env['TRUST_PROXY'] === 'true',
    loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT', 10, 1, 100000),
    passwordHashCost: integer(env, 'PASSWORD_HASH_COST', 2 ** 15, 2 ** 10, 2 ** 20),
    processorLagLimit: integer(env, 'PROCESSOR_LAG_LIMIT', 1000, 0, 10_000_000),
    uiDir: resolve(env['UI_DIR'] || join(root, 'dist', 'ui', 'browser')),
    metricsToken: env['METRICS_TOKEN'] || undefined,
  };
}
