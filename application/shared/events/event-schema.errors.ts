/**
 * A stored event this application cannot read at its current schema: a version newer than it knows (a
 * newer release wrote it) or an older one with no upcaster to lift it. Never decided on: a command fails,
 * a projection or reaction dead-letters the event.
 */
export class EventSchemaError extends Error {
  readonly code = 'EVENT.SCHEMA_UNREADABLE';
  constructor(
    readonly eventType: string,
    readonly storedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      storedVersion > currentVersion
        ? `イベント ${eventType} の形式（第${storedVersion}版）はこのバージョンのアプリでは読めません（対応は第${currentVersion}版まで）。`
        : `イベント ${eventType} の形式（第${storedVersion}版）を第${currentVersion}版に変換する手順（アップキャスター）がありません。`,
    );
    this.name = 'EventSchemaError';
  }
}
