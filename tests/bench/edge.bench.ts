import { apiBodyLimits, largestBodyBytes, parseJsonBody } from '../../infrastructure/http/edge/json-body.middleware';
import { checkSignaturePng } from '../../infrastructure/form/http/signature-png.check';
import { pngOf } from '../support/png-chunks';

export interface EdgeCostRow {
  readonly body: string;
  readonly bytes: number;
  readonly outcome: string;
  readonly p50Ms: number;
  readonly maxMs: number;
}

const runs = 30;

function measure(body: string, bytes: Buffer): EdgeCostRow {
  const times: number[] = [];
  let outcome = 'accepted';
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    try {
      parseJsonBody(bytes, apiBodyLimits);
      outcome = 'accepted';
    } catch (error) {
      outcome = (error as { code?: string }).code ?? 'error';
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { body, bytes: bytes.length, outcome, p50Ms: round(times[Math.floor(runs / 2)]!), maxMs: round(times[runs - 1]!) };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * What the worst bodies cost the event loop in the edge's JSON reader (the parse and the walk, in one
 * synchronous stretch), at the default route limit and at the largest one; and what checking a signature
 * costs the event loop (its inflate runs in zlib's thread pool).
 */
export async function benchEdgeCosts(): Promise<EdgeCostRow[]> {
  const fill = (bytes: number, unit: string) => unit.repeat(Math.floor(bytes / unit.length));
  const rows: EdgeCostRow[] = [];
  for (const limit of [apiBodyLimits.limitBytes, largestBodyBytes]) {
    const kib = `${limit / 1024} KiB`;
    rows.push(measure(`${kib} of one string`, Buffer.from(JSON.stringify({ note: fill((limit - 20) / 3, 'あ') }))));
    rows.push(measure(`${kib} of numbers in an array`, Buffer.from(`[${fill(limit - 4, '0,')}0]`)));
    rows.push(measure(`${kib} of small objects`, Buffer.from(`[${fill(limit - 4, '{"k":"v"},')}{}]`)));
    rows.push(measure(`${kib} nested as deep as it goes`, Buffer.from(`${fill(limit / 2 - 2, '[')}${fill(limit / 2 - 2, ']')}`)));
  }
  const png = pngBomb();
  const times: number[] = [];
  let outcome = '';
  for (let i = 0; i < 5; i++) {
    const loopStart = performance.now();
    const pending = checkSignaturePng(png).then(
      () => 'accepted',
      (error: { code?: string }) => error.code ?? 'error',
    );
    const blocked = performance.now() - loopStart;
    outcome = await pending;
    times.push(blocked);
  }
  times.sort((a, b) => a - b);
  rows.push({ body: 'signature PNG bomb (900 × 300 header, 144 MB of data), event-loop part', bytes: png.length, outcome, p50Ms: round(times[2]!), maxMs: round(times[4]!) });
  return rows;
}

/** A PNG whose header says 900 × 300 but whose data inflates to 144 MB. */
const pngBomb = (): string => pngOf(900, 300, 6, Buffer.alloc(144_000_000)).toString('base64');
