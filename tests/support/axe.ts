/**
 * axe-core in a playwright page: its source injected with addScriptTag, run against WCAG 2.1 A and AA, the
 * violations returned as plain data (rule id, impact, help, and every failing node's target and summary).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/app-config';

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: ReadonlyArray<{ readonly target: string; readonly summary: string }>;
}

let source: string | undefined;

function axeSource(): string {
  source ??= readFileSync(join(projectRoot(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  return source;
}

/** Runs axe on the whole page as it is now (injecting it once per document). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!present) await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async (tags) => {
    type Node = { target: unknown[]; failureSummary?: string };
    type Result = { id: string; impact?: string | null; help: string; helpUrl: string; nodes: Node[] };
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: Result[] }> };
    const { axe, document } = globalThis as unknown as { axe: Axe; document: unknown };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String).join(' >> '), summary: node.failureSummary ?? '' })),
    }));
  }, [...WCAG_21_AA]);
}

/** One line per failing node: `[screen] rule (impact): help — target — what axe says to fix`. */
export function describeViolations(screen: string, violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `[${screen}] ${violation.id} (${violation.impact ?? '-'}): ${violation.help} — ${node.target} — ${node.summary.replace(/\s+/g, ' ').trim()}`,
    ),
  );
}
