import { join } from 'node:path';
import { JournaledEmulatorLog } from './emulator-journal.storage';
import { startEsdbEmulator } from './esdb-emulator';
import { seedSystemEvents } from './system-events.seed';

/**
 * Runs the EventStoreDB protocol emulator by hand (`npm run esdb:emulator`), then point the app at the
 * printed connection string. Like a real server it keeps its data: a journal in ESDB_EMULATOR_DATA
 * (default data/esdb-emulator/journal.jsonl), so it can be stopped and started again under a running app;
 * ESDB_EMULATOR_DATA=memory keeps everything in memory.
 */
async function main(): Promise<void> {
  const port = Number(process.env['ESDB_EMULATOR_PORT'] ?? 2113);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`ESDB_EMULATOR_PORT is not a port: ${port}`);
  const data = process.env['ESDB_EMULATOR_DATA'] ?? join(process.cwd(), 'data', 'esdb-emulator', 'journal.jsonl');
  let emulator;
  if (data === 'memory') {
    emulator = await startEsdbEmulator({ port });
  } else {
    const { log, restored } = JournaledEmulatorLog.open(data);
    if (!restored) seedSystemEvents(log);
    emulator = await startEsdbEmulator({ port, log });
    process.stdout.write(`${restored ? 'restored' : 'new'} data: ${data} (${log.all.length} events)\n`);
  }
  process.stdout.write(`EventStoreDB protocol emulator (insecure) listening: ${emulator.url}\n`);
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
