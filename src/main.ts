import 'reflect-metadata';
import { PinoLogger } from '../infrastructure/observability/pino-logger.adapter';
import { loadConfig } from './app-config';
import { startServer } from './server';

/** npm start: the whole system in one process. */
async function main(): Promise<void> {
  const logger = PinoLogger.create({ service: 'madoguchi' });
  try {
    const config = loadConfig();
    const server = await startServer(config, logger);
    process.stdout.write(`\n  まどぐち（窓口支援システム）を起動しました: ${server.url}\n\n`);
    const shutdown = (signal: string) => {
      logger.info('shutting down', { signal });
      server.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('shutdown failed', { error: String(error) });
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    logger.error('起動できませんでした', { error: error instanceof Error ? error.message : String(error) });
    process.stderr.write(`\n  起動できませんでした: ${error instanceof Error ? error.message : String(error)}\n\n`);
    process.exit(1);
  }
}

void main();
