import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { FormTemplateContent } from '../../../application/form/contracts/form-template.contract';
import type { VisitFormsDto } from '../../../application/form/read-models/visit-forms.dto';
import type { CatalogueDto } from '../../../application/procedure/read-models/catalogue.dto';
import type { VisitOpenedDto, VisitWorkspaceDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { OpenApiDocument } from '../../../infrastructure/http/openapi/openapi-document.types';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { movingFamily } from '../../support/counter-flow';
import { type CheckedResponse, ContractClient, OpenApiContract } from '../../support/openapi-contract';
import { schemaShapeProblems } from '../../support/openapi-schema-shape';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(60_000);

interface Changed {
  readonly id: string;
  readonly revision: number;
  readonly position: string | null;
}

const testTemplate = JSON.parse(readFileSync(join(__dirname, '../../support/fixtures/form-templates/test-form.json'), 'utf8')) as FormTemplateContent;
const mihon = (overrides: Partial<FormTemplateContent> = {}): FormTemplateContent => ({ ...testTemplate, id: 'keiyaku-mihon', name: '契約見本届', ...overrides });
const after = (position: string | null) => (position ? `?after=${encodeURIComponent(position)}` : '');

/**
 * The OpenAPI document against the real answers: a full counter walk and every other endpoint, each
 * JSON answer (2xx and 4xx problems alike) validated by ajv against the schema the document declares for
 * its path, method and status. An answer whose status is not declared, whose media type differs, or
 * whose body carries a field the schema does not know fails.
 */
describe('the OpenAPI document describes the answers the server really gives', () => {
  let server: RunningServer;
  let document: OpenApiDocument;
  let contract: OpenApiContract;
  const log: CheckedResponse[] = [];
  let checked = 0;

  const client = () => new ContractClient(server.url, contract, log);
  const login = async (username: string) => {
    const c = client();
    expect((await c.login(username, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  /** The answers since the last call that do not fit the document. */
  const misfits = () => {
    const fresh = log.slice(checked);
    checked = log.length;
    return fresh.flatMap((r) => r.problems);
  };
  const command = (c: ApiClient, method: string, path: string, body: unknown) => c.json<Changed>(method, path, body);
  const withRevision = async (c: ApiClient, method: string, path: string, body: unknown, revision: number) => {
    const response = await c.request(method, path, body, { 'If-Match': `"${revision}"` });
    return { status: response.status, body: (await response.json()) as Changed };
  };

  beforeAll(async () => {
    server = await startTestServer();
    document = (await new ApiClient(server.url).json<OpenApiDocument>('GET', '/api/openapi.json')).body;
    contract = new OpenApiContract(document);
  });
  afterAll(() => server.stop());

  describe('the document itself', () => {
    it('compiles every response schema in ajv strict mode', () => {
      expect(() => contract.compileAll()).not.toThrow();
    });

    it('declares a schema for every status of every route, and no bare object or list', () => {
      expect(schemaShapeProblems(document)).toEqual([]);
    });

    it('catches a body that does not fit: an undocumented field, a wrong type, a missing field, a value outside an enum', async () => {
      const clerk = await login('shimin-toroku-03');
      const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-03' });
      const workspace = (await clerk.json<VisitWorkspaceDto>('GET', `/api/visits/${opened.body.id}${after(opened.body.position)}`)).body;
      const schema = { $ref: '#/components/schemas/VisitWorkspaceDto' };
      expect(contract.validate(schema, workspace)).toEqual([]);
      expect(contract.validate(schema, { ...workspace, undocumented: true }).join()).toContain('must NOT have additional properties');
      expect(contract.validate(schema, { ...workspace, revision: String(workspace.revision) }).join()).toContain('/revision must be number');
      const { officeName: _dropped, ...withoutOffice } = workspace;
      expect(contract.validate(schema, withoutOffice).join()).toContain("must have required property 'officeName'");
      expect(contract.validate(schema, { ...workspace, status: 'lost' }).join()).toContain('/status must be equal to one of the allowed values');
      expect(contract.check('GET', `/api/visits/${opened.body.id}`, 418, 'application/problem+json', '{}').problems.join()).toContain('does not declare');
      misfits();
    });
  });

  describe('walking every endpoint', () => {
    let shimin: ContractClient;
    let visitId: string;
    let revision: number;
    let position: string | null;

    it('health, the document, metrics, log in and out', async () => {
      const anonymous = client();
      expect((await anonymous.json('GET', '/api/health')).status).toBe(200);
      expect((await anonymous.json('GET', '/api/openapi.json')).status).toBe(200);
      expect((await anonymous.request('GET', '/api/metrics')).status).toBe(200);
      expect((await anonymous.json('GET', '/api/auth/session')).status).toBe(401);
      expect((await anonymous.json('POST', '/api/auth/login', { username: 'admin', password: 'wrong-password' })).status).toBe(401);
      expect((await anonymous.json('POST', '/api/auth/login', { username: '' })).status).toBe(400);
      expect((await anonymous.request('POST', '/api/auth/login', 'username=admin', { 'Content-Type': 'text/plain' })).status).toBe(415);
      const staff = await login('shimin-toroku-02');
      expect((await staff.json('GET', '/api/auth/session')).status).toBe(200);
      expect((await staff.request('POST', '/api/auth/logout')).status).toBe(204);
      expect(misfits()).toEqual([]);
    });

    it('the city, counters, staff, and the live channel', async () => {
      const admin = await login('admin');
      shimin = await login('shimin-toroku-01');
      expect((await client().json('GET', '/api/city')).status).toBe(401);
      expect((await shimin.json('GET', '/api/city')).status).toBe(200);
      expect((await shimin.json('GET', '/api/counters')).status).toBe(200);
      expect((await admin.json('GET', '/api/staff')).status).toBe(200);
      expect((await shimin.json('GET', '/api/staff')).status).toBe(403);
      const live = new AbortController();
      const stream = await shimin.request('GET', '/api/live', undefined, { Accept: 'text/event-stream' }, live.signal);
      expect(stream.status).toBe(200);
      live.abort();
      expect(misfits()).toEqual([]);
    });

    it('the resident register', async () => {
      const auditor = await login('kansa');
      expect((await shimin.json('GET', `/api/residents?kana=${encodeURIComponent('きくち')}&limit=5`)).status).toBe(200);
      expect((await shimin.json('GET', '/api/residents')).status).toBe(400);
      expect((await shimin.json('GET', '/api/residents?birthDate=1988-02-30')).status).toBe(400);
      expect((await auditor.json('GET', '/api/residents?kana=kikuchi')).status).toBe(403);
      expect((await shimin.json('GET', '/api/residents/1000001011')).status).toBe(200);
      expect((await shimin.json('GET', '/api/residents/1000001012')).status).toBe(400);
      expect((await shimin.json('GET', '/api/residents/1000005017')).status).toBe(404);
      expect(misfits()).toEqual([]);
    });

    it('the catalogue: read, saved by an admin, refused when stale, invalid or not an admin', async () => {
      const admin = await login('admin');
      const catalogue = await admin.json<CatalogueDto>('GET', '/api/catalogue');
      expect(catalogue.status).toBe(200);
      const procedure = { id: 'keiyaku-annai', name: '契約の案内', category: '生活', departmentId: 'shimin-toroku', formIds: [], description: '案内する', perPerson: false, active: true };
      expect((await admin.json('PUT', '/api/catalogue/procedures/keiyaku-annai', procedure)).status).toBe(200);
      expect((await admin.json('PUT', '/api/catalogue/procedures/keiyaku-annai', { ...procedure, id: 'Not An Id' })).status).toBe(400);
      const lifeEvent = catalogue.body.lifeEvents[0]!;
      expect((await admin.json('PUT', `/api/catalogue/life-events/${lifeEvent.id}`, lifeEvent)).status).toBe(200);
      const rule = { id: 'keiyaku-annai-tennyu', procedureId: 'keiyaku-annai', lifeEventIds: ['tennyu'], scope: 'visit', when: { '==': [1, 1] }, reason: '転入された世帯に案内します', active: true };
      expect((await withRevision(admin, 'PUT', '/api/catalogue/rules/keiyaku-annai-tennyu', rule, catalogue.body.revision)).status).toBe(412);
      expect((await admin.json('PUT', '/api/catalogue/rules/keiyaku-annai-tennyu', { ...rule, procedureId: 'nai' })).status).toBe(422);
      expect((await admin.json('PUT', '/api/catalogue/rules/keiyaku-annai-tennyu', rule)).status).toBe(200);
      expect((await shimin.json('PUT', '/api/catalogue/procedures/keiyaku-annai', procedure)).status).toBe(403);
      expect(misfits()).toEqual([]);
    });

    it('a visit: opened, persons, life events, answers, procedures by hand, with refusals on the way', async () => {
      expect((await shimin.json('POST', '/api/visits', {})).status).toBe(400);
      const opened = await shimin.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
      expect(opened.status).toBe(201);
      visitId = opened.body.id;
      revision = opened.body.revision;
      for (const member of movingFamily) {
        const added = await withRevision(shimin, 'POST', `/api/visits/${visitId}/persons/manual`, member, revision);
        expect(added.status).toBe(200);
        ({ revision, position } = added.body);
      }
      const registered = await command(shimin, 'POST', `/api/visits/${visitId}/persons`, { atenaNumber: '1000001011', withHousehold: false, concerned: false });
      expect(registered.status).toBe(200);
      const workspace = await shimin.json<VisitWorkspaceDto>('GET', `/api/visits/${visitId}${after(registered.body.position)}`);
      expect(workspace.status).toBe(200);
      const kikuchi = workspace.body.persons.find((p) => p.atenaNumber === '1000001011')!;
      expect((await command(shimin, 'PUT', `/api/visits/${visitId}/persons/${kikuchi.personId}/concerned`, { concerned: true })).status).toBe(200);
      expect((await command(shimin, 'DELETE', `/api/visits/${visitId}/persons/${kikuchi.personId}`, undefined)).status).toBe(200);
      expect((await command(shimin, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tennyu'] })).status).toBe(200);
      const mover = workspace.body.persons[0]!;
      expect((await command(shimin, 'PUT', `/api/visits/${visitId}/life-events/tennyu/persons/${mover.personId}/roles`, { roles: ['subject'] })).status).toBe(200);
      expect((await command(shimin, 'PUT', `/api/visits/${visitId}/life-events/tennyu/persons/${mover.personId}/roles`, { roles: ['husband'] })).status).toBe(422);
      expect((await command(shimin, 'PUT', `/api/visits/${visitId}/life-events/tennyu/persons/${mover.personId}/roles`, { roles: null })).status).toBe(200);
      const answered = await command(shimin, 'PUT', `/api/visits/${visitId}/answers`, {
        answers: { moved_from: 'other', keeps_employee_insurance: 'all_leave', jido_teate_claimant: 'head', kaigo_certified: false },
      });
      expect(answered.status).toBe(200);
      expect((await command(shimin, 'POST', `/api/visits/${visitId}/procedures`, { procedureId: 'inkan-toroku', note: '希望あり' })).status).toBe(200);
      expect((await command(shimin, 'POST', `/api/visits/${visitId}/procedures/inkan-toroku/drop`, { reason: '後日' })).status).toBe(200);
      const done = await command(shimin, 'PUT', `/api/visits/${visitId}/procedures/tennyu-todoke/status`, { status: 'done', note: '受理' });
      expect(done.status).toBe(200);
      expect((await command(shimin, 'PUT', `/api/visits/${visitId}/procedures/kokuho-kanyu/status`, { status: 'done' })).status).toBe(403);
      expect((await withRevision(shimin, 'PUT', `/api/visits/${visitId}/answers`, { answers: { has_dog: true } }, 0)).status).toBe(412);
      ({ revision, position } = done.body);
      expect((await shimin.json('GET', `/api/visits/${visitId}${after(position)}`)).status).toBe(200);
      expect((await shimin.json('GET', `/api/visits/${visitId}/timeline`)).status).toBe(200);
      expect((await shimin.json('GET', `/api/visits/${visitId}/guide`)).status).toBe(200);
      expect((await shimin.json('GET', `/api/visits/${visitId}?after=not-a-position`)).status).toBe(400);
      expect((await shimin.json('GET', `/api/visits/${visitId}?after=${encodeURIComponent('999999/999999')}`)).status).toBe(409);
      expect((await shimin.json('GET', '/api/visits/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect(misfits()).toEqual([]);
    });

    it("the visit's forms: filled, completed, refused, signed, voided, printed, as PDF", async () => {
      const filled = await shimin.json<Changed>('POST', `/api/visits/${visitId}/forms`);
      expect(filled.status).toBe(200);
      const forms = await shimin.json<VisitFormsDto>('GET', `/api/visits/${visitId}/forms${after(filled.body.position)}`);
      expect(forms.status).toBe(200);
      const juminIdo = forms.body.forms.find((f) => f.templateId === 'jumin-ido-todoke')!;
      expect((await shimin.json('PUT', `/api/visits/${visitId}/forms/values`, { formId: null, values: { applicant_phone: '0198-24-2111' } })).status).toBe(200);
      expect((await shimin.json('PUT', `/api/visits/${visitId}/forms/values`, { formId: null, values: { applicant_phone: 'abc' } })).status).toBe(422);
      expect((await shimin.json('GET', `/api/visits/${visitId}/forms/pdf`)).status).toBe(422);
      const png = (await QRCode.toBuffer('signature stand-in', { width: 120 })).toString('base64');
      expect((await shimin.json('POST', `/api/visits/${visitId}/forms/${juminIdo.formId}/signature`, { fieldId: 'applicant_signature', png })).status).toBe(200);
      const values = Object.fromEntries(juminIdo.fields.filter((f) => f.required && f.value === null).map((f) => [f.id, f.choices[0]?.value ?? (f.type === 'date' ? '2026-11-20' : '記入')]));
      const completed = await shimin.json<Changed>('PUT', `/api/visits/${visitId}/forms/values`, { formId: juminIdo.formId, values });
      expect(completed.status).toBe(200);
      expect((await shimin.json('GET', `/api/visits/${visitId}/forms${after(completed.body.position)}`)).status).toBe(200);
      const pdf = await shimin.request('GET', `/api/visits/${visitId}/forms/${juminIdo.formId}/pdf`);
      expect(pdf.status).toBe(200);
      await pdf.arrayBuffer();
      expect((await shimin.json('POST', `/api/visits/${visitId}/forms/printed`, { formIds: [juminIdo.formId], printer: 'counter-1' })).status).toBe(200);
      const other = forms.body.forms.find((f) => f.formId !== juminIdo.formId)!;
      expect((await shimin.json('POST', `/api/visits/${visitId}/forms/${other.formId}/void`, { reason: '記入誤り' })).status).toBe(200);
      expect(misfits()).toEqual([]);
    });

    it('hand-off, queue, boards, service at the next department, close refused then closed, a cancel', async () => {
      const handoff = await command(shimin, 'POST', `/api/visits/${visitId}/hand-off`, { toDepartmentId: 'kokuho-iryo', note: '国保の加入' });
      expect(handoff.status).toBe(200);
      const kokuho = await login('kokuho-iryo-02');
      expect((await kokuho.json('GET', `/api/departments/kokuho-iryo/queue${after(handoff.body.position)}`)).status).toBe(200);
      expect((await kokuho.json('GET', `/api/departments/kokuho-iryo/board${after(handoff.body.position)}`)).status).toBe(200);
      expect((await kokuho.json('GET', '/api/departments/kodomo/queue')).status).toBe(403);
      const supervisor = await login('kokuho-iryo-kantoku');
      expect((await supervisor.json('GET', '/api/supervisor/board')).status).toBe(200);
      expect((await kokuho.json('GET', '/api/supervisor/board')).status).toBe(403);
      const called = await command(kokuho, 'POST', `/api/visits/${visitId}/service-start`, { counterId: 'kokuho-iryo-02' });
      expect(called.status).toBe(200);
      expect((await kokuho.json('GET', `/api/visits/${visitId}${after(called.body.position)}`)).status).toBe(200);
      expect((await command(kokuho, 'POST', `/api/visits/${visitId}/close`, {})).status).toBe(409);
      const closed = await command(kokuho, 'POST', `/api/visits/${visitId}/close`, { reason: '残りは後日' });
      expect(closed.status).toBe(200);
      expect((await kokuho.json('GET', `/api/visits/${visitId}/timeline${after(closed.body.position)}`)).status).toBe(200);
      const auditor = await login('kansa');
      const found = await auditor.json<{ items: Array<{ visitId: string }> }>('GET', `/api/visits/search?status=closed&limit=100${after(closed.body.position).replace('?', '&')}`);
      expect(found.status).toBe(200);
      expect(found.body.items.map((i) => i.visitId)).toContain(visitId);
      expect((await auditor.json('GET', '/api/visits/search?from=2026-02-30')).status).toBe(400);
      const second = await shimin.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
      expect((await command(shimin, 'POST', `/api/visits/${second.body.id}/cancel`, { reason: '来庁者の都合' })).status).toBe(200);
      expect(misfits()).toEqual([]);
    });

    it('form templates: listed, read, exported, previewed, drafted, imported, published, retired, with refusals', async () => {
      const admin = await login('admin');
      expect((await admin.json('GET', '/api/form-templates')).status).toBe(200);
      expect((await admin.json('GET', '/api/form-templates/jumin-ido-todoke')).status).toBe(200);
      expect((await admin.json('GET', '/api/form-templates/nai')).status).toBe(404);
      expect((await admin.json('GET', '/api/form-templates/jumin-ido-todoke/export')).status).toBe(200);
      const preview = await admin.request('POST', '/api/form-templates/preview', { content: mihon() });
      expect(preview.status).toBe(200);
      await preview.arrayBuffer();
      const bad = mihon({ fields: testTemplate.fields.map((f, i) => (i === 0 ? { ...f, binding: 'applicant.shoeSize' } : f)) });
      expect((await admin.json('PUT', '/api/form-templates/keiyaku-mihon/draft', { content: bad })).status).toBe(422);
      expect((await admin.json('POST', '/api/form-templates/import', { template: { hello: 'world' } })).status).toBe(400);
      expect((await admin.json('PUT', '/api/form-templates/keiyaku-mihon/draft', { content: mihon() })).status).toBe(200);
      expect((await admin.json('POST', '/api/form-templates/keiyaku-mihon/publish')).status).toBe(200);
      expect((await admin.json('POST', '/api/form-templates/import', { template: mihon({ name: '契約見本届（改正）' }), publish: true })).status).toBe(200);
      const doc = await admin.json<{ revision: number }>('GET', '/api/form-templates/keiyaku-mihon');
      expect((await withRevision(admin, 'POST', '/api/form-templates/keiyaku-mihon/retire', { reason: '改正' }, doc.body.revision - 1)).status).toBe(412);
      expect((await admin.json('POST', '/api/form-templates/keiyaku-mihon/retire', { reason: '様式改正のため' })).status).toBe(200);
      expect((await shimin.json('PUT', '/api/form-templates/keiyaku-mihon/draft', { content: mihon() })).status).toBe(403);
      expect(misfits()).toEqual([]);
    });

    it('dead letters for admins', async () => {
      const admin = await login('admin');
      expect((await admin.json('GET', '/api/admin/dead-letters?state=open')).status).toBe(200);
      expect((await admin.json('GET', '/api/admin/dead-letters?state=lost')).status).toBe(400);
      expect((await admin.json('POST', '/api/admin/dead-letters/abc/replay')).status).toBe(400);
      expect((await admin.json('POST', '/api/admin/dead-letters/999/replay')).status).toBe(404);
      expect((await shimin.json('GET', '/api/admin/dead-letters')).status).toBe(403);
      expect((await admin.json('GET', '/api/admin/processors')).status).toBe(200);
      expect((await shimin.json('GET', '/api/admin/processors')).status).toBe(403);
      expect(misfits()).toEqual([]);
    });

    it('reached every operation of the document, and every kind of problem', () => {
      const reached = new Set(log.flatMap((r) => (r.operation ? [r.operation] : [])));
      expect(contract.operationKeys().filter((key) => !reached.has(key))).toEqual([]);
      const problemStatuses = new Set(log.filter((r) => r.mediaType === 'application/problem+json').map((r) => r.status));
      expect([...problemStatuses].sort()).toEqual(expect.arrayContaining([400, 401, 403, 404, 409, 412, 415, 422]));
      expect(log.length).toBeGreaterThan(100);
    });
  });
});
