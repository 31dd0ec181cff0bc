import {
  type CatalogueIssue,
  type LifeEventDefinition,
  type ProcedureCatalogue,
  type ProcedureDefinition,
  type ProposalRule,
  type QuestionDefinition,
  validateCatalogue,
} from '../../../domain/procedure';

const departments = ['shimin-toroku', 'kokuho-iryo'];

const procedure: ProcedureDefinition = {
  id: 'kokuho-kanyu',
  name: '国民健康保険 加入',
  category: '国民健康保険',
  departmentId: 'kokuho-iryo',
  deadline: { text: '14日以内', days: 14 },
  formIds: ['kokuho-shikaku-todoke'],
  description: '加入の届出',
  perPerson: true,
  active: true,
};
const question: QuestionDefinition = { id: 'keeps_employee_insurance', text: '勤務先の健康保険を続けますか', type: 'boolean', required: true };
const lifeEvent: LifeEventDefinition = { id: 'tennyu', name: '転入', description: '市外から', questions: [question], active: true };
const rule: ProposalRule = {
  id: 'kokuho-kanyu-tennyu',
  procedureId: 'kokuho-kanyu',
  lifeEventIds: ['tennyu'],
  scope: 'person',
  when: { and: [{ var: 'person.concerned' }, { '!': { var: 'answers.keeps_employee_insurance' } }] },
  reason: '{{person.name}}さん（{{person.age}}歳）は国民健康保険に加入します',
  active: true,
};
const valid: ProcedureCatalogue = { procedures: [procedure], lifeEvents: [lifeEvent], rules: [rule] };

function issuesOf(change: Partial<{ procedure: Partial<ProcedureDefinition>; lifeEvent: Partial<LifeEventDefinition>; question: Partial<QuestionDefinition>; rule: Partial<ProposalRule> }>): CatalogueIssue[] {
  const q = { ...question, ...change.question } as QuestionDefinition;
  return validateCatalogue(
    {
      procedures: [{ ...procedure, ...change.procedure }],
      lifeEvents: [{ ...lifeEvent, questions: [q], ...change.lifeEvent }],
      rules: [{ ...rule, ...change.rule }],
    },
    departments,
  );
}

describe('validateCatalogue', () => {
  it('finds nothing wrong in a valid catalogue', () => {
    expect(validateCatalogue(valid, departments)).toEqual([]);
  });

  it('reports repeated ids', () => {
    const issues = validateCatalogue({ ...valid, procedures: [procedure, procedure], rules: [rule, rule] }, departments);
    expect(issues).toEqual([
      { path: 'procedures[1].id', message: '手続のID「kokuho-kanyu」が重複しています' },
      { path: 'rules[1].id', message: 'ルールのID「kokuho-kanyu-tennyu」が重複しています' },
    ]);
  });

  it('reports badly written ids', () => {
    expect(issuesOf({ procedure: { id: 'Kokuho_Kanyu' } })).toContainEqual({ path: 'procedures[0].id', message: '手続のID「Kokuho_Kanyu」の書き方が正しくありません' });
  });

  it('reports a department the city does not have', () => {
    expect(issuesOf({ procedure: { departmentId: 'zeimu' } })).toEqual([{ path: 'procedures[0].departmentId', message: '担当課「zeimu」は市の設定にありません' }]);
  });

  it('reports a bad deadline, form id and empty texts', () => {
    const paths = issuesOf({ procedure: { deadline: { text: '', days: 0 }, formIds: ['Form 1'], name: ' ' } }).map((issue) => issue.path);
    expect(paths).toEqual(['procedures[0].name', 'procedures[0].formIds[0]', 'procedures[0].deadline.text', 'procedures[0].deadline.days']);
  });

  it('reports a rule for an unknown procedure or life event', () => {
    expect(issuesOf({ rule: { procedureId: 'nothing', lifeEventIds: ['tennyu', 'nowhere'] } })).toEqual([
      { path: 'rules[0].procedureId', message: '手続「nothing」はカタログにありません' },
      { path: 'rules[0].lifeEventIds[1]', message: '出来事「nowhere」はカタログにありません' },
    ]);
  });

  it('reports invalid JSON Logic with its place', () => {
    expect(issuesOf({ rule: { when: { and: [{ var: 'person.concerned' }, { regex: ['a'] }] } } })).toEqual([
      { path: 'rules[0].when.and[1]', message: '演算子「regex」は使えません' },
    ]);
  });

  it('reports data paths the context does not have, and person in a visit-scope rule', () => {
    expect(issuesOf({ rule: { when: { var: 'person.insurance.kokuhoo' } } })).toEqual([
      { path: 'rules[0].when', message: '「person.insurance.kokuhoo」は判定に使えるデータにありません' },
    ]);
    expect(issuesOf({ rule: { scope: 'visit', reason: '転入のため' } })).toContainEqual({
      path: 'rules[0].when.and[0]',
      message: '「person」は世帯員ごとのルール（scope: person）でだけ使えます',
    });
  });

  it('checks the fields read inside an iteration over persons', () => {
    expect(issuesOf({ rule: { when: { some: [{ var: 'persons' }, { var: 'agee' }] } } })).toEqual([
      { path: 'rules[0].when.some[1]', message: '「agee」は世帯員（persons）の項目にありません' },
    ]);
  });

  it('reports answers of questions the rule cannot see', () => {
    expect(issuesOf({ rule: { when: { var: 'answers.has_dog' } } })).toEqual([
      { path: 'rules[0].when', message: '質問「has_dog」はこのルールの出来事の質問にありません' },
    ]);
  });

  it('reports unknown placeholders in the reason', () => {
    expect(issuesOf({ rule: { reason: '{{person.nmae}}さん、{{answers.nothing}}' } })).toEqual([
      { path: 'rules[0].reason', message: '差し込み項目「{{person.nmae}}」: 「person.nmae」は判定に使えるデータにありません' },
      { path: 'rules[0].reason', message: '差し込み項目「{{answers.nothing}}」: 質問「nothing」はこのルールの出来事の質問にありません' },
    ]);
    expect(issuesOf({ rule: { reason: '{{person.insurance}}' } })[0]?.message).toContain('値ではない');
  });

  it('reports a choice question without choices, and choices on a yes/no question', () => {
    expect(issuesOf({ question: { type: 'choice' } })).toEqual([
      { path: 'lifeEvents[0].questions[0].choices', message: '選択式の質問には選択肢が2つ以上必要です' },
    ]);
    expect(issuesOf({ question: { choices: [{ value: 'a', label: 'A' }] } })).toEqual([
      { path: 'lifeEvents[0].questions[0].choices', message: '選択肢は選択式の質問にだけ書けます' },
    ]);
  });

  it('reports an askIf that reads an unknown or later question, or a person', () => {
    const later: QuestionDefinition = { id: 'later', text: '後の質問', type: 'boolean', required: false };
    const asking: QuestionDefinition = { ...question, askIf: { and: [{ var: 'answers.later' }, { var: 'person.age' }] } };
    const issues = validateCatalogue({ ...valid, lifeEvents: [{ ...lifeEvent, questions: [asking, later] }] }, departments);
    expect(issues).toEqual([
      { path: 'lifeEvents[0].questions[0].askIf.and[0]', message: '質問「later」は同じ出来事の前の質問にありません' },
      { path: 'lifeEvents[0].questions[0].askIf.and[1]', message: '「person」は世帯員ごとのルール（scope: person）でだけ使えます' },
    ]);
  });

  it('reports a question id shared by two life events with different types', () => {
    const other: LifeEventDefinition = { ...lifeEvent, id: 'tenkyo', questions: [{ ...question, type: 'text' }] };
    expect(validateCatalogue({ ...valid, lifeEvents: [lifeEvent, other] }, departments)).toEqual([
      { path: 'lifeEvents[1].questions[0]', message: '質問「keeps_employee_insurance」はほかの出来事にもあり、種類か選択肢が異なります' },
    ]);
  });
});
