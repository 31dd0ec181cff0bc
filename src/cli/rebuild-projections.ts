import 'reflect-metadata';
import type { EventStore } from '../../application/shared/event-store';
import { type AnyDocumentProjection, ProjectionRunner, type ReadModelStore } from '../../application/shared/projections';
import { SharedTokens } from '../../application/shared/shared.tokens';
import { PinoLogger } from '../../infrastructure/observability/pino-logger.adapter';
import { loadConfig } from '../app-config';
import { createContainer } from '../container';

/**
 * npm run projections:rebuild — drops every read model and replays all events into it, showing progress.
 * Run it with the server stopped (the read models belong to one process).
 */
async function main(): Promise<void> {
  const logger = PinoLogger.create({ service: 'madoguchi', command: 'projections:rebuild' });
  const config = loadConfig();
  const container = createContainer(config, logger);
  const store = container.get<EventStore>(SharedTokens.eventStore);
  const readModels = container.get<ReadModelStore>(SharedTokens.readModelStore);
  const projections = container.getAll<AnyDocumentProjection>(SharedTokens.projections);
  for (const projection of projections) readModels.reset(projection.readModel, projection.version);

  const head = await store.headPosition();
  const started = Date.now();
  if (!head) {
    process.stdout.write('イベントがありません。読み取りモデルを空にしました。\n');
  } else {
    const total = Number(head.commit) + 1;
    let lastShown = 0;
    const runner = new ProjectionRunner(store, readModels, projections, logger, {
      onProgress: (position) => {
        const now = Date.now();
        if (now - lastShown < 200 && position.commit !== head.commit) return;
        lastShown = now;
        const percent = store.kind === 'eventstoredb' ? '' : ` ${Math.min(100, Math.round(((Number(position.commit) + 1) / total) * 100))}%`;
        process.stdout.write(`\r再構築中${percent}  位置 ${position.commit}/${head.commit}   `);
      },
    });
    runner.start();
    await runner.waitFor(head, 24 * 60 * 60 * 1000);
    await runner.stop();
    process.stdout.write(`\n読み取りモデル ${projections.length} 件を再構築しました（${((Date.now() - started) / 1000).toFixed(1)} 秒）。\n`);
  }
  readModels.close();
  await store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`再構築に失敗しました: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
