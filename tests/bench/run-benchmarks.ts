import 'reflect-metadata';
import { cpus } from 'node:os';
import { benchSqliteAppends } from './event-store.bench';
import { benchLiveLatency } from './live-latency.bench';
import { benchPdfRender } from './pdf-render.bench';

/** npm run bench: every benchmark, printed as Markdown for docs/benchmarks.md. Bounded in time. */
async function main(): Promise<void> {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`# run ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  out();
  out('## Embedded SQLite: durable appends (synchronous=FULL, group commit), 3 s each');
  out('| concurrent appenders | appends | appends/s | p50 ms | p99 ms |');
  out('|---|---|---|---|---|');
  for (const concurrency of [1, 16, 64, 256]) {
    const r = await benchSqliteAppends(concurrency, 3);
    out(`| ${r.concurrency} | ${r.appends} | ${r.appendsPerSecond} | ${r.p50Ms} | ${r.p99Ms} |`);
  }
  out();
  out('## A counter action on another clerk\'s screen: POST /api/visits → SSE change (SQLite, fsync)');
  const live = await benchLiveLatency(300);
  out('| samples | p50 ms | p99 ms | max ms |');
  out('|---|---|---|---|');
  out(`| ${live.samples} | ${live.p50Ms} | ${live.p99Ms} | ${live.maxMs} |`);
  out();
  out('## Form PDFs: sequential renders on one core, fonts warm, a different person each time, 3 s each');
  out('| approach | form | renders | pages | pages/s | pages per CPU s | p50 ms/page | p99 ms/page | bytes/page |');
  out('|---|---|---|---|---|---|---|---|---|');
  for (const approach of ['madoguchi', 'no-ipamj', 'plain-pdfkit'] as const) {
    for (const form of ['typical', 'dense'] as const) {
      const r = await benchPdfRender(form, 3, approach);
      out(`| ${r.approach} | ${r.form} | ${r.renders} | ${r.pages} | ${r.pagesPerSecond} | ${r.pagesPerCpuSecond} | ${r.p50MsPerPage} | ${r.p99MsPerPage} | ${r.bytesPerPage} |`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
