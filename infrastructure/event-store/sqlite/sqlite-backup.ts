import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

export interface BackupReport {
  readonly file: string;
  readonly events: number;
  readonly lastPosition: number | null;
  readonly streams: number;
}

function summarise(db: DatabaseSync, file: string): BackupReport {
  const row = db.prepare('SELECT COUNT(*) AS events, MAX(position) AS last, COUNT(DISTINCT stream_id) AS streams FROM events').get() as {
    events: number;
    last: number | null;
    streams: number;
  };
  return { file, events: row.events, lastPosition: row.last, streams: row.streams };
}

/**
 * A consistent copy of the embedded event store while the app runs (SQLite's VACUUM INTO copies one
 * snapshot; events only grow, so the copy holds at least what was counted before), then verified: the copy passes SQLite's integrity check, positions run 1..n without gaps,
 * and it holds every event the source held at that snapshot.
 */
export function backupSqliteEventStore(source: string, target: string): BackupReport {
  if (!existsSync(source)) throw new Error(`イベントストア ${source} がありません。DATA_DIR を確認してください。`);
  if (existsSync(target)) throw new Error(`バックアップ先 ${target} はすでにあります。別の名前を指定してください。`);
  const db = new DatabaseSync(source, { readOnly: true });
  try {
    const before = summarise(db, source);
    db.prepare('VACUUM INTO ?').run(target);
    const copy = verifySqliteEventStore(target);
    if (copy.events < before.events || (before.lastPosition ?? 0) > (copy.lastPosition ?? 0)) {
      throw new Error(`バックアップの検証に失敗しました: 元 ${before.events} 件、複製 ${copy.events} 件`);
    }
    return copy;
  } finally {
    db.close();
  }
}

/** Checks a store file: integrity, gap-free positions, unique stream revisions. Throws with a Japanese reason. */
export function verifySqliteEventStore(file: string): BackupReport {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const integrity = db.prepare('PRAGMA integrity_check').get() as { integrity_check: string };
    if (integrity.integrity_check !== 'ok') throw new Error(`${file} は壊れています: ${integrity.integrity_check}`);
    const report = summarise(db, file);
    if ((report.lastPosition ?? 0) !== report.events) {
      throw new Error(`${file} の位置に欠番があります（${report.events} 件に対し最後の位置 ${report.lastPosition}）。`);
    }
    const gaps = db
      .prepare('SELECT COUNT(*) AS n FROM (SELECT stream_id, COUNT(*) AS c, MAX(revision) AS m FROM events GROUP BY stream_id) WHERE m <> c - 1')
      .get() as { n: number };
    if (gaps.n > 0) throw new Error(`${file} の ${gaps.n} 本のストリームで版に欠番があります。`);
    return report;
  } finally {
    db.close();
  }
}
