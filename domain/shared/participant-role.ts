/**
 * The parts a person plays in a life event (届出人, 夫, 母, 死亡者 ...): one vocabulary for the catalogue
 * (which roles a life event has), the rules (person.roles), the Visit (who plays which) and the forms
 * (bindings such as `role.husband.name`). A city's catalogue chooses among these and may label them.
 */
export const participantRoleLabels = {
  notifier: '届出人・申請者',
  subject: '対象者',
  headBefore: '世帯主（異動前）',
  headAfter: '世帯主（異動後）',
  husband: '夫',
  wife: '妻',
  father: '父',
  mother: '母',
  child: '子',
  deceased: '死亡者',
  claimant: '請求者',
  agent: '代理人',
} as const;

export type ParticipantRole = keyof typeof participantRoleLabels;

export const participantRoles = Object.keys(participantRoleLabels) as readonly ParticipantRole[];

export function isParticipantRole(value: unknown): value is ParticipantRole {
  return typeof value === 'string' && Object.hasOwn(participantRoleLabels, value);
}

/** Who plays which role in each chosen life event: lifeEventId → role → person ids, in household order. */
export type ParticipantsByEvent = Readonly<Record<string, Readonly<Partial<Record<ParticipantRole, readonly string[]>>>>>;
