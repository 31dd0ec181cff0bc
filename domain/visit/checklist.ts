/**
 * 未着手 / 対応中 / 完了 / 不要, as the events record it. The published vocabulary (with the labels) is
 * application/visit/contracts/procedure-status.contract.ts, kept the same by its conformance check.
 */
export type ProcedureStatus = 'not_started' | 'in_progress' | 'done' | 'not_needed';

export const openStatuses: readonly ProcedureStatus[] = ['not_started', 'in_progress'];

/** A procedure proposed by the rules (with why) or added by hand. */
export interface ProposedProcedure {
  readonly procedureId: string;
  /** The department that owns it at this visit's office (a branch office owns everything). */
  readonly departmentId: string;
  readonly personIds: readonly string[];
  readonly reasons: readonly string[];
  readonly ruleIds: readonly string[];
}

export interface ChecklistItem extends ProposedProcedure {
  readonly origin: 'proposed' | 'manual';
  readonly status: ProcedureStatus;
  readonly dropped: boolean;
  /** Why it was dropped, or set 不要, or added by hand. */
  readonly note: string | null;
}

export function isOpen(item: ChecklistItem): boolean {
  return !item.dropped && openStatuses.includes(item.status);
}

/**
 * The checklist after a new proposal: proposed items still untouched and no longer proposed go away;
 * items already in progress, done, set 不要, dropped or added by hand stay as they are.
 */
export function mergeProposals(current: readonly ChecklistItem[], proposals: readonly ProposedProcedure[]): {
  readonly added: ProposedProcedure[];
  readonly updated: ProposedProcedure[];
  readonly withdrawn: string[];
} {
  const byId = new Map(current.map((item) => [item.procedureId, item]));
  const proposedIds = new Set(proposals.map((p) => p.procedureId));
  const added: ProposedProcedure[] = [];
  const updated: ProposedProcedure[] = [];
  for (const proposal of proposals) {
    const existing = byId.get(proposal.procedureId);
    if (!existing) added.push(proposal);
    else if (!existing.dropped && existing.origin === 'proposed' && !sameProposal(existing, proposal)) updated.push(proposal);
  }
  const withdrawn = current
    .filter((item) => item.origin === 'proposed' && !item.dropped && item.status === 'not_started' && !proposedIds.has(item.procedureId))
    .map((item) => item.procedureId);
  return { added, updated, withdrawn };
}

function sameProposal(item: ProposedProcedure, proposal: ProposedProcedure): boolean {
  return (
    item.departmentId === proposal.departmentId &&
    JSON.stringify(item.personIds) === JSON.stringify(proposal.personIds) &&
    JSON.stringify(item.reasons) === JSON.stringify(proposal.reasons)
  );
}
