import {
  buildProposalContext,
  proposeProcedures,
  selectInterviewQuestions,
  type LifeEventDefinition,
  type ProcedureCatalogue,
  type ProcedureDefinition,
  type ProposalRule,
} from '../../../domain/procedure';
import { aPerson } from './person-facts.builder';

const procedure = (id: string): ProcedureDefinition => ({ id, name: id, category: 'テスト', departmentId: 'shimin-toroku', formIds: [], description: id, perPerson: true, active: true });
const personRule = (id: string, lifeEventIds: string[], when: unknown = { var: 'person.concerned' }): ProposalRule => ({
  id,
  procedureId: id,
  lifeEventIds,
  scope: 'person',
  when: when as ProposalRule['when'],
  reason: '{{person.name}}さん',
  active: true,
});

const konin: LifeEventDefinition = {
  id: 'konin',
  name: '婚姻',
  description: '結婚',
  active: true,
  questions: [],
  roles: [
    { role: 'husband', concerned: true, multiple: false, required: true, defaultWhen: { and: [{ var: 'person.concerned' }, { '==': [{ var: 'person.sex' }, 'male'] }] } },
    { role: 'wife', concerned: true, multiple: false, required: true, defaultWhen: { and: [{ var: 'person.concerned' }, { '==': [{ var: 'person.sex' }, 'female'] }] } },
    { role: 'notifier', concerned: false, multiple: false, required: false, defaultWhen: { var: 'person.applicant' } },
  ],
};
const rikon: LifeEventDefinition = { ...konin, id: 'rikon', name: '離婚' };
const tenkyo: LifeEventDefinition = {
  id: 'tenkyo',
  name: '転居',
  description: '市内の引っ越し',
  active: true,
  concernedLeaveHousehold: true,
  roles: [{ role: 'subject', concerned: true, multiple: true, required: true, defaultWhen: { var: 'person.concerned' } }],
  questions: [
    { id: 'has_school_children', text: '小中学生はいますか', type: 'boolean', required: true, knownFrom: { if: [{ some: [{ var: 'persons' }, { and: [{ var: 'concerned' }, { '<=': [6, { var: 'age' }, 15] }] }] }, true, null] } },
    { id: 'has_dog', text: '犬を飼っていますか', type: 'boolean', required: true },
  ],
};

const catalogue: ProcedureCatalogue = {
  procedures: [procedure('for-divorce'), procedure('for-move'), procedure('for-notifier')],
  lifeEvents: [konin, rikon, tenkyo],
  rules: [personRule('for-divorce', ['rikon']), personRule('for-move', ['tenkyo']), personRule('for-notifier', ['rikon'], { in: ['notifier', { var: 'person.roles' }] })],
};

const husband = aPerson({ name: '花巻 一郎', sex: 'male', age: 40, concerned: true, applicant: true, isHouseholdHead: true });
const wife = aPerson({ name: '花巻 花子', sex: 'female', age: 38, concerned: true, relationship: '妻' });
const son = aPerson({ name: '花巻 三郎', sex: 'male', age: 9, relationship: '子' });

describe('participants per life event', () => {
  it('gives each role by the catalogue default: the concerned man is the husband, the woman the wife, the applicant the notifier', () => {
    const context = buildProposalContext(catalogue, { lifeEvents: ['konin'], answers: {}, persons: [husband, wife, son] });
    expect(context.participants['konin']).toEqual({ husband: [husband.personId], wife: [wife.personId], notifier: [husband.personId] });
    expect(context.persons.map((p) => p.roles)).toEqual([['husband', 'notifier'], ['wife'], []]);
  });

  it("lets the clerk's assignment replace the default for that person and event only", () => {
    const assignments = { konin: { [husband.personId]: ['notifier'], [son.personId]: ['husband'] } };
    const context = buildProposalContext(catalogue, { lifeEvents: ['konin'], answers: {}, persons: [husband, wife, son], assignments });
    expect(context.participants['konin']?.husband).toEqual([son.personId]);
    expect(context.participants['konin']?.notifier).toEqual([husband.personId]);
  });

  it('makes "concerned" per event: with 離婚 and 転居, the son who moves is concerned in the move only', () => {
    const assignments = { rikon: { [son.personId]: [] }, tenkyo: { [son.personId]: ['subject'] } };
    const context = buildProposalContext(catalogue, { lifeEvents: ['rikon', 'tenkyo'], answers: {}, persons: [husband, wife, son], assignments });
    const { proposals } = proposeProcedures(catalogue, context);
    expect(proposals.find((p) => p.procedureId === 'for-divorce')?.personIds).toEqual([husband.personId, wife.personId]);
    expect(proposals.find((p) => p.procedureId === 'for-move')?.personIds).toEqual([husband.personId, wife.personId, son.personId]);
    expect(proposals.find((p) => p.procedureId === 'for-notifier')?.personIds).toEqual([husband.personId]);
  });

  it('does not ask what the visit already knows, and the rules read the known value as the answer', () => {
    const context = buildProposalContext(catalogue, { lifeEvents: ['tenkyo'], answers: {}, persons: [husband, { ...son, concerned: true }] });
    expect(context.answers['has_school_children']).toBe(true);
    expect(selectInterviewQuestions(catalogue, context).map((q) => q.id)).toEqual(['has_dog']);
    const withoutChildren = buildProposalContext(catalogue, { lifeEvents: ['tenkyo'], answers: {}, persons: [husband] });
    expect(selectInterviewQuestions(catalogue, withoutChildren).map((q) => q.id)).toEqual(['has_school_children', 'has_dog']);
  });
});
