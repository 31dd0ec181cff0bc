import {
  buildHouseholdSummary,
  buildProposalContext,
  type LifeEventDefinition,
  type ProcedureCatalogue,
  type ProcedureDefinition,
  proposeProcedures,
  type ProposalContext,
  type ProposalRule,
  renderReason,
  selectInterviewQuestions,
} from '../../../domain/procedure';
import { aPerson, factsOf } from './person-facts.builder';

const procedure = (id: string, extra: Partial<ProcedureDefinition> = {}): ProcedureDefinition => ({
  id,
  name: id,
  category: 'テスト',
  departmentId: 'shimin-toroku',
  formIds: [],
  description: id,
  perPerson: true,
  active: true,
  ...extra,
});

const lifeEvent = (id: string, extra: Partial<LifeEventDefinition> = {}): LifeEventDefinition => ({
  id,
  name: id,
  description: id,
  questions: [],
  active: true,
  ...extra,
});

const rule = (id: string, procedureId: string, extra: Partial<ProposalRule> = {}): ProposalRule => ({
  id,
  procedureId,
  lifeEventIds: ['tennyu'],
  scope: 'visit',
  when: true,
  reason: `${id}のため`,
  active: true,
  ...extra,
});

const catalogueOf = (rules: ProposalRule[], procedures?: ProcedureDefinition[], lifeEvents?: LifeEventDefinition[]): ProcedureCatalogue => ({
  procedures: procedures ?? [procedure('first'), procedure('second'), procedure('third')],
  lifeEvents: lifeEvents ?? [lifeEvent('tennyu', { concernedLeaveHousehold: false }), lifeEvent('shibo', { concernedLeaveHousehold: true })],
  rules,
});

const father = aPerson({ name: '花巻 一郎', age: 45, isHouseholdHead: true, concerned: true, sex: 'male' });
const grandmother = aPerson({ name: '花巻 ハナ', age: 72, relationship: '母', concerned: true, sex: 'female' });
const neighbourInHousehold = aPerson({ name: '花巻 次郎', age: 20, relationship: '子', concerned: false });

function contextFor(lifeEvents: string[], answers: Record<string, unknown> = {}): ProposalContext {
  return buildProposalContext(catalogueOf([]), { lifeEvents, answers, persons: [father, grandmother, neighbourInHousehold] });
}

describe('proposeProcedures', () => {
  it('proposes a visit-scope procedure once, with no persons and the rendered reason', () => {
    const catalogue = catalogueOf([rule('always', 'first', { reason: '世帯の{{household.size}}人が転入するため' })], [procedure('first', { perPerson: false })]);
    expect(proposeProcedures(catalogue, contextFor(['tennyu']))).toEqual({
      proposals: [{ procedureId: 'first', personIds: [], reasons: ['世帯の3人が転入するため'], ruleIds: ['always'] }],
      problems: [],
    });
  });

  it('gives a visit-scope procedure made per person to each concerned person who may have it, and none when nobody may', () => {
    const fifteenOrOlder = { when: { '>=': [{ var: 'person.age' }, 15] }, text: '15歳以上の方が登録できます' };
    const child = aPerson({ name: '花巻 三郎', age: 8, relationship: '子', concerned: true });
    const persons = [father, child];
    const catalogue = catalogueOf([rule('seal', 'first')], [procedure('first', { eligibility: fifteenOrOlder })]);
    const [proposal] = proposeProcedures(catalogue, buildProposalContext(catalogue, { lifeEvents: ['tennyu'], answers: {}, persons })).proposals;
    expect(proposal?.personIds).toEqual([father.personId]);
    expect(proposeProcedures(catalogue, buildProposalContext(catalogue, { lifeEvents: ['tennyu'], answers: {}, persons: [child] })).proposals).toEqual([]);
  });

  it('evaluates a person-scope rule for every person, concerned or not, with that person in context', () => {
    const catalogue = catalogueOf([
      rule('adults', 'first', { scope: 'person', when: { '>=': [{ var: 'person.age' }, 20] }, reason: '{{person.name}}さん（{{person.age}}歳）' }),
    ]);
    const [proposal] = proposeProcedures(catalogue, contextFor(['tennyu'])).proposals;
    expect(proposal?.personIds).toEqual([father.personId, grandmother.personId, neighbourInHousehold.personId]);
    expect(proposal?.reasons).toEqual(['花巻 一郎さん（45歳）', '花巻 ハナさん（72歳）', '花巻 次郎さん（20歳）']);
  });

  it('merges the persons, reasons and rules of several rules into one proposal per procedure', () => {
    const catalogue = catalogueOf([
      rule('elderly', 'first', { scope: 'person', when: { '>=': [{ var: 'person.age' }, 65] }, reason: '{{person.name}}さんは65歳以上' }),
      rule('head', 'first', { scope: 'person', when: { var: 'person.isHouseholdHead' }, reason: '{{person.name}}さんは世帯主' }),
      rule('again', 'first', { scope: 'person', when: { var: 'person.isHouseholdHead' }, reason: '{{person.name}}さんは世帯主' }),
    ]);
    expect(proposeProcedures(catalogue, contextFor(['tennyu'])).proposals).toEqual([
      {
        procedureId: 'first',
        personIds: [father.personId, grandmother.personId],
        reasons: ['花巻 ハナさんは65歳以上', '花巻 一郎さんは世帯主'],
        ruleIds: ['elderly', 'head', 'again'],
      },
    ]);
  });

  it('lists proposals in catalogue order, not in rule order', () => {
    const catalogue = catalogueOf([rule('r3', 'third'), rule('r1', 'first')]);
    expect(proposeProcedures(catalogue, contextFor(['tennyu'])).proposals.map((proposal) => proposal.procedureId)).toEqual(['first', 'third']);
  });

  it('uses only rules of the chosen life events', () => {
    const catalogue = catalogueOf([rule('on-death', 'first', { lifeEventIds: ['shibo'] }), rule('on-move', 'second')]);
    expect(proposeProcedures(catalogue, contextFor(['tennyu'])).proposals.map((proposal) => proposal.procedureId)).toEqual(['second']);
  });

  it('ignores inactive rules, inactive procedures and inactive life events', () => {
    const catalogue = catalogueOf(
      [rule('off', 'first', { active: false }), rule('on-inactive-procedure', 'second'), rule('on-inactive-event', 'third', { lifeEventIds: ['shibo'] })],
      [procedure('first'), procedure('second', { active: false }), procedure('third')],
      [lifeEvent('tennyu'), lifeEvent('shibo', { active: false })],
    );
    expect(proposeProcedures(catalogue, contextFor(['tennyu', 'shibo']))).toEqual({ proposals: [], problems: [] });
  });

  it('skips a rule that cannot be evaluated, reports it per person, and still proposes the others', () => {
    const catalogue = catalogueOf([
      rule('broken', 'first', { scope: 'person', when: { regex: ['x'] } }),
      rule('fine', 'second'),
    ]);
    const result = proposeProcedures(catalogue, contextFor(['tennyu']));
    expect(result.proposals.map((proposal) => proposal.procedureId)).toEqual(['second']);
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toMatchObject({ ruleId: 'broken', personId: father.personId });
    expect(result.problems[0]?.message).toContain('regex');
  });

  it('reports a rule whose procedure is not in the catalogue instead of proposing it', () => {
    const result = proposeProcedures(catalogueOf([rule('orphan', 'nowhere')]), contextFor(['tennyu']));
    expect(result).toEqual({ proposals: [], problems: [{ ruleId: 'orphan', message: expect.stringContaining('nowhere') }] });
  });

  it('reads interview answers', () => {
    const catalogue = catalogueOf([rule('dog', 'first', { when: { var: 'answers.has_dog' } })]);
    expect(proposeProcedures(catalogue, contextFor(['tennyu'], { has_dog: false })).proposals).toEqual([]);
    expect(proposeProcedures(catalogue, contextFor(['tennyu'], { has_dog: true })).proposals).toHaveLength(1);
  });
});

describe('renderReason', () => {
  const context = contextFor(['tennyu'], { count: 2, wants: true, list: ['a', 'b'] });

  it('fills person, household and answer placeholders', () => {
    expect(renderReason('{{ person.name }}さん・{{household.size}}人・{{answers.count}}通', { ...context, person: factsOf(grandmother) })).toBe('花巻 ハナさん・3人・2通');
  });

  it('writes yes/no and lists in Japanese and leaves unknown placeholders empty', () => {
    expect(renderReason('{{answers.wants}}/{{answers.list}}/{{answers.nothing}}/{{person.name}}', context)).toBe('はい/a、b//');
  });
});

describe('buildHouseholdSummary', () => {
  const persons = [
    aPerson({ age: 0, concerned: true }),
    aPerson({ age: 15 }),
    aPerson({ age: 18 }),
    aPerson({ age: 40, concerned: true }),
    aPerson({ age: 65 }),
    aPerson({ age: 75 }),
  ];

  it('counts the household by age band', () => {
    expect(buildHouseholdSummary(persons.map(factsOf))).toEqual({ size: 6, children: 2, under16: 2, under19: 3, over64: 2, over74: 1, remainingAfter: 6 });
  });

  it('counts only those not concerned as remaining when the concerned leave', () => {
    expect(buildHouseholdSummary(persons.map(factsOf), true).remainingAfter).toBe(4);
  });

  it('takes "the concerned leave" from the chosen life events', () => {
    const input = { answers: {}, persons };
    expect(buildProposalContext(catalogueOf([]), { ...input, lifeEvents: ['shibo'] }).household.remainingAfter).toBe(4);
    expect(buildProposalContext(catalogueOf([]), { ...input, lifeEvents: ['tennyu'] }).household.remainingAfter).toBe(6);
  });
});

describe('selectInterviewQuestions', () => {
  const question = (id: string, askIf?: ProposalRule['when']) => ({ id, text: id, type: 'boolean' as const, required: false, ...(askIf === undefined ? {} : { askIf }) });
  const catalogue = catalogueOf([], undefined, [
    lifeEvent('tennyu', { questions: [question('has_dog'), question('pregnant', { '>': [{ var: 'household.size' }, 5] })] }),
    lifeEvent('tenkyo', { questions: [question('has_dog'), question('broken', { regex: [] })] }),
  ]);

  it('asks a shared question once, skips those whose askIf is false, and asks when askIf is broken', () => {
    const context = buildProposalContext(catalogue, { lifeEvents: ['tennyu', 'tenkyo'], answers: {}, persons: [father] });
    expect(selectInterviewQuestions(catalogue, context).map((q) => q.id)).toEqual(['has_dog', 'broken']);
  });
});
