import type {
  ChecklistItemDto,
  VisitPersonDto,
  VisitWorkspaceDto,
} from '@madoguchi/application/visit/read-models/visit-workspace.dto';

/** Test data: a family moving in, as the server would describe it (used by specs only). */
export function aPerson(extra: Partial<VisitPersonDto> = {}): VisitPersonDto {
  return {
    personId: 'p-1',
    source: 'manual',
    sourceLabel: '窓口で聞き取り',
    atenaNumber: null,
    name: '花巻 太郎',
    nameKana: 'ハナマキ タロウ',
    birthDate: '1982-05-10',
    age: 44,
    sexLabel: '男',
    relationship: '世帯主',
    isHouseholdHead: true,
    address: '岩手県花巻市花城町1番1号',
    details: { postalCode: '', addressLine: '岩手県花巻市花城町1番1号', katagaki: '', previousAddress: null, movedOn: null, nationality: null, residenceStatus: null },
    applicant: true,
    concerned: true,
    rolesAssignedIn: [],
    factLabels: ['市外から'],
    ...extra,
  };
}

export function anItem(extra: Partial<ChecklistItemDto> = {}): ChecklistItemDto {
  return {
    procedureId: 'kokuho-kanyu',
    name: '国民健康保険 加入',
    category: '国民健康保険',
    departmentId: 'kokuho-iryo',
    departmentName: '国保医療課',
    place: '本庁 本館1階 国保医療課',
    deadline: '転入した日から14日以内',
    bring: ['本人確認書類'],
    description: '国民健康保険に加入します',
    personNames: ['花巻 太郎'],
    reasons: ['花巻 太郎さんは勤め先の健康保険に入っていないため'],
    origin: 'proposed',
    status: 'not_started',
    statusLabel: '未着手',
    dropped: false,
    note: null,
    canChange: true,
    ...extra,
  };
}

export function aWorkspace(extra: Partial<VisitWorkspaceDto> = {}): VisitWorkspaceDto {
  const checklist = extra.checklist ?? [anItem()];
  const open = checklist.filter((item) => !item.dropped && (item.status === 'not_started' || item.status === 'in_progress')).length;
  return {
    id: 'v-1',
    status: 'open',
    statusLabel: '受付中',
    ticketNumber: 12,
    officeId: 'honcho',
    officeName: '花巻市役所 本庁',
    departmentId: 'shimin-toroku',
    departmentName: '市民登録課',
    counterId: 'shimin-toroku-01',
    counterName: '市民登録課 1番窓口',
    phase: 'in_service',
    openedAt: '2026-11-24T00:05:00Z',
    openedBy: 'st-1',
    openedByName: '高橋 恵',
    since: '2026-11-24T00:05:00Z',
    revision: 5,
    persons: [aPerson()],
    lifeEvents: [{ id: 'tennyu', name: '転入', roles: [{ role: 'subject', label: '異動者', concerned: true, multiple: true, required: true, personIds: ['p-1'] }], missingRoles: [] }],
    questions: [],
    knownAnswers: [],
    checklist,
    summary: {
      total: checklist.filter((item) => !item.dropped).length,
      open,
      done: checklist.filter((item) => !item.dropped && item.status === 'done').length,
      notNeeded: checklist.filter((item) => !item.dropped && item.status === 'not_needed').length,
    },
    handoffs: [],
    closedAt: null,
    closeReason: null,
    cancelReason: null,
    ...extra,
  };
}
