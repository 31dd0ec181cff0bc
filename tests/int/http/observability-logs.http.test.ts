import QRCode from 'qrcode';
import type { VisitFormsDto } from '../../../application/form/read-models/visit-forms.dto';
import type { ResidentDetailDto, ResidentSearchResultDto } from '../../../application/linkage/resident-register/resident.dto';
import type { VisitOpenedDto, VisitWorkspaceDto } from '../../../application/visit/read-models/visit-workspace.dto';
import { namedFixtures } from '../../../infrastructure/linkage/simulated-register/named-fixtures';
import { PinoLogger } from '../../../infrastructure/observability/pino-logger.adapter';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act } from '../../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(60_000);

interface LogLine {
  readonly level: string;
  readonly msg: string;
  readonly [field: string]: unknown;
}

const PHONE = '0198-24-2111';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every way the walk's personal data could be written: as the register has it and as forms print it. */
function personalValues(detail: ResidentDetailDto): string[] {
  const values = new Set<string>([PHONE, PHONE.replace(/-/g, '')]);
  const people = [detail.resident, ...detail.household];
  for (const person of people) {
    for (const text of [person.name, person.nameKana, person.nameFallback]) {
      values.add(text);
      values.add(text.replace(/[\s\u3000]/g, ''));
      for (const part of text.split(/[\s\u3000]/)) if (part.length > 1 && part !== '花巻') values.add(part);
    }
    values.add(person.atenaNumber);
    values.add(person.birthDate);
    values.add(person.address.banchi);
    values.add(`${person.address.town}${person.address.banchi}`);
    values.add(person.address.postalCode);
    if (person.address.katagaki) values.add(person.address.katagaki);
  }
  return [...values].flatMap((value) => [value, encodeURIComponent(value)]);
}

function sampleAnswer(question: VisitWorkspaceDto['questions'][number]): unknown {
  switch (question.type) {
    case 'boolean':
      return false;
    case 'choice':
      return question.choices[0]?.value;
    case 'multi-choice':
      return question.choices.slice(0, 1).map((c) => c.value);
    case 'number':
      return 0;
    case 'date':
      return '2026-11-01';
    case 'text':
      return 'なし';
  }
}

describe('logs of a full counter walk: JSON lines with route, staff and correlation id, and no personal data', () => {
  const lines: LogLine[] = [];
  let server: RunningServer;
  let clerk: ApiClient;
  let personal: string[] = [];
  let atenaNumber: string;
  let offeredId: string;
  const malformed: Array<{ offered: string; answered: string | null }> = [];

  beforeAll(async () => {
    let pending = '';
    const logger = PinoLogger.create(
      { service: 'madoguchi' },
      {
        destination: {
          write: (chunk: string) => {
            pending += chunk;
            const complete = pending.split('\n');
            pending = complete.pop() ?? '';
            for (const line of complete) if (line) lines.push(JSON.parse(line) as LogLine);
          },
        },
      },
    );
    server = await startTestServer({}, logger);
    clerk = new ApiClient(server.url);
    expect((await clerk.login('shimin-toroku-01', TEST_PASSWORD)).status).toBe(200);

    // a client-supplied acceptable correlation id is kept; malformed ones are replaced
    offeredId = 'counter-walk-0001';
    expect((await clerk.request('GET', '/api/auth/session', undefined, { 'X-Correlation-Id': offeredId })).headers.get('x-correlation-id')).toBe(offeredId);
    for (const offered of ['x'.repeat(200), 'abc def\t1000001011', '"},"staffId":"forged','short']) {
      const response = await clerk.request('GET', '/api/auth/session', undefined, { 'X-Correlation-Id': offered });
      malformed.push({ offered, answered: response.headers.get('x-correlation-id') });
    }

    // the register: search by kana and birth date (query strings), read the record with its household
    const family = namedFixtures.familyWithToddlerAndGrandparent;
    atenaNumber = family.atenaNumbers[0]!;
    const search = await clerk.json<ResidentSearchResultDto>('GET', `/api/residents?${new URLSearchParams({ kana: 'きくち　けんた', birthDate: '1988-07-14' })}`);
    expect(search.body.results.map((r) => r.atenaNumber)).toContain(atenaNumber);
    const detail = await clerk.json<ResidentDetailDto>('GET', `/api/residents/${atenaNumber}`);
    expect(detail.status).toBe(200);
    personal = personalValues(detail.body);

    // open a visit, add the resident with the household, choose life events, answer
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    expect(opened.status).toBe(201);
    const visitId = opened.body.id;
    const added = await act(clerk, 'POST', `/api/visits/${visitId}/persons`, { atenaNumber, withHousehold: true, applicant: true, concerned: true }, opened.body.revision);
    expect(added.status).toBe(200);
    expect(added.workspace!.persons).toHaveLength(4);
    const chosen = await act(clerk, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tenkyo'] }, added.result.revision);
    expect(chosen.status).toBe(200);
    const answers = Object.fromEntries(chosen.workspace!.questions.map((q) => [q.id, sampleAnswer(q)]));
    const answered = await act(clerk, 'PUT', `/api/visits/${visitId}/answers`, { answers }, chosen.result.revision);
    expect(answered.status).toBe(200);

    // fill the forms, enter the phone number once, complete one form, sign it, print it
    const filled = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms`);
    expect(filled.status).toBe(200);
    const formsAfter = async (position: string) =>
      (await clerk.json<VisitFormsDto>('GET', `/api/visits/${visitId}/forms?after=${encodeURIComponent(position)}`)).body;
    let forms = await formsAfter(filled.body.position);
    expect(forms.forms.length).toBeGreaterThan(0);
    const phone = await clerk.json<{ position: string }>('PUT', `/api/visits/${visitId}/forms/values`, { formId: null, values: { applicant_phone: PHONE } });
    expect(phone.status).toBe(200);
    forms = await formsAfter(phone.body.position);
    const form = forms.forms.find((f) => !f.voided && f.signatureFields.length > 0) ?? forms.forms.find((f) => !f.voided)!;
    const values = Object.fromEntries(
      form.fields.filter((f) => f.required && f.value === null).map((f) => [f.id, f.choices[0]?.value ?? (f.type === 'date' ? '2026-11-20' : '記入')]),
    );
    if (Object.keys(values).length > 0) {
      expect((await clerk.json('PUT', `/api/visits/${visitId}/forms/values`, { formId: form.formId, values })).status).toBe(200);
    }
    const png = `data:image/png;base64,${(await QRCode.toBuffer('signature stand-in', { width: 120 })).toString('base64')}`;
    let position = phone.body.position;
    for (const signature of form.signatureFields) {
      const signed = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms/${form.formId}/signature`, { fieldId: signature.id, png });
      expect(signed.status).toBe(200);
      position = signed.body.position;
    }
    await formsAfter(position);
    const pdf = await clerk.request('GET', `/api/visits/${visitId}/forms/${form.formId}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // hand off to 国保医療課, whose clerk takes the visit and closes it with the reason for what is open
    const workspace = (await clerk.json<VisitWorkspaceDto>('GET', `/api/visits/${visitId}`)).body;
    const handoff = await act(clerk, 'POST', `/api/visits/${visitId}/hand-off`, { toDepartmentId: 'kokuho-iryo', note: '国保の手続き' }, workspace.revision);
    expect(handoff.status).toBe(200);
    const kokuho = new ApiClient(server.url);
    await kokuho.login('kokuho-iryo-02', TEST_PASSWORD);
    const called = await act(kokuho, 'POST', `/api/visits/${visitId}/service-start`, { counterId: 'kokuho-iryo-02' }, handoff.result.revision);
    expect(called.status).toBe(200);
    const closed = await act(kokuho, 'POST', `/api/visits/${visitId}/close`, { reason: '残りは後日' }, called.result.revision);
    expect(closed.status).toBe(200);
    expect(closed.workspace!.status).toBe('closed');
    expect((await kokuho.request('POST', '/api/auth/logout', {})).status).toBeLessThan(300);
  });
  afterAll(() => server.stop());

  const requestLines = () => lines.filter((l) => l.msg === 'http request');

  it('writes one JSON line per API request with method, route pattern, status and duration', () => {
    const requests = requestLines();
    expect(requests.length).toBeGreaterThan(25);
    for (const line of requests) {
      expect(line).toMatchObject({ level: 'info', method: expect.any(String), route: expect.stringMatching(/^\/api\//), status: expect.any(Number), durationMs: expect.any(Number) });
      expect(line).not.toHaveProperty('path');
    }
    const routes = new Set(requests.map((l) => l.route));
    expect([...routes]).toEqual(expect.arrayContaining(['/api/residents/:atenaNumber', '/api/visits/:id/persons', '/api/visits/:id/forms/:formId/pdf', '/api/visits/:id/close']));
    expect([...routes].some((r) => String(r).includes(atenaNumber))).toBe(false);
  });

  it('names the acting staff on every request made with a session, and no one on the login', () => {
    const requests = requestLines();
    const logins = requests.filter((l) => l.route === '/api/auth/login');
    expect(logins.length).toBe(2);
    for (const line of logins) expect(line['staffId']).toBeNull();
    const withSession = requests.filter((l) => l.route !== '/api/auth/login');
    for (const line of withSession) expect(line['staffId']).toEqual(expect.any(String));
    expect(new Set(withSession.map((l) => l['staffId'])).size).toBe(2);
  });

  it('carries a correlation id on every request line: the client\'s when acceptable, otherwise a fresh one', () => {
    const requests = requestLines();
    for (const line of requests) expect(line['correlationId']).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    expect(requests.filter((l) => l['correlationId'] === offeredId)).toHaveLength(1);
    expect(malformed).toHaveLength(4);
    for (const { offered, answered } of malformed) {
      expect(answered).toMatch(uuid);
      expect(answered).not.toBe(offered);
      expect(requests.filter((l) => l['correlationId'] === answered)).toHaveLength(1);
    }
    const all = lines.map((l) => JSON.stringify(l)).join('\n');
    expect(all).not.toContain('x'.repeat(65));
    expect(all).not.toContain('forged');
  });

  it('never writes the resident\'s name, kana, address, birth date, 宛名番号 or phone number, in any line', () => {
    expect(personal.length).toBeGreaterThan(20);
    expect(lines.length).toBeGreaterThan(requestLines().length);
    const offending = lines
      .map((line) => JSON.stringify(line))
      .flatMap((text) => personal.filter((value) => text.includes(value)).map((value) => `${value} in ${text}`));
    expect(offending).toEqual([]);
    expect(lines.some((l) => l.msg === 'madoguchi started')).toBe(true);
    if (process.env['SHOW_LOGS']) process.stdout.write(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  });
});
