import 'reflect-metadata';
import { cpus } from 'node:os';
import { benchEdgeCosts } from './edge.bench';
import { benchSqliteAppends } from './event-store.bench';
import { benchLiveLatency } from './live-latency.bench';
import { benchPdfPaths } from './pdf-paths.bench';
import { benchPdfRender } from './pdf-render.bench';

const out = (line = '') => process.stdout.write(`${line}\n`);

async function sqlite(): Promise<void> {
  out('## Embedded SQLite: durable appends (synchronous=FULL, group commit), 3 s each');
  out('| concurrent appenders | appends | appends/s | p50 ms | p99 ms |');
  out('|---|---|---|---|---|');
  for (const concurrency of [1, 16, 64, 256]) {
    const r = await benchSqliteAppends(concurrency, 3);
    out(`| ${r.concurrency} | ${r.appends} | ${r.appendsPerSecond} | ${r.p50Ms} | ${r.p99Ms} |`);
  }
}

async function live(): Promise<void> {
  out('## A counter action on another clerk\'s screen: POST /api/visits → SSE change (SQLite, fsync)');
  const r = await benchLiveLatency(300);
  out('| samples | p50 ms | p99 ms | max ms |');
  out('|---|---|---|---|');
  out(`| ${r.samples} | ${r.p50Ms} | ${r.p99Ms} | ${r.maxMs} |`);
}

async function pdf(): Promise<void> {
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

async function pdfPaths(): Promise<void> {
  out("## Form PDFs, own code or pdfkit's own path: Hanamaki's 62 templates, long data, signed; one process per row, 4 s each, 3 rounds");
  out('| fonts subset by | signature PNG by | forms per PDF | round | renders | pages | pages/s | pages per CPU s | p50 ms/page | p99 ms/page | bytes/page | RSS warm MB | RSS peak MB |');
  out('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const formsPerPdf of [1, 4]) {
    for (const rows of await benchPdfPaths(4, 3, formsPerPdf)) {
      rows.forEach((r, round) =>
        out(`| ${r.fontSubsetter} | ${r.pngDecoder} | ${r.formsPerPdf} | ${round + 1} | ${r.renders} | ${r.pages} | ${r.pagesPerSecond} | ${r.pagesPerCpuSecond} | ${r.p50MsPerPage} | ${r.p99MsPerPage} | ${r.bytesPerPage} | ${r.rssWarmMb} | ${r.rssPeakMb} |`),
      );
    }
  }
}

async function edge(): Promise<void> {
  out('## The edge: event-loop time of the worst bodies (JSON parse and walk), and of a signature check, 30 runs each');
  out('| body | bytes | outcome | p50 ms | max ms |');
  out('|---|---|---|---|---|');
  for (const r of await benchEdgeCosts()) out(`| ${r.body} | ${r.bytes} | ${r.outcome} | ${r.p50Ms} | ${r.maxMs} |`);
}

/** The sections in the order they run; `npm run bench -- pdf` runs pdf and pdf-paths, `-- pdf-paths` only that. */
const sections: ReadonlyArray<readonly [string, () => Promise<void>]> = [
  ['sqlite', sqlite],
  ['live', live],
  ['pdf', pdf],
  ['pdf-paths', pdfPaths],
  ['edge', edge],
];

/** npm run bench [-- section ...]: the benchmarks, printed as Markdown for docs/benchmarks.md. Bounded in time. */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !sections.some(([section]) => section === name || section.startsWith(`${name}-`)));
  if (unknown.length > 0) throw new Error(`unknown benchmark section ${unknown.join(', ')}; known: ${sections.map(([name]) => name).join(', ')}`);
  const chosen = sections.filter(([section]) => wanted.length === 0 || wanted.some((name) => section === name || section.startsWith(`${name}-`)));
  out(`# run ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  for (const [, run] of chosen) {
    out();
    await run();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
