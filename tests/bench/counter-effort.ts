/**
 * `npm run measure:counter-effort [-- --runs N]`: starts the built server (in-memory store) as its own
 * process, opens Debian's chromium and walks the family-of-four move-in at 市民登録課 N times (default 2),
 * a fresh visit each time, printing the clicks and keys per phase and whether every form came out right.
 * Exits 1 when a walk ends with a form wrong. The method and the numbers are in docs/benchmarks.md.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/app-config';
import { openBrowser } from '../support/browser';
import { spawnServer, waitForExit } from '../support/server-process';
import { EFFORT_PHASES, totalEffort } from './counting-clerk';
import { BASELINE, logInUncounted, TARGET, walkFamilyMoveIn, type WalkResult } from './counter-effort.walk';

const PASSWORD = 'counter-effort-1';
const out = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 2;
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-effort-'));
  const server = await spawnServer({ DATA_DIR: dataDir, EVENT_STORE_URL: 'memory:', DEMO_PASSWORD: PASSWORD, LOGIN_RATE_LIMIT: '1000' });
  const browser = await openBrowser();
  const results: WalkResult[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      await logInUncounted(page, server.url, 'shimin-toroku-01', PASSWORD);
      results.push(await walkFamilyMoveIn(page));
      await page.close();
    }
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  report(results);
  if (results.some((result) => result.forms.problems.length > 0)) process.exitCode = 1;
}

function report(results: readonly WalkResult[]): void {
  const commit = headCommit();
  out(`## Counter effort: family of four moving in — ${new Date().toISOString().slice(0, 10)}, commit ${commit}`);
  out(`| run | ${EFFORT_PHASES.join(' | ')} | total clicks | total keys | forms right |`);
  out(`|---|${EFFORT_PHASES.map(() => '---').join('|')}|---|---|---|`);
  results.forEach((result, index) => {
    const total = totalEffort(result.effort);
    const phases = EFFORT_PHASES.map((phase) => `${result.effort[phase].clicks} / ${result.effort[phase].keys}`);
    out(`| ${index + 1} | ${phases.join(' | ')} | ${total.clicks} | ${total.keys} | ${result.forms.problems.length === 0 ? 'yes' : 'NO'} |`);
  });
  out(`(each phase: clicks / keys; baseline ${BASELINE.clicks} clicks / ${BASELINE.keys} keys, target ≤ ${TARGET.clicks} / ≤ ${TARGET.keys})`);
  const last = results[results.length - 1];
  if (!last) return;
  out();
  out(`asked: ${last.asked.join(', ')}`);
  out(`known (not asked): ${last.known.join(', ') || '—'}`);
  out(`completed at 市民登録課: ${last.completed.join(', ') || '—'}`);
  out(`forms made: ${last.forms.made.join('、')}`);
  for (const [index, result] of results.entries()) for (const problem of result.forms.problems) out(`run ${index + 1} WRONG: ${problem}`);
}

function headCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
