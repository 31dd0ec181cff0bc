import type { VisitWorkspaceDto } from '../../application/visit/read-models/visit-workspace.dto';
import type { ApiClient } from './api-client';

export interface Changed {
  id: string;
  revision: number;
  position: string | null;
  changed: boolean;
}

const insurance = (employee: boolean) => ({ kokuho: false, koki: false, employee, kaigo: 'none', nenkin: null });

/** The acceptance family moving in from outside Hanamaki: parents in their 40s, a 3-year-old, a 70-year-old. */
export const movingFamily = [
  { name: '花巻 一郎', nameKana: 'ハナマキ イチロウ', birthDate: '1984-05-10', sex: 'male', relationship: '世帯主', isHouseholdHead: true, applicant: true },
  { name: '花巻 春子', nameKana: 'ハナマキ ハルコ', birthDate: '1986-08-20', sex: 'female', relationship: '妻', isHouseholdHead: false, applicant: false },
  { name: '花巻 陽太', nameKana: 'ハナマキ ヨウタ', birthDate: '2023-06-01', sex: 'male', relationship: '子', isHouseholdHead: false, applicant: false },
  { name: '花巻 トメ', nameKana: 'ハナマキ トメ', birthDate: '1956-03-03', sex: 'female', relationship: '母', isHouseholdHead: false, applicant: false },
].map((p) => ({ ...p, address: '岩手県花巻市花城町1番1号 花城ハイツ101', concerned: true, insurance: insurance(true), hasMyNumberCard: p.relationship !== '子' }));

/** Runs a visit command and waits until the read models show it; returns the fresh workspace. */
export async function act(client: ApiClient, method: string, path: string, body: unknown, revision?: number): Promise<{ status: number; result: Changed & { detail?: string; code?: string }; workspace?: VisitWorkspaceDto }> {
  const response = await client.request(method, path, body, revision === undefined ? {} : { 'If-Match': `"${revision}"` });
  const result = (await response.json()) as Changed & { detail?: string; code?: string };
  if (response.status !== 200 || !result.id) return { status: response.status, result };
  const after = result.position ? `?after=${encodeURIComponent(result.position)}` : '';
  const workspace = (await client.json<VisitWorkspaceDto>('GET', `/api/visits/${result.id}${after}`)).body;
  return { status: response.status, result, workspace };
}
