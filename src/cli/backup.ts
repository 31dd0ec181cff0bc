import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupSqliteEventStore, verifySqliteEventStore } from '../../infrastructure/event-store/sqlite/sqlite-backup';
import { loadConfig } from '../app-config';

/**
 * npm run backup -- <folder>        a verified copy of the embedded event store (the app may keep running)
 * npm run backup -- --verify <file> checks a backup file before restoring it
 */
function main(): void {
  const args = process.argv.slice(2);
  const config = loadConfig();
  if (config.eventStoreUrl) {
    throw new Error('EVENT_STORE_URL が指定されています。EventStoreDB のバックアップは docs/operations.md の手順で行ってください。');
  }
  if (args[0] === '--verify') {
    if (!args[1]) throw new Error('検証するファイルを指定してください: npm run backup -- --verify <file>');
    const report = verifySqliteEventStore(resolve(args[1]));
    process.stdout.write(`検証しました: ${report.file}（イベント ${report.events} 件、ストリーム ${report.streams} 本、欠番なし）\n`);
    return;
  }
  const folder = resolve(args[0] ?? join(config.dataDir, 'backups'));
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const report = backupSqliteEventStore(join(config.dataDir, 'events.sqlite'), join(folder, `events-${stamp}.sqlite`));
  process.stdout.write(`バックアップしました: ${report.file}（イベント ${report.events} 件、ストリーム ${report.streams} 本、検証済み）\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`バックアップできませんでした: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
