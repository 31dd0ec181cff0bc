import type { ActingStaff, ProposedProcedure, VisitEvent, VisitPerson } from '../../domain/visit';

export const metadata = { now: '2026-11-24T00:05:00.000Z', actor: 'staff-1', correlationId: 'c-1' };

export const clerkOf = (...departmentIds: string[]): ActingStaff => ({ staffId: 'staff-1', role: 'counter', departmentIds });

export const opened: VisitEvent = {
  type: 'VisitOpened',
  data: {
    visitId: 'v-1',
    officeId: 'honcho',
    departmentId: 'shimin-toroku',
    counterId: 'shimin-toroku-01',
    openedAt: metadata.now,
    openedBy: 'staff-1',
    ticketNumber: 7,
  },
};

export function person(overrides: Partial<VisitPerson> = {}): VisitPerson {
  return {
    personId: 'p-1',
    source: 'manual',
    atenaNumber: null,
    householdNumber: null,
    name: '花巻 太郎',
    nameKana: 'ハナマキ タロウ',
    birthDate: '1980-04-01',
    sex: 'male',
    relationship: '世帯主',
    isHouseholdHead: true,
    address: '岩手県花巻市花城町9番30号',
    details: {
      postalCode: '',
      addressLine: '岩手県花巻市花城町9番30号',
      katagaki: '',
      previousAddress: null,
      movedOn: null,
      nationality: null,
      residenceStatus: null,
    },
    applicant: true,
    concerned: true,
    facts: {
      insurance: { kokuho: false, koki: false, employee: true, kaigo: 'none', nenkin: '2号' },
      allowances: { jidoTeate: false, kodomoIryo: false, jidoFuyoTeate: false, hitorioyaIryo: false, tokubetsuJidoFuyoTeate: false, shogaiTecho: false },
      sealRegistered: false,
      hasMyNumberCard: true,
      registered: false,
    },
    ...overrides,
  };
}

export const proposal = (procedureId: string, departmentId = 'shimin-toroku'): ProposedProcedure => ({
  procedureId,
  departmentId,
  personIds: ['p-1'],
  reasons: [`${procedureId} の理由`],
  ruleIds: [`rule-${procedureId}`],
});

export const proposed = (...procedures: ProposedProcedure[]): VisitEvent => ({
  type: 'ProceduresProposed',
  data: { visitId: 'v-1', added: procedures, updated: [], withdrawn: [], catalogueRevision: 0 },
});

export const statusChanged = (procedureId: string, from: 'not_started' | 'in_progress' | 'done' | 'not_needed', to: typeof from, departmentId = 'shimin-toroku'): VisitEvent => ({
  type: 'ProcedureStatusChanged',
  data: { visitId: 'v-1', procedureId, from, to, departmentId, note: null },
});
