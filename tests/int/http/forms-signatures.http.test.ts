import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { VisitFormDto, VisitFormsDto } from '../../../application/form/read-models/visit-forms.dto';
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
    return execFileSync('pdftotext', [join(dir, 'f.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Problem {
  code: string;
  detail: string;
  errors?: Array<{ field: string; message: string }>;
}

/**
 * Printing waits for the required signatures: a form whose required box is empty is refused (the PDF and the
 * record of printing alike, nothing appended), unless the clerk records that the resident signed on paper; an
 * optional box (保証人) never blocks.
 */
describe('signatures before printing, over HTTP', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  let supervisor: ApiClient;
  let visitId: string;
  let forms: VisitFormsDto;

  const refresh = async (position: string | null) => {
    forms = (await clerk.json<VisitFormsDto>('GET', `/api/visits/${visitId}/forms${position ? `?after=${encodeURIComponent(position)}` : ''}`)).body;
  };
  const form = (templateId: string): VisitFormDto => forms.forms.find((f) => f.templateId === templateId && !f.voided)!;
  const pdf = (formId: string) => clerk.request('GET', `/api/visits/${visitId}/forms/${formId}/pdf`);
  const printed = (body: unknown) => clerk.json<Problem & { position: string; revision: number }>('POST', `/api/visits/${visitId}/forms/printed`, body);
  const timeline = async (position: string) =>
    (await supervisor.json<{ entries: Array<{ type: string; text: string }> }>('GET', `/api/visits/${visitId}/timeline?after=${encodeURIComponent(position)}`)).body.entries;
  const complete = async (f: VisitFormDto) => {
    const values = Object.fromEntries(f.fields.filter((x) => x.required && x.value === null).map((x) => [x.id, x.choices[0]?.value ?? (x.type === 'date' ? '2026-11-20' : '記入')]));
    if (Object.keys(values).length === 0) return;
    const saved = await clerk.json<{ position: string }>('PUT', `/api/visits/${visitId}/forms/values`, { formId: f.formId, values });
    expect(saved.status).toBe(200);
    await refresh(saved.body.position);
  };
  const sign = async (f: VisitFormDto, fieldId: string) => {
    const png = (await QRCode.toBuffer(`signature of ${fieldId}`, { width: 200 })).toString('base64');
    const signed = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms/${f.formId}/signature`, { fieldId, png: `data:image/png;base64,${png}` });
    expect(signed.status).toBe(200);
    await refresh(signed.body.position);
  };

  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
    supervisor = new ApiClient(server.url);
    await supervisor.login('shimin-toroku-kantoku', TEST_PASSWORD);
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    visitId = opened.body.id;
    let revision = (await act(clerk, 'POST', `/api/visits/${visitId}/persons/manual`, movingFamily[0], opened.body.revision)).result.revision;
    revision = (await act(clerk, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tennyu'] }, revision)).result.revision;
    await act(clerk, 'PUT', `/api/visits/${visitId}/answers`, { answers: { moved_from: 'other', wants_seal_registration: true } }, revision);
    const filled = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms`);
    expect(filled.status).toBe(200);
    await refresh(filled.body.position);
    await complete(form('jumin-ido-todoke'));
    await complete(form('inkan-toroku-shinsei'));
  });
  afterAll(() => server.stop());

  it('says which boxes are required and which stop printing', () => {
    expect(form('inkan-toroku-shinsei').signatureFields).toEqual([
      { id: 'guarantor_signature', label: '保証人 署名', required: false, signed: false, signedOnPaper: false },
      { id: 'applicant_signature', label: '届出人（申請者） 署名', required: true, signed: false, signedOnPaper: false },
    ]);
    expect(form('inkan-toroku-shinsei').signatureRequired).toEqual(['届出人（申請者） 署名']);
    expect(form('jumin-ido-todoke')).toMatchObject({ missingRequired: [], signatureRequired: ['届出人（申請者） 署名'], signedOnPaper: null });
  });

  it('refuses the PDF and the record of printing while a required signature is empty, and appends nothing', async () => {
    const ido = form('jumin-ido-todoke');
    const refusedPdf = await pdf(ido.formId);
    expect(refusedPdf.status).toBe(422);
    const problem = (await refusedPdf.json()) as Problem;
    expect(problem.code).toBe('FORM.SIGNATURE_REQUIRED');
    expect(problem.detail).toContain('署名が必要なため印刷できません');
    expect(problem.errors).toEqual([{ field: `${ido.formId}.applicant_signature`, message: '住民異動届: 「届出人（申請者） 署名」の署名が必要です。' }]);

    const before = forms.revision;
    const refused = await printed({ formIds: [ido.formId] });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('FORM.SIGNATURE_REQUIRED');
    const blankNote = await printed({ formIds: [ido.formId], signedOnPaper: { note: '   ' } });
    expect(blankNote.status).toBe(422);
    expect(blankNote.body.code).toBe('FORM.PAPER_NOTE_REQUIRED');
    const badShape = await printed({ formIds: [ido.formId], signedOnPaper: '紙' });
    expect(badShape.status).toBe(400);
    await refresh(null);
    expect(forms.revision).toBe(before);
    expect(form('jumin-ido-todoke').printedAt).toBeNull();
  });

  it('prints a form whose optional 保証人 box is empty once the required box is signed', async () => {
    const inkan = form('inkan-toroku-shinsei');
    await sign(inkan, 'applicant_signature');
    expect(form('inkan-toroku-shinsei').signatureRequired).toEqual([]);
    const response = await pdf(inkan.formId);
    expect(response.status).toBe(200);
    expect(pdfText(Buffer.from(await response.arrayBuffer()))).toContain('印鑑登録申請書');
    const done = await printed({ formIds: [inkan.formId] });
    expect(done.status).toBe(200);
    await refresh(done.body.position);
    expect(form('inkan-toroku-shinsei').printedAt).not.toBeNull();
  });

  it('prints unsigned with the clerk\'s 紙で署名済み note, which the timeline shows', async () => {
    const ido = form('jumin-ido-todoke');
    const done = await printed({ formIds: [ido.formId], printer: '1番窓口プリンター', signedOnPaper: { note: '印刷した申請書にご本人が自署' } });
    expect(done.status).toBe(200);
    await refresh(done.body.position);
    expect(form('jumin-ido-todoke')).toMatchObject({
      signatureRequired: [],
      signedOnPaper: { note: '印刷した申請書にご本人が自署' },
      signatureFields: [{ id: 'applicant_signature', signed: false, signedOnPaper: true }],
    });

    // The PDF now prints, the box empty for the hand signature, the resident's data filled in.
    const response = await pdf(ido.formId);
    expect(response.status).toBe(200);
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('住民異動届');
    expect(text).toContain('花巻一郎');

    const entries = await timeline(done.body.position);
    const prints = entries.filter((e) => e.type === 'FormPrinted').map((e) => e.text);
    expect(prints).toEqual([
      expect.stringMatching(/^申請書「印鑑登録申請書」を印刷しました（browser）$/),
      '申請書「住民異動届」を印刷しました（1番窓口プリンター）。紙で署名済み: 「住民異動届」（メモ: 印刷した申請書にご本人が自署）',
    ]);
  });
});
