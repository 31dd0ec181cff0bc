import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormTemplateContent } from '../../../domain/form/form-template.types';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(60_000);

const base = JSON.parse(readFileSync(join(__dirname, '../../support/fixtures/form-templates/test-form.json'), 'utf8')) as FormTemplateContent;
const template = (overrides: Partial<FormTemplateContent> = {}): FormTemplateContent => ({ ...base, id: 'mihon-todoke', name: '見本届', ...overrides });

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-preview-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('form templates maintained by admins over HTTP', () => {
  let server: RunningServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = new ApiClient(server.url);
    await admin.login('admin', TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  it("lists Hanamaki's templates, published as version 1, with the procedures that use them", async () => {
    const list = await admin.json<Array<{ id: string; publishedVersion: number | null; procedureIds: string[] }>>('GET', '/api/form-templates');
    expect(list.body.length).toBeGreaterThanOrEqual(55);
    expect(list.body.find((t) => t.id === 'jumin-ido-todoke')).toMatchObject({ publishedVersion: 1, procedureIds: expect.arrayContaining(['tennyu-todoke']) });
  });

  it('previews a template with sample data filled through its bindings, as a PDF', async () => {
    const juminIdo = JSON.parse(readFileSync(join(__dirname, '../../../infrastructure/city/cities/hanamaki/forms/jumin-ido-todoke.json'), 'utf8')) as FormTemplateContent;
    const response = await admin.request('POST', '/api/form-templates/preview', { content: juminIdo });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('見本 太郎');
    expect(text).toContain('昭和55年4月1日');
  });

  it('refuses a template with a bad binding, listing the problem, and saves nothing', async () => {
    const bad = template({ fields: base.fields.map((f, i) => (i === 0 ? { ...f, binding: 'applicant.shoeSize' } : f)) });
    const response = await admin.json<{ code: string; errors: Array<{ field: string; message: string }> }>('PUT', '/api/form-templates/mihon-todoke/draft', { content: bad });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('FORM_TEMPLATE.INVALID');
    expect(response.body.errors[0]!.message).toMatch(/shoeSize|使えません|ありません/);
    expect((await admin.request('GET', '/api/form-templates/mihon-todoke')).status).toBe(404);
    expect((await admin.json('POST', '/api/form-templates/preview', { content: bad })).status).toBe(422);
  });

  it('refuses a file that is not a template at all with a 400', async () => {
    const response = await admin.json<{ code: string }>('POST', '/api/form-templates/import', { template: { hello: 'world' } });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('FORM_TEMPLATE.MALFORMED');
  });

  it('saves a draft, publishes versions, keeps each version, exports, and retires', async () => {
    expect((await admin.json('PUT', '/api/form-templates/mihon-todoke/draft', { content: template() })).status).toBe(200);
    expect((await admin.json('POST', '/api/form-templates/mihon-todoke/publish')).status).toBe(200);
    const v2 = template({ name: '見本届（改正）' });
    expect((await admin.json('POST', '/api/form-templates/import', { template: v2, publish: true })).status).toBe(200);
    const doc = await admin.json<{ published: { version: number; content: { name: string } }; versions: unknown[]; revision: number }>('GET', '/api/form-templates/mihon-todoke');
    expect(doc.body.published).toMatchObject({ version: 2, content: { name: '見本届（改正）' } });
    expect(doc.body.versions).toHaveLength(2);
    const exported = await admin.json<FormTemplateContent>('GET', '/api/form-templates/mihon-todoke/export');
    expect(exported.body.name).toBe('見本届（改正）');
    const stale = await admin.request('POST', '/api/form-templates/mihon-todoke/retire', { reason: '改正' }, { 'If-Match': `"${doc.body.revision - 1}"` });
    expect(stale.status).toBe(412);
    expect((await admin.json('POST', '/api/form-templates/mihon-todoke/retire', { reason: '様式改正のため' })).status).toBe(200);
    const list = await admin.json<Array<{ id: string; retired: boolean }>>('GET', '/api/form-templates');
    expect(list.body.find((t) => t.id === 'mihon-todoke')?.retired).toBe(true);
  });

  it('lets only admins change templates', async () => {
    const clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
    expect((await clerk.request('PUT', '/api/form-templates/mihon-todoke/draft', { content: template() })).status).toBe(403);
    expect((await clerk.request('POST', '/api/form-templates/preview', { content: template() })).status).toBe(403);
  });
});
