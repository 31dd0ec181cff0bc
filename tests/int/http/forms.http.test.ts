import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { VisitFormsDto } from '../../../application/form/read-models/visit-forms.dto';
import type { VisitOpenedDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act, movingFamily } from '../../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(60_000);

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-pdf-'));
  try {
    writeFileSync(join(dir, 'f.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('forms of a visit over HTTP: filled from what is known, completed once, signed, printed', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  let visitId: string;
  let forms: VisitFormsDto;

  const refresh = async (position: string | null) => {
    forms = (await clerk.json<VisitFormsDto>('GET', `/api/visits/${visitId}/forms${position ? `?after=${encodeURIComponent(position)}` : ''}`)).body;
  };
  const form = (templateId: string) => forms.forms.find((f) => f.templateId === templateId && !f.voided)!;
  const field = (templateId: string, id: string) => form(templateId).fields.find((f) => f.id === id)!;

  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    visitId = opened.body.id;
    let revision = opened.body.revision;
    for (const member of movingFamily) revision = (await act(clerk, 'POST', `/api/visits/${visitId}/persons/manual`, member, revision)).result.revision;
    revision = (await act(clerk, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tennyu'] }, revision)).result.revision;
    await act(clerk, 'PUT', `/api/visits/${visitId}/answers`, { answers: { moved_from: 'other', keeps_employee_insurance: 'all_leave', jido_teate_claimant: 'head' } }, revision);
    const filled = await clerk.json<{ position: string; changed: boolean }>('POST', `/api/visits/${visitId}/forms`);
    expect(filled.status).toBe(200);
    expect(filled.body.changed).toBe(true);
    await refresh(filled.body.position);
  });
  afterAll(() => server.stop());

  it('creates every form the checklist needs, per person where the form is per person', () => {
    const ids = forms.forms.map((f) => f.templateId);
    expect(ids).toEqual(expect.arrayContaining(['jumin-ido-todoke', 'kokuho-shikaku-todoke']));
    expect(forms.forms.length).toBeGreaterThan(4);
  });

  it('pre-fills what is known, in the era, and never asks it again', () => {
    expect(field('jumin-ido-todoke', 'applicant_name')).toMatchObject({ value: '花巻 一郎', source: 'known' });
    expect(field('jumin-ido-todoke', 'concerned_1_birth_date').value).toBe('昭和59年5月10日');
    expect(field('jumin-ido-todoke', 'applicant_phone')).toMatchObject({ source: 'empty', shared: true });
    expect(field('jumin-ido-todoke', 'new_address')).toMatchObject({ value: '岩手県花巻市花城町1番1号 花城ハイツ101', source: 'known' });
  });

  it('fills the children of the household into the child allowance claim, and no adult', () => {
    expect(field('jido-teate-nintei-seikyu', 'child_1_name')).toMatchObject({ value: '花巻 陽太', source: 'known' });
    expect(field('jido-teate-nintei-seikyu', 'child_1_birth_date').value).toBe('2023-06-01');
    expect(field('jido-teate-nintei-seikyu', 'child_2_name').value).toBeNull();
  });

  it('asks a shared item once: entered for the visit, it appears in every form that has it', async () => {
    const saved = await clerk.json<{ position: string }>('PUT', `/api/visits/${visitId}/forms/values`, { formId: null, values: { applicant_phone: '０１９８－２４－２１１１' } });
    expect(saved.status).toBe(200);
    await refresh(saved.body.position);
    const withPhone = forms.forms.filter((f) => f.fields.some((x) => x.id === 'applicant_phone'));
    expect(withPhone.length).toBeGreaterThan(1);
    for (const f of withPhone) expect(f.fields.find((x) => x.id === 'applicant_phone')).toMatchObject({ value: '0198-24-2111', source: 'entered' });
  });

  it('refuses a bad value with a Japanese message per field and saves nothing', async () => {
    const bad = await clerk.json<{ errors: Array<{ field: string; message: string }> }>('PUT', `/api/visits/${visitId}/forms/values`, {
      formId: null,
      values: { applicant_phone: 'abc', applicant_kana: 'はなまき' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['applicant_kana', 'applicant_phone']);
    expect(bad.body.errors.find((e) => e.field === 'applicant_phone')?.message).toContain('電話番号');
    await refresh(null);
    expect(field('jumin-ido-todoke', 'applicant_phone').value).toBe('0198-24-2111');
  });

  it('refuses to print while a required item is empty, listing each one', async () => {
    const response = await clerk.json<{ code: string; errors: unknown[] }>('GET', `/api/visits/${visitId}/forms/pdf`);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('FORM.MISSING_REQUIRED');
    expect(response.body.errors.length).toBe(forms.forms.filter((f) => !f.voided).reduce((n, f) => n + f.missingRequired.length, 0));
  });

  it('prints one form with the name, the address and the era date, after it is completed and signed', async () => {
    const juminIdo = form('jumin-ido-todoke');
    const values = Object.fromEntries(
      juminIdo.fields.filter((f) => f.required && f.value === null).map((f) => [f.id, f.choices[0]?.value ?? (f.type === 'date' ? '2026-11-20' : '記入')]),
    );
    const completed = await clerk.json<{ position: string }>('PUT', `/api/visits/${visitId}/forms/values`, { formId: juminIdo.formId, values });
    expect(completed.status).toBe(200);
    const png = (await QRCode.toBuffer('signature stand-in', { width: 200 })).toString('base64');
    const signed = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms/${juminIdo.formId}/signature`, { fieldId: 'applicant_signature', png: `data:image/png;base64,${png}` });
    expect(signed.status).toBe(200);
    await refresh(signed.body.position);
    expect(form('jumin-ido-todoke').missingRequired).toEqual([]);
    expect(form('jumin-ido-todoke').signatureFields.find((s) => s.id === 'applicant_signature')?.signed).toBe(true);

    const response = await clerk.request('GET', `/api/visits/${visitId}/forms/${juminIdo.formId}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('住民異動届');
    expect(text).toContain('花巻 一郎');
    expect(text).toContain('昭和59年5月10日');
    expect(text).toMatch(/花城町1番1号/);
  });

  it('voids a form with a reason and creates a fresh one on the next fill', async () => {
    const target = form('kokuho-shikaku-todoke');
    expect((await clerk.json('POST', `/api/visits/${visitId}/forms/${target.formId}/void`, { reason: ' ' })).status).toBe(422);
    const voided = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms/${target.formId}/void`, { reason: '記入誤りのため再作成' });
    expect(voided.status).toBe(200);
    const refilled = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms`);
    await refresh(refilled.body.position);
    expect(forms.forms.filter((f) => f.templateId === 'kokuho-shikaku-todoke').map((f) => f.voided)).toEqual([true, false]);
  });

  it("shows every form event on the visit's timeline in plain Japanese, the void with its reason, and never a signature's image", async () => {
    const printed = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms/printed`, { formIds: [form('jumin-ido-todoke').formId], printer: '1番窓口プリンター' });
    expect(printed.status).toBe(200);
    const supervisor = new ApiClient(server.url);
    await supervisor.login('shimin-toroku-kantoku', TEST_PASSWORD);
    const timeline = await supervisor.json<{ entries: Array<{ type: string; text: string }> }>('GET', `/api/visits/${visitId}/timeline?after=${encodeURIComponent(printed.body.position)}`);
    expect(timeline.status).toBe(200);
    const texts = (type: string) => timeline.body.entries.filter((e) => e.type === type).map((e) => e.text);
    expect(texts('FormFilled')).toEqual(expect.arrayContaining([expect.stringMatching(/^申請書「国民健康保険.*」を作成しました/)]));
    expect(texts('FormCorrected').length).toBeGreaterThan(0);
    expect(texts('FormSigned')).toEqual(expect.arrayContaining([expect.stringMatching(/に署名を受けました$/)]));
    expect(texts('FormPrinted')).toEqual([expect.stringMatching(/^申請書「住民異動届.*」を印刷しました（1番窓口プリンター）$/)]);
    expect(texts('FormVoided')).toEqual([expect.stringMatching(/を無効にしました（理由: 記入誤りのため再作成）$/)]);
    expect(JSON.stringify(timeline.body)).not.toMatch(/iVBORw0KGgo/);
    const types = timeline.body.entries.map((e) => e.type);
    expect(types.indexOf('VisitOpened')).toBeLessThan(types.indexOf('FormFilled'));
  });
});
