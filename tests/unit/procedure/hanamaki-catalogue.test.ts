import { buildProposalContext, selectInterviewQuestions, validateCatalogue } from '../../../domain/procedure';
import { hanamakiCatalogue as catalogue, hanamakiDepartmentIds as departmentIds, ids, personsOf, propose, proposalFor } from './hanamaki-catalogue.fixture';
import { aPerson } from './person-facts.builder';

describe('Hanamaki catalogue: the data', () => {
  it('is valid against the departments of city.json', () => {
    expect(validateCatalogue(catalogue, departmentIds)).toEqual([]);
  });

  it('is checked for real: without こども課 every procedure it owns is reported', () => {
    const issues = validateCatalogue(catalogue, departmentIds.filter((id) => id !== 'kodomo'));
    expect(issues.length).toBeGreaterThan(5);
    expect(issues.every((issue) => issue.message === '担当課「kodomo」は市の設定にありません')).toBe(true);
  });

  it('has the expected size: 50-80 procedures, the life events of the counter, a rule for every procedure', () => {
    expect(catalogue.procedures.length).toBeGreaterThanOrEqual(50);
    expect(catalogue.procedures.length).toBeLessThanOrEqual(80);
    expect(catalogue.lifeEvents.map((event) => event.id)).toEqual(
      expect.arrayContaining(['tennyu', 'tenshutsu', 'tenkyo', 'shussei', 'shibo', 'konin', 'rikon', 'shomeisho']),
    );
    const proposed = new Set(catalogue.rules.map((rule) => rule.procedureId));
    expect(catalogue.procedures.filter((procedure) => !proposed.has(procedure.id)).map((procedure) => procedure.id)).toEqual([]);
  });

  it('names the person in the reason of every person-scope rule', () => {
    const silent = catalogue.rules.filter((rule) => rule.scope === 'person' && !rule.reason.includes('{{person.name}}'));
    expect(silent.map((rule) => rule.id)).toEqual([]);
  });
});

describe('Hanamaki catalogue: 転入 of a family leaving employee insurance (acceptance scenario)', () => {
  // The father left his company to work for himself: the whole family leaves his employee insurance.
  const father = aPerson({ name: '花巻 太郎', age: 44, sex: 'male', relationship: '世帯主', isHouseholdHead: true, concerned: true, registered: false, hasMyNumberCard: true, insurance: { employee: true, nenkin: '2号' } });
  const mother = aPerson({ name: '花巻 花子', age: 42, sex: 'female', relationship: '妻', concerned: true, registered: false, hasMyNumberCard: true, insurance: { employee: true, nenkin: '3号' } });
  const child = aPerson({ name: '花巻 陽菜', age: 3, sex: 'female', relationship: '子', concerned: true, registered: false, insurance: { employee: true } });
  const grandfather = aPerson({ name: '花巻 一郎', age: 70, sex: 'male', relationship: '父', concerned: true, registered: false, hasMyNumberCard: true, insurance: { employee: true, kaigo: 'insured' } });
  const persons = [father, mother, child, grandfather];
  const answers = { moved_from: 'other', tenshutsu_method: 'certificate', keeps_employee_insurance: 'all_leave', jido_teate_claimant: 'head', claimant_is_public_servant: false, pregnant: false, wants_seal_registration: false, has_dog: false, has_moped: false, wants_childcare: false };
  const proposals = propose(['tennyu'], answers, persons);

  it('proposes exactly the follow-on procedures, in catalogue order', () => {
    expect(ids(proposals)).toEqual([
      'tennyu-todoke',
      'mynumber-keizoku-riyo',
      'mynumber-shomei-saihakko',
      'kokuho-kanyu',
      'kokuho-koreijukyusha',
      'nenkin-dai1go',
      'kaigo-shikaku-shutoku',
      'jido-teate-nintei',
      'kodomo-iryohi-toroku',
    ]);
  });

  it('proposes 国民健康保険 加入 for each person under 75, each with a reason naming them', () => {
    const proposal = proposalFor(proposals, 'kokuho-kanyu');
    expect(proposal.personIds).toEqual([father.personId, mother.personId, child.personId, grandfather.personId]);
    expect(proposal.reasons).toEqual([
      '花巻 太郎さん（44歳）は勤務先の健康保険をやめるため、やめた日から14日以内に国民健康保険への加入が必要です。',
      '花巻 花子さん（42歳）は勤務先の健康保険をやめるため、やめた日から14日以内に国民健康保険への加入が必要です。',
      '花巻 陽菜さん（3歳）は勤務先の健康保険をやめるため、やめた日から14日以内に国民健康保険への加入が必要です。',
      '花巻 一郎さん（70歳）は勤務先の健康保険をやめるため、やめた日から14日以内に国民健康保険への加入が必要です。',
    ]);
  });

  it('proposes the 高齢受給者証 and the 介護保険 items for the 70-year-old only', () => {
    expect(personsOf(proposals, 'kokuho-koreijukyusha')).toEqual([grandfather.personId]);
    expect(personsOf(proposals, 'kaigo-shikaku-shutoku')).toEqual([grandfather.personId]);
    expect(proposalFor(proposals, 'kaigo-shikaku-shutoku').reasons).toEqual([
      '花巻 一郎さん（70歳）は65歳以上のため、介護保険の手続き（被保険者証の交付）が必要です。',
    ]);
  });

  it('proposes 国民年金 第1号 for both adults of 20-59, the 3号 wife with her own reason', () => {
    const proposal = proposalFor(proposals, 'nenkin-dai1go');
    expect(proposal.personIds).toEqual([father.personId, mother.personId]);
    expect(proposal.reasons[1]).toContain('花巻 花子さん（42歳）は配偶者が勤務先の健康保険をやめて扶養（第3号被保険者）から外れる');
  });

  it('proposes 児童手当 for the father as claimant and 子ども医療費助成 for the child', () => {
    expect(personsOf(proposals, 'jido-teate-nintei')).toEqual([father.personId]);
    expect(proposalFor(proposals, 'jido-teate-nintei').reasons[0]).toContain('花巻 太郎さんは高校生年代までのお子さんを養育する方');
    expect(personsOf(proposals, 'kodomo-iryohi-toroku')).toEqual([child.personId]);
  });

  it('proposes マイナンバーカード継続利用 for those holding a card', () => {
    expect(personsOf(proposals, 'mynumber-keizoku-riyo')).toEqual([father.personId, mother.personId, grandfather.personId]);
  });

  it('does not propose 後期高齢者医療 nor 転校 for a 3-year-old', () => {
    expect(ids(proposals).filter((id) => id.startsWith('koki-') || id === 'tenko')).toEqual([]);
  });

  it('asks the questions that matter for this household, and not the school question', () => {
    const context = buildProposalContext(catalogue, { lifeEvents: ['tennyu'], answers: {}, persons });
    const asked = selectInterviewQuestions(catalogue, context).map((question) => question.id);
    expect(asked).toEqual(expect.arrayContaining(['keeps_employee_insurance', 'jido_teate_claimant', 'wants_childcare', 'kaigo_certified']));
    expect(asked).not.toContain('has_school_children');
  });

  it('proposes 国保 only for those without employee insurance when the family keeps it', () => {
    const kept = propose(['tennyu'], { ...answers, keeps_employee_insurance: 'all_keep' }, persons);
    expect(ids(kept)).not.toContain('kokuho-kanyu');
    expect(ids(kept)).not.toContain('nenkin-dai1go');
  });
});

describe('Hanamaki catalogue: a 76-year-old moving in alone from another prefecture', () => {
  const elder = aPerson({ name: '花巻 トメ', age: 76, sex: 'female', isHouseholdHead: true, concerned: true, registered: false, hasMyNumberCard: true, insurance: { koki: true, kaigo: '要支援1' } });
  const answers = { moved_from: 'other', tenshutsu_method: 'card', wants_seal_registration: true };

  it('proposes 後期高齢者医療 and 介護保険 (with the certification carried over), not 国保 nor 年金', () => {
    const proposals = propose(['tennyu'], answers, [elder]);
    expect(ids(proposals)).toEqual([
      'tennyu-todoke',
      'tennyu-tokurei',
      'mynumber-keizoku-riyo',
      'mynumber-shomei-saihakko',
      'inkan-toroku',
      'koki-shikaku-shutoku',
      'kaigo-shikaku-shutoku',
      'kaigo-jukyu-shikaku',
    ]);
    expect(proposalFor(proposals, 'kaigo-jukyu-shikaku').reasons).toEqual([
      '花巻 トメさんは要支援1の認定を受けているため、転入日から14日以内に受給資格証明書を出すと認定を引き継げます。',
    ]);
  });

  it('proposes a 後期 address change instead when she comes from within Iwate', () => {
    const proposals = propose(['tennyu'], { ...answers, moved_from: 'iwate' }, [elder]);
    expect(ids(proposals)).toContain('koki-henko');
    expect(ids(proposals)).not.toContain('koki-shikaku-shutoku');
  });
});
