import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppConfig } from '../../infrastructure/composition/app-config';
import type { Logger } from '../../application/shared/ports';
import { SilentLogger } from '../../infrastructure/shared/silent-logger';
import { projectRoot } from '../../src/app-config';
import { type RunningServer, startServer } from '../../src/server';

export const TEST_PASSWORD = 'demo-pass-2026';

/**
 * The whole system on 127.0.0.1 and a free port, with the in-memory event store unless told otherwise;
 * silent unless given a logger (e.g. a PinoLogger writing into a test's buffer).
 */
export function startTestServer(overrides: Partial<AppConfig> = {}, logger: Logger = new SilentLogger()): Promise<RunningServer> {
  const root = projectRoot();
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir: join(root, 'data', 'test-unused'),
    eventStoreUrl: 'memory:',
    readModelFile: ':memory:',
    cityDir: join(root, 'infrastructure', 'city', 'cities', 'hanamaki'),
    demoPassword: TEST_PASSWORD,
    sessionSecret: randomBytes(32),
    cookieSecure: false,
    trustProxy: false,
    loginRateLimitPerMinute: 1000,
    passwordHashCost: 2 ** 10,
    processorLagLimit: 1000,
    uiDir: join(root, 'dist', 'ui', 'browser'),
    metricsToken: undefined,
    ...overrides,
  };
  return startServer(config, logger);
}
