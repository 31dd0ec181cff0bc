import type { LifeEventDefinition, ProcedureCatalogue } from '../../../domain/procedure/catalogue.types';
import { isParticipantRole, participantRoleLabels } from '../../../domain/shared';
import type { ProcedureStatus, VisitEvent, VisitPerson } from '../../../domain/visit';
import { procedureStatusLabels } from '../contracts/procedure-status.contract';
import type { CityDirectory } from '../../city/city-directory';
import { sourceLabels } from './person-labels';
import type { FormTimelineFact } from './visit-timeline.projection';

/** Names for ids, as of reading time. */
export interface TimelineNames {
  readonly city: CityDirectory;
  readonly catalogue: ProcedureCatalogue;
  readonly persons: ReadonlyMap<string, string>;
  /** A form's display name (its template's name), by form id. */
  readonly forms: ReadonlyMap<string, string>;
}

const procedureName = (names: TimelineNames, id: string) => names.catalogue.procedures.find((p) => p.id === id)?.name ?? id;
const counterName = (names: TimelineNames, id: string | null) => (id ? (names.city.counter(id)?.name ?? id) : '窓口未定');
const list = (items: readonly string[]) => items.join('、');
const roleLabel = (event: LifeEventDefinition | undefined, role: string): string =>
  event?.roles?.find((r) => r.role === role)?.label ?? (isParticipantRole(role) ? participantRoleLabels[role] : role);
const withNote = (text: string, note: string | null | undefined) => (note ? `${text}（理由: ${note}）` : text);

/** One event of a visit in plain Japanese, for supervisors and auditors. */
export function describeVisitEvent(event: VisitEvent, names: TimelineNames): string {
  switch (event.type) {
    case 'VisitOpened': {
      const ticket = event.data.ticketNumber ? `（受付番号 ${event.data.ticketNumber}）` : '';
      return `${counterName(names, event.data.counterId)}で受付しました${ticket}`;
    }
    case 'VisitServiceStarted':
      return `${counterName(names, event.data.counterId)}で対応を開始しました`;
    case 'PersonAddedToVisit': {
      const p: VisitPerson = event.data.person;
      const role = p.applicant ? '来庁者' : p.concerned ? '手続きの対象者' : '世帯員';
      return `${role}として ${p.name} さん（${p.relationship}）を登録しました（${sourceLabels[p.source]}から）`;
    }
    case 'PersonRemovedFromVisit':
      return `${names.persons.get(event.data.personId) ?? '登録した方'} さんを外しました`;
    case 'PersonConcernChanged':
      return `${names.persons.get(event.data.personId) ?? '登録した方'} さんを手続きの対象${event.data.concerned ? 'に加えました' : 'から外しました'}`;
    case 'ParticipantRolesAssigned': {
      const who = names.persons.get(event.data.personId) ?? '登録した方';
      const lifeEvent = names.catalogue.lifeEvents.find((e) => e.id === event.data.lifeEventId);
      const eventName = lifeEvent?.name ?? event.data.lifeEventId;
      if (event.data.roles === null) return `${eventName}での ${who} さんの役割を既定に戻しました`;
      const labels = event.data.roles.map((role) => roleLabel(lifeEvent, role));
      return labels.length === 0 ? `${eventName}では ${who} さんに役割なしとしました` : `${eventName}での ${who} さんの役割を「${list(labels)}」にしました`;
    }
    case 'ParticipantsResolved': {
      const parts = Object.entries(event.data.participants).flatMap(([eventId, byRole]) => {
        const lifeEvent = names.catalogue.lifeEvents.find((e) => e.id === eventId);
        const roles = Object.entries(byRole).filter(([, ids]) => ids.length > 0).map(([role, ids]) => `${roleLabel(lifeEvent, role)} ${list(ids.map((id) => names.persons.get(id) ?? '登録した方'))}`);
        return roles.length > 0 ? [`${lifeEvent?.name ?? eventId}: ${roles.join(' / ')}`] : [];
      });
      return parts.length > 0 ? `役割が決まりました（${parts.join('。')}）` : '役割の割り当てがなくなりました';
    }
    case 'LifeEventsChosen':
      return `ライフイベントを「${list(event.data.lifeEventIds.map((id) => names.catalogue.lifeEvents.find((e) => e.id === id)?.name ?? id))}」にしました`;
    case 'InterviewAnswered':
      return `聞き取りの回答を記録しました（${Object.keys(event.data.answers).length}項目）`;
    case 'ProceduresProposed': {
      const parts: string[] = [];
      if (event.data.added.length) parts.push(`${list(event.data.added.map((p) => procedureName(names, p.procedureId)))} を提案`);
      if (event.data.updated.length) parts.push(`${event.data.updated.length}件の提案理由を更新`);
      if (event.data.withdrawn.length) parts.push(`${list(event.data.withdrawn.map((id) => procedureName(names, id)))} の提案を取り下げ`);
      return `システムが手続きを見直しました: ${parts.join('、')}`;
    }
    case 'ProcedureAddedByHand':
      return withNote(`「${procedureName(names, event.data.procedure.procedureId)}」を手動で追加しました（${names.city.departmentName(event.data.procedure.departmentId)}）`, event.data.note);
    case 'ProcedureDropped':
      return withNote(`「${procedureName(names, event.data.procedureId)}」をチェックリストから外しました`, event.data.reason);
    case 'ProcedureStatusChanged':
      return withNote(
        `「${procedureName(names, event.data.procedureId)}」を ${label(event.data.from)} から ${label(event.data.to)} にしました（${names.city.departmentName(event.data.departmentId)}）`,
        event.data.note,
      );
    case 'VisitHandedOff':
      return withNote(
        `${names.city.departmentName(event.data.fromDepartmentId)}から${names.city.departmentName(event.data.toDepartmentId)}${event.data.toCounterId ? `（${counterName(names, event.data.toCounterId)}）` : ''}へ引き継ぎました`,
        event.data.note,
      );
    case 'VisitClosed':
      return event.data.openProcedureIds.length > 0
        ? withNote(`受付を完了しました。未完了の手続き ${event.data.openProcedureIds.length}件（${list(event.data.openProcedureIds.map((id) => procedureName(names, id)))}）は案内票に記載`, event.data.reason)
        : '受付を完了しました（すべての手続きが完了または不要）';
    case 'VisitCancelled':
      return withNote('受付を取り消しました', event.data.reason);
    default:
      return '記録がありました';
  }
}

function label(status: ProcedureStatus): string {
  return `「${procedureStatusLabels[status]}」`;
}

const formName = (names: TimelineNames, formId: string) => `「${names.forms.get(formId) ?? '申請書'}」`;

/** One form event of a visit in plain Japanese (what the timeline keeps of it: never values or images). */
export function describeFormFact(fact: FormTimelineFact, names: TimelineNames): string {
  switch (fact.type) {
    case 'FormFilled': {
      const person = fact.personId ? names.persons.get(fact.personId) : undefined;
      return `申請書${formName(names, fact.formId)}を作成しました${person ? `（${person} さん）` : ''}`;
    }
    case 'FormCorrected':
      return fact.formId === null ? `申請書の共通の項目を入力・修正しました（${fact.items}項目）` : `申請書${formName(names, fact.formId)}の項目を入力・修正しました（${fact.items}項目）`;
    case 'FormSigned':
      return `申請書${formName(names, fact.formId)}に署名を受けました`;
    case 'FormPrinted': {
      const printed = `申請書${fact.formIds.map((id) => formName(names, id)).join('')}を印刷しました（${fact.printer}）`;
      const paper = fact.signedOnPaper;
      return paper ? `${printed}。紙で署名済み: ${paper.formIds.map((id) => formName(names, id)).join('')}（メモ: ${paper.note}）` : printed;
    }
    case 'FormVoided':
      return withNote(`申請書${formName(names, fact.formId)}を無効にしました`, fact.reason);
  }
}
