import type { Response } from 'express';
import type { Position } from '../../../application/shared/event-store';
import { HttpProblem } from '../../../infrastructure/http/http-problem';
import { createReadAfter } from '../../../infrastructure/http/read-after';

const at = (n: number): Position => ({ commit: BigInt(n), prepare: BigInt(n) });

function fakeResponse(): Response & { headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  return { headers, setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as Response & { headers: Record<string, string> };
}

function setup(options: { readModels?: number; head?: number; reaches?: boolean }) {
  const waits: Position[] = [];
  const readAfter = createReadAfter(
    {
      position: options.readModels === undefined ? undefined : at(options.readModels),
      waitFor: async (position) => {
        waits.push(position);
        return options.reaches ?? true;
      },
    },
    { headPosition: async () => (options.head === undefined ? undefined : at(options.head)) },
    50,
  );
  return { readAfter, waits };
}

async function problemOf(promise: Promise<void>): Promise<HttpProblem> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof HttpProblem)) throw new Error(`expected an HttpProblem, got ${String(error)}`);
  return error;
}

describe('read after a position (?after=)', () => {
  it('serves at once without after, with it empty, or when the read models already passed it', async () => {
    const { readAfter, waits } = setup({ readModels: 5, head: 5 });
    await readAfter({}, fakeResponse());
    await readAfter({ after: '' }, fakeResponse());
    await readAfter({ after: '5/5' }, fakeResponse());
    expect(waits).toEqual([]);
  });

  it('waits for a position at or before the head', async () => {
    const { readAfter, waits } = setup({ readModels: 3, head: 5 });
    await readAfter({ after: '5/5' }, fakeResponse());
    expect(waits).toEqual([at(5)]);
  });

  it('refuses a malformed position with 400', async () => {
    const { readAfter } = setup({ head: 5 });
    for (const after of ['abc', '5', '5/x', ['1/1', '2/2']]) {
      const problem = await problemOf(readAfter({ after }, fakeResponse()));
      expect({ status: problem.status, code: problem.code }).toEqual({ status: 400, code: 'READ.POSITION_MALFORMED' });
      expect(problem.detail).toMatch(/^表示位置（after）の形式が正しくありません。/);
    }
  });

  it('refuses at once, with 409, a position beyond the head or any position on an empty store', async () => {
    for (const head of [5, undefined]) {
      const { readAfter, waits } = setup({ readModels: head, head });
      const problem = await problemOf(readAfter({ after: '6/6' }, fakeResponse()));
      expect({ status: problem.status, code: problem.code }).toEqual({ status: 409, code: 'READ.POSITION_AHEAD' });
      expect(problem.detail).toContain('まだイベントストアに記録されていません');
      expect(waits).toEqual([]);
    }
  });

  it('answers 503 with Retry-After, never the older data, when the wait times out', async () => {
    const { readAfter } = setup({ readModels: 3, head: 5, reaches: false });
    const res = fakeResponse();
    const problem = await problemOf(readAfter({ after: '4/4' }, res));
    expect({ status: problem.status, code: problem.code }).toEqual({ status: 503, code: 'READ.NOT_CAUGHT_UP' });
    expect(problem.detail).toBe('画面の内容がまだ最新の操作に追いついていません（0.05秒待ちました）。少し待ってから、もう一度表示してください。');
    expect(res.headers).toEqual({ 'Retry-After': '2' });
  });
});
