import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import type { VisitFormsDto } from '../../../application/form/read-models/visit-forms.dto';
import type { VisitOpenedDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act } from '../../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(120_000);

/** Each page's text, spaces removed (pdftotext -layout spreads a name over its box). */
function pageTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-pdf-'));
  try {
    writeFileSync(join(dir, 'f.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'f.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '')
      .map((page) => page.replace(/\s+/g, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const insurance = { kokuho: false, koki: false, employee: true, kaigo: 'none', nenkin: null };
const givenNames = ['太郎', '花子', '陽太', '結衣', '湊', '凛', '蒼', '紬', '樹', '葵', '律', '澪'];

/** A household of `size` moving in from outside Hanamaki: parents, children (under 18) and, from 12, grandparents. */
function family(size: number) {
  const children = size - 2 - (size >= 12 ? 2 : 0);
  return givenNames.slice(0, size).map((given, index) => {
    const role = index === 0 ? '世帯主' : index === 1 ? '妻' : index < 2 + children ? '子' : index === size - 2 ? '父' : '母';
    const birthDate = role === '世帯主' ? '1980-05-10' : role === '妻' ? '1982-08-20' : role === '子' ? `${2010 + (index % 14)}-06-0${(index % 9) + 1}` : `195${index % 10}-03-03`;
    return {
      name: `北上 ${given}`,
      nameKana: 'キタカミ',
      birthDate,
      sex: index % 2 === 0 ? 'male' : 'female',
      relationship: role,
      isHouseholdHead: index === 0,
      applicant: index === 0,
      address: '岩手県花巻市花城町1番1号 花城ハイツ101',
      concerned: true,
      insurance,
      hasMyNumberCard: true,
    };
  });
}

describe.each([7, 12])('a household of %i moving in: every person is on the printed forms, on 続紙 where the rows end', (size) => {
  let server: RunningServer;
  let clerk: ApiClient;
  let visitId: string;
  let forms: VisitFormsDto;
  const members = family(size);

  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    await clerk.login('shimin-toroku-01', TEST_PASSWORD);
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    visitId = opened.body.id;
    let revision = opened.body.revision;
    for (const member of members) revision = (await act(clerk, 'POST', `/api/visits/${visitId}/persons/manual`, member, revision)).result.revision;
    revision = (await act(clerk, 'PUT', `/api/visits/${visitId}/life-events`, { lifeEventIds: ['tennyu'] }, revision)).result.revision;
    await act(clerk, 'PUT', `/api/visits/${visitId}/answers`, { answers: { moved_from: 'other', keeps_employee_insurance: 'all_leave', jido_teate_claimant: 'head' } }, revision);
    const filled = await clerk.json<{ position: string }>('POST', `/api/visits/${visitId}/forms`);
    expect(filled.status).toBe(200);
    forms = (await clerk.json<VisitFormsDto>('GET', `/api/visits/${visitId}/forms?after=${encodeURIComponent(filled.body.position)}`)).body;
  });
  afterAll(() => server.stop());

  /** Completes a form's required items, signs every signature box, prints it alone and reads each page back. */
  async function printed(templateId: string): Promise<string[]> {
    const form = forms.forms.find((f) => f.templateId === templateId && !f.voided);
    expect([templateId, form !== undefined]).toEqual([templateId, true]);
    const values = Object.fromEntries(form!.fields.filter((f) => f.required && f.value === null).map((f) => [f.id, f.choices[0]?.value ?? (f.type === 'date' ? '2026-11-20' : f.type === 'checkbox' ? true : '記入')]));
    if (Object.keys(values).length > 0) expect((await clerk.json('PUT', `/api/visits/${visitId}/forms/values`, { formId: form!.formId, values })).status).toBe(200);
    const png = (await QRCode.toBuffer('signature stand-in', { width: 200 })).toString('base64');
    for (const box of form!.signatureFields) {
      const signed = await clerk.json('POST', `/api/visits/${visitId}/forms/${form!.formId}/signature`, { fieldId: box.id, png: `data:image/png;base64,${png}` });
      expect(signed.status).toBe(200);
    }
    const response = await clerk.request('GET', `/api/visits/${visitId}/forms/${form!.formId}/pdf`);
    expect([templateId, response.status]).toEqual([templateId, 200]);
    return pageTexts(Buffer.from(await response.arrayBuffer()));
  }

  const count = (text: string, name: string) => text.split(name.replace(/\s+/g, '')).length - 1;
  const rowsOf = (pages: string[], rowsPerSheet: number, sheets: number) => {
    expect(pages).toHaveLength(sheets);
    if (sheets > 1) expect(pages[0]).toContain(`1/${sheets}（続紙あり）`);
    else expect(pages[0]).not.toContain('続紙');
    for (let sheet = 2; sheet <= sheets; sheet++) expect(pages[sheet - 1]).toContain(`続紙${sheet}/${sheets}`);
    return rowsPerSheet;
  };

  it('住民異動届 lists every mover once, six a sheet', async () => {
    const pages = await printed('jumin-ido-todoke');
    rowsOf(pages, 6, Math.ceil(size / 6));
    // The head is also 新しい世帯主 (repeated on every sheet) and 届出人: count the others, once each.
    for (const member of members.slice(1)) expect([member.name, count(pages.join(''), member.name)]).toEqual([member.name, 1]);
    members.forEach((member, index) => expect([member.name, pages[Math.floor(index / 6)]!.includes(member.name.replace(/\s+/g, ''))]).toEqual([member.name, true]));
  });

  it('国保 資格取得届 lists every person who joins 国保 once, five a sheet (those of 75 and over join 後期 instead)', async () => {
    const pages = await printed('kokuho-shikaku-todoke');
    const joining = members.filter((member) => Number(member.birthDate.slice(0, 4)) > 1951);
    rowsOf(pages, 5, Math.ceil(joining.length / 5));
    for (const member of joining.slice(1)) expect([member.name, count(pages.join(''), member.name)]).toEqual([member.name, 1]);
    joining.forEach((member, index) => expect([member.name, pages[Math.floor(index / 5)]!.includes(member.name.replace(/\s+/g, ''))]).toEqual([member.name, true]));
    for (const member of members.filter((m) => !joining.includes(m))) expect([member.name, count(pages.join(''), member.name)]).toEqual([member.name, 0]);
  });

  it('児童手当 認定請求書 lists every child once, four a sheet', async () => {
    const children = members.filter((member) => member.relationship === '子');
    expect(children.length).toBeGreaterThanOrEqual(5);
    const pages = await printed('jido-teate-nintei-seikyu');
    rowsOf(pages, 4, Math.ceil(children.length / 4));
    for (const child of children) expect([child.name, count(pages.join(''), child.name)]).toEqual([child.name, 1]);
  });
});
