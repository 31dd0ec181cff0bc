import fc from 'fast-check';
import type { EventStore } from '../../../application/shared/event-store';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { AnyRouteDefinition } from '../../../infrastructure/http/route-definition';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { pngOf } from '../../support/png-chunks';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

/**
 * Hostile input at the edge: each of the faults found from outside answers a 4xx problem in Japanese and
 * appends nothing; then a property-based run throws generated hostile requests at every route.
 */
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: { code?: string; detail?: string } | undefined;
}

describe('hostile input at the HTTP edge', () => {
  let server: RunningServer;
  let store: EventStore;
  let clerk: ApiClient;
  let admin: ApiClient;
  let visitId = '';

  beforeAll(async () => {
    server = await startTestServer();
    store = server.container.get<EventStore>(SharedTokens.eventStore);
    clerk = new ApiClient(server.url);
    admin = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
    await admin.login('admin', TEST_PASSWORD);
    visitId = (await clerk.json<{ id: string }>('POST', '/api/visits', { counterId: 'shimin-toroku-01' })).body.id;
  });
  afterAll(() => server.stop());

  const head = async () => String((await store.headPosition())?.commit);

  async function send(client: ApiClient | undefined, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
    const controller = new AbortController();
    const response = client
      ? await client.request(method, path, body, headers, controller.signal)
      : await fetch(`${server.url}${path}`, { method, headers, body, signal: controller.signal });
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: Answer['body'];
    if (contentType.includes('json')) parsed = (await response.json()) as Answer['body'];
    controller.abort();
    return { status: response.status, contentType, body: parsed };
  }

  function expectProblem(answer: Answer, status: number, code: string): void {
    expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body?.detail).toMatch(japanese);
  }

  const json = { 'Content-Type': 'application/json' };
  const cases: ReadonlyArray<{ name: string; status: number; code: string; run: () => Promise<Answer> }> = [
    { name: 'a bad percent-escape in the path', status: 400, code: 'HTTP.BAD_ESCAPE', run: () => send(undefined, 'GET', '/api/visits/%E0%A4%A') },
    { name: 'a NUL in the path', status: 400, code: 'HTTP.INVALID_CHARACTER', run: () => send(clerk, 'GET', '/api/visits/a%00b') },
    { name: 'a malformed session cookie, without any session', status: 400, code: 'HTTP.MALFORMED_COOKIE', run: () => send(undefined, 'GET', '/api/auth/session', undefined, { Cookie: 'madoguchi_session=%E0%A4%A' }) },
    { name: 'a body over the size limit', status: 413, code: 'HTTP.PAYLOAD_TOO_LARGE', run: () => send(clerk, 'POST', '/api/visits', JSON.stringify({ counterId: 'a'.repeat(1_100_000) }), json) },
    { name: "a body over the route's own limit (64 KiB for a visit command)", status: 413, code: 'HTTP.PAYLOAD_TOO_LARGE', run: () => send(clerk, 'POST', `/api/visits/${visitId}/cancel`, JSON.stringify({ reason: 'あ'.repeat(30_000) }), json) },
    { name: 'a large body from someone without a session (not even read)', status: 401, code: 'AUTH.SESSION_REQUIRED', run: () => send(undefined, 'POST', '/api/visits', `[${'{},'.repeat(300_000)}{}]`, json) },
    { name: 'a body of too many items', status: 400, code: 'HTTP.TOO_MANY_ITEMS', run: () => send(admin, 'PUT', '/api/form-templates/any/draft', JSON.stringify({ content: { pages: new Array(60_000).fill(0) } }), json) },
    { name: 'an unsupported charset', status: 415, code: 'HTTP.UNSUPPORTED_CHARSET', run: () => send(clerk, 'POST', '/api/visits', '{}', { 'Content-Type': 'application/json; charset=shift_jis' }) },
    { name: 'an unsupported Content-Encoding', status: 415, code: 'HTTP.UNSUPPORTED_ENCODING', run: () => send(clerk, 'POST', '/api/visits', '{}', { ...json, 'Content-Encoding': 'br' }) },
    { name: 'a fake gzip body', status: 415, code: 'HTTP.UNSUPPORTED_ENCODING', run: () => send(clerk, 'POST', '/api/visits', 'not gzip at all', { ...json, 'Content-Encoding': 'gzip' }) },
    { name: 'a body that is not JSON by its type', status: 415, code: 'HTTP.UNSUPPORTED_MEDIA_TYPE', run: () => send(clerk, 'POST', '/api/visits', 'counterId=x', { 'Content-Type': 'application/x-www-form-urlencoded' }) },
    { name: 'broken JSON', status: 400, code: 'HTTP.MALFORMED_BODY', run: () => send(clerk, 'POST', '/api/visits', '{"counterId":', json) },
    { name: 'bytes that are not UTF-8', status: 400, code: 'HTTP.INVALID_UTF8', run: () => send(clerk, 'POST', '/api/visits', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), json) },
    { name: 'JSON nested thousands of levels deep', status: 400, code: 'HTTP.TOO_DEEP', run: () => send(clerk, 'PUT', `/api/visits/${visitId}/answers`, `{"answers":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`, json) },
    { name: 'a deep array', status: 400, code: 'HTTP.TOO_DEEP', run: () => send(clerk, 'POST', '/api/visits', '['.repeat(20000) + ']'.repeat(20000), json) },
    { name: 'a __proto__ key', status: 400, code: 'HTTP.DANGEROUS_KEY', run: () => send(clerk, 'POST', '/api/visits', '{"__proto__":{"admin":true},"counterId":"shimin-toroku-01"}', json) },
    { name: 'a constructor key, nested', status: 400, code: 'HTTP.DANGEROUS_KEY', run: () => send(clerk, 'PUT', `/api/visits/${visitId}/answers`, '{"answers":{"constructor":{"prototype":1}}}', json) },
    { name: 'a NUL in a string', status: 400, code: 'HTTP.CONTROL_CHARACTER', run: () => send(clerk, 'POST', `/api/visits/${visitId}/cancel`, '{"reason":"a\\u0000b"}', json) },
    { name: 'a lone surrogate in a string', status: 400, code: 'HTTP.LONE_SURROGATE', run: () => send(clerk, 'POST', `/api/visits/${visitId}/cancel`, '{"reason":"\\ud800"}', json) },
    { name: 'an impossible date in a query', status: 400, code: 'RESIDENT.INVALID_BIRTH_DATE', run: () => send(clerk, 'GET', '/api/residents?birthDate=2023-13-01') },
    { name: 'an impossible birth date in a body', status: 400, code: 'HTTP.INVALID_BODY', run: () => send(clerk, 'POST', `/api/visits/${visitId}/persons/manual`, JSON.stringify({ name: '山田 太郎', nameKana: 'ヤマダ タロウ', birthDate: '2023-02-29', sex: 'male', relationship: '本人', isHouseholdHead: true, address: '花巻市', applicant: true, concerned: true, hasMyNumberCard: false, insurance: { kind: 'kokuho' } }), json) },
  ];

  it.each(cases)('answers $name with $status $code and appends nothing', async ({ status, code, run }) => {
    const before = await head();
    expectProblem(await run(), status, code);
    expect(await head()).toBe(before);
  });

  /** A PNG whose header says 900 × 300 but whose data inflates to 144 MB. */
  const pngBomb = (): string => pngOf(900, 300, 6, Buffer.alloc(144_000_000)).toString('base64');

  it('refuses a signature PNG that inflates far beyond its header (a decompression bomb), recording nothing', async () => {
    const png = pngBomb();
    expect(png.length).toBeLessThan(400_000);
    const before = await head();
    const answer = await send(clerk, 'POST', `/api/visits/${visitId}/forms/any-form/signature`, JSON.stringify({ fieldId: 'signature', png }), json);
    expectProblem(answer, 422, 'FORM.INVALID_SIGNATURE');
    expect(await head()).toBe(before);
  });

  it('refuses a signature that is not a PNG, or one larger than the pad', async () => {
    const notPng = await send(clerk, 'POST', `/api/visits/${visitId}/forms/any-form/signature`, JSON.stringify({ fieldId: 'signature', png: Buffer.from('GIF89a').toString('base64') }), json);
    expectProblem(notPng, 422, 'FORM.INVALID_SIGNATURE');
  });

  // ---- property-based: generated hostile requests at every route ----

  const hostileText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('%', '%%', '%E0%A4%A', '%00', '%C0%AF', '..', '%2e%2e', '\u0000', '\ud800', '\u202e', '𠮷野家', 'Robert"); DROP TABLE events;--', 'a'.repeat(5000)),
  );
  const pathValue = fc.oneof(hostileText.map((text) => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ''))), fc.constantFrom('%', '%E0%A4%A', '%00', 'a%2Fb', '%ZZ'));
  const dangerous = fc.constantFrom('{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', '{"a":{"__proto__":null}}');
  /** Field names the DTOs take, so that a hostile fragment reaches past the first check. */
  const fieldName = fc.constantFrom('answers', 'values', 'content', 'template', 'reason', 'counterId', 'lifeEventIds', 'insurance', 'formIds', 'png', 'username', 'note');
  const fragment = fc.oneof(
    dangerous.map((text) => JSON.parse(text) as unknown),
    fc.nat({ max: 3000 }).map((depth) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown),
    hostileText,
    fc.jsonValue({ maxDepth: 3 }),
  );
  const placed = fc.tuple(fc.array(fc.tuple(fieldName, fragment), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([entries, nested]) => {
    const inner = Object.fromEntries(entries);
    const text = JSON.stringify(nested ? { answers: inner, values: inner, content: inner } : inner);
    return text.replace(/"a_proto_"/g, '"__proto__"');
  });
  const jsonish = fc.oneof(
    placed,
    placed,
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    fc.object({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? '{}'),
    hostileText.map((text) => JSON.stringify({ reason: text, counterId: text, note: text, name: text, answers: { q: text } })),
    dangerous,
    fc.nat({ max: 3000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
    fc.string({ maxLength: 30 }),
    fc.constant(''),
  );
  const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'text/plain', 'multipart/form-data; boundary=x', '', 'application/merge-patch+json');
  const contentEncoding = fc.constantFrom(undefined, undefined, 'gzip', 'deflate', 'identity', 'x-bomb');
  const query = fc.array(fc.tuple(fc.constantFrom('after', 'birthDate', 'name', 'kana', 'limit', 'atena', 'x'), pathValue), { maxLength: 3 });
  const caller = fc.constantFrom<'clerk' | 'admin' | 'none'>('clerk', 'admin', 'none');

  function target(route: AnyRouteDefinition, params: readonly string[], pairs: ReadonlyArray<readonly [string, string]>, realVisit: boolean): string {
    let index = 0;
    const path = route.path.replace(/:(\w+)/g, (_match, name: string) => (name === 'id' && realVisit && route.path.startsWith('/api/visits/') ? visitId : (params[index++ % params.length] ?? 'x')));
    return pairs.length > 0 ? `${path}?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}` : path;
  }

  it('answers generated hostile requests at every route with no 5xx, a Japanese problem for every 4xx, and nothing appended on refusal', async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const route of server.routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(pathValue, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          query,
          jsonish,
          contentType,
          contentEncoding,
          caller,
          async (params, realVisit, pairs, body, type, encoding, who) => {
            const url = target(route, params, pairs, realVisit);
            const headers: Record<string, string> = {};
            if (type) headers['Content-Type'] = type;
            if (encoding) headers['Content-Encoding'] = encoding;
            const method = route.method.toUpperCase();
            const client = who === 'clerk' ? clerk : who === 'admin' ? admin : undefined;
            const before = await head();
            requests += 1;
            const answer = await send(client, method, url, method === 'GET' ? undefined : body, headers);
            const after = await head();
            const label = `${method} ${url.slice(0, 120)} (${who}, ${type || 'no type'}, ${encoding ?? 'no encoding'}, body ${body.slice(0, 60)})`;
            if (answer.status >= 500) failures.push(`${label}: ${answer.status} ${answer.body?.code}`);
            if (answer.status >= 400) {
              if (!answer.contentType.includes('application/problem+json') || !japanese.test(answer.body?.detail ?? '')) failures.push(`${label}: ${answer.status} without a Japanese problem`);
              if (after !== before) failures.push(`${label}: refused with ${answer.status}, yet events were appended`);
            }
            return failures.length === 0;
          },
        ),
        { numRuns: 20, seed: 20261203, endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(failures).toEqual([]);
    expect(requests).toBe(server.routes.length * 20);
  });
});
