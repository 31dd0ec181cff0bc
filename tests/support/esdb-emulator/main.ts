import { startEsdbEmulator } from './esdb-emulator';

/**
 * Runs the EventStoreDB protocol emulator by hand:
 *   npm run build:server && ESDB_EMULATOR_PORT=2113 node dist/server/tests/support/esdb-emulator/main.js
 * then point the app at the printed connection string. Data lives in memory only.
 */
async function main(): Promise<void> {
  const port = Number(process.env['ESDB_EMULATOR_PORT'] ?? 2113);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`ESDB_EMULATOR_PORT is not a port: ${port}`);
  const emulator = await startEsdbEmulator({ port });
  process.stdout.write(`EventStoreDB protocol emulator (in memory, insecure) listening: ${emulator.url}\n`);
  const stop = (): void => {
    void emulator.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
