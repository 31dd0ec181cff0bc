/**
 * Households a counter sees every week, through Hanamaki's catalogue: the exact follow-on procedures, the
 * person each is for, and the questions the interview still asks. The expectations follow the official
 * guidance cited in the procedures' notes (日本年金機構, こども家庭庁, 総務省, 岩手県後期高齢者医療広域連合, 花巻市).
 */
import {
  buildProposalContext,
  type PersonInput,
  type Proposal,
  proposeProcedures,
  type RoleAssignments,
  selectInterviewQuestions,
} from '../../../domain/procedure';
import { hanamakiCatalogue as catalogue } from './hanamaki-catalogue.fixture';
import { aPerson } from './person-facts.builder';

interface Visit {
  readonly lifeEvents: string[];
  readonly answers: Record<string, unknown>;
  readonly persons: PersonInput[];
  readonly assignments?: RoleAssignments;
}

const contextOf = (visit: Visit) => buildProposalContext(catalogue, visit);

/** The proposals, each as procedure → the persons' names; fails if a rule could not be evaluated. */
function proposals(visit: Visit): Proposal[] {
  const result = proposeProcedures(catalogue, contextOf(visit));
  expect(result.problems).toEqual([]);
  return result.proposals;
}

function whoGetsWhat(visit: Visit): Record<string, string[]> {
  const names = new Map(visit.persons.map((person) => [person.personId, person.name]));
  return Object.fromEntries(proposals(visit).map((proposal) => [proposal.procedureId, proposal.personIds.map((id) => names.get(id) ?? id)]));
}

const reasonsFor = (visit: Visit, procedureId: string): string[] => proposals(visit).find((proposal) => proposal.procedureId === procedureId)?.reasons ?? [];

const asked = (visit: Visit): string[] => selectInterviewQuestions(catalogue, contextOf(visit)).map((question) => question.id);

describe('a single mother at a birth', () => {
  const mother = aPerson({ name: '花巻 美月', age: 28, sex: 'female', relationship: '世帯主', isHouseholdHead: true, applicant: true, insurance: { kokuho: true, nenkin: '1号' } });
  const baby = aPerson({ name: '花巻 湊', age: 0, ageMonths: 0, sex: 'male', relationship: '子', concerned: true, registered: false });
  const visit: Visit = { lifeEvents: ['shussei'], answers: { single_parent: true, claimant_is_public_servant: false, birth_weight_under_2500: false }, persons: [mother, baby] };

  it('proposes 児童手当, 児童扶養手当 and ひとり親家庭医療費助成 for her, 国保 and 子ども医療費 for the baby', () => {
    expect(whoGetsWhat(visit)).toEqual({
      'shussei-todoke': [],
      'kokuho-kanyu': ['花巻 湊'],
      'kokuho-shussan-ikuji-ichijikin': [],
      'jido-teate-nintei': ['花巻 美月'],
      'kodomo-iryohi-toroku': ['花巻 湊'],
      'jido-fuyo-teate-nintei': ['花巻 美月'],
      'hitorioya-iryohi-toroku': ['花巻 美月'],
    });
    expect(reasonsFor(visit, 'jido-fuyo-teate-nintei')).toEqual([
      '花巻 美月さんはひとり親としてお子さんを養育するため、児童扶養手当を受けられる場合があります（所得制限があります。認定請求をした月の翌月分から支給されます）。',
    ]);
    expect(reasonsFor(visit, 'jido-teate-nintei')).toEqual(['花巻 美月さんはひとり親としてお子さんを養育するため児童手当の請求者となり、出生日の翌日から15日以内に認定請求が必要です。']);
  });

  it('asks whether she raises the child alone, but not what her insurance already shows nor who claims 児童手当', () => {
    const questions = asked({ ...visit, answers: {} });
    expect(questions).toContain('single_parent');
    expect(questions).not.toContain('newborn_insurance');
    expect(questions).not.toContain('mother_in_kokuho');
    expect(asked(visit)).not.toContain('jido_teate_parent');
  });

  it('finds the mother, not the grandparents, when she lives with her parents (the baby is the head\'s 孫)', () => {
    const grandfather = aPerson({ name: '花巻 勝', age: 55, sex: 'male', relationship: '世帯主', isHouseholdHead: true, insurance: { kokuho: true, nenkin: '1号' } });
    const grandmother = aPerson({ name: '花巻 典子', age: 53, sex: 'female', relationship: '妻', insurance: { kokuho: true, nenkin: '1号' } });
    const daughter = aPerson({ name: '花巻 美月', age: 24, sex: 'female', relationship: '子', applicant: true, insurance: { kokuho: true, nenkin: '1号' } });
    const grandchild = aPerson({ name: '花巻 湊', age: 0, ageMonths: 0, sex: 'male', relationship: '孫', concerned: true, registered: false });
    const household: Visit = { ...visit, persons: [grandfather, grandmother, daughter, grandchild] };
    expect(contextOf(household).participants['shussei']).toEqual({ notifier: [daughter.personId], child: [grandchild.personId], father: [], mother: [daughter.personId] });
    expect(whoGetsWhat(household)).toMatchObject({ 'jido-teate-nintei': ['花巻 美月'], 'jido-fuyo-teate-nintei': ['花巻 美月'], 'hitorioya-iryohi-toroku': ['花巻 美月'] });
  });

  it('proposes a 額改定 of 児童扶養手当 instead of a new claim when she already receives it for an elder child', () => {
    const receiving = { ...mother, allowances: { ...mother.allowances, jidoTeate: true, jidoFuyoTeate: true, hitorioyaIryo: true } };
    const elder = aPerson({ name: '花巻 咲', age: 4, sex: 'female', relationship: '子', allowances: { kodomoIryo: true } });
    const result = whoGetsWhat({ ...visit, persons: [receiving, elder, baby] });
    expect(result).toMatchObject({ 'jido-teate-gaku-kaitei': ['花巻 美月'], 'jido-fuyo-teate-henko': ['花巻 美月'], 'hitorioya-iryohi-henko': ['花巻 美月'] });
    expect(Object.keys(result)).not.toContain('jido-teate-nintei');
    expect(Object.keys(result)).not.toContain('jido-fuyo-teate-nintei');
    expect(Object.keys(result)).not.toContain('hitorioya-iryohi-toroku');
  });
});

describe('the survivors of an employee-insured husband', () => {
  const husband = aPerson({ name: '花巻 隆', age: 52, sex: 'male', relationship: '世帯主', isHouseholdHead: true, concerned: true, hasMyNumberCard: true, allowances: { jidoTeate: true }, insurance: { employee: true, nenkin: '2号', kaigo: 'insured' } });
  const wife = aPerson({ name: '花巻 洋子', age: 50, sex: 'female', relationship: '妻', applicant: true, insurance: { employee: true, nenkin: '3号', kaigo: 'insured' } });
  const son = aPerson({ name: '花巻 颯', age: 17, sex: 'male', relationship: '子', insurance: { employee: true } });
  const daughter = aPerson({ name: '花巻 凛', age: 12, sex: 'female', relationship: '子', allowances: { kodomoIryo: true }, insurance: { employee: true } });
  const visit: Visit = { lifeEvents: ['shibo'], answers: { deceased_received_pension: false }, persons: [husband, wife, son, daughter] };

  it('has the dependants join 国保, the wife change to 国民年金 第1号, and the survivors\' allowances move to her', () => {
    expect(whoGetsWhat(visit)).toEqual({
      'shibo-todoke': [],
      'kaso-kyoka': [],
      'setainushi-henko-todoke': [],
      'mynumber-henno': ['花巻 隆'],
      'kokuho-kanyu': ['花巻 洋子', '花巻 颯', '花巻 凛'],
      'nenkin-dai1go': ['花巻 洋子'],
      'nenkin-izoku-sodan': ['花巻 隆'],
      'jido-teate-nintei': ['花巻 洋子'],
      'jido-teate-shometsu': ['花巻 隆'],
      'jido-fuyo-teate-nintei': ['花巻 洋子'],
      'hitorioya-iryohi-toroku': ['花巻 洋子'],
    });
    expect(reasonsFor(visit, 'nenkin-dai1go')).toEqual(['花巻 洋子さん（50歳）は配偶者が亡くなり国民年金の第3号被保険者でなくなるため、第1号被保険者への種別変更の届出が必要です（14日以内）。']);
    expect(reasonsFor(visit, 'kokuho-kanyu')[0]).toBe('花巻 洋子さん（50歳）は亡くなった方の勤務先の健康保険の扶養から外れるため、死亡日の翌日から14日以内に国民健康保険への加入が必要です（健康保険の資格喪失証明書をお持ちください）。');
    expect(reasonsFor(visit, 'nenkin-izoku-sodan')[0]).toContain('花巻 隆さんは厚生年金に加入していたため');
  });

  it('does not ask who was his dependant when the 3号 wife and the children show it, and proposes no 介護 item for a 52-year-old', () => {
    expect(asked(visit)).not.toContain('survivors_dependants');
    expect(Object.keys(whoGetsWhat(visit))).not.toContain('kaigo-soshitsu');
  });

  it('asks when a survivor has employee insurance of their own, and then names each who may have been a dependant', () => {
    const working = aPerson({ name: '花巻 大和', age: 24, sex: 'male', relationship: '子', insurance: { employee: true, nenkin: '2号' } });
    const household: Visit = { ...visit, persons: [husband, wife, working, daughter] };
    expect(asked(household)).toContain('survivors_dependants');
    const some = { ...household, answers: { ...household.answers, survivors_dependants: 'some' } };
    expect(whoGetsWhat(some)['kokuho-kanyu']).toEqual(['花巻 洋子', '花巻 凛']);
    expect(reasonsFor(some, 'kokuho-kanyu')[1]).toBe('亡くなった方の勤務先の健康保険の扶養だった方がいるとのことです。花巻 凛さんが扶養だった場合は、14日以内に国民健康保険への加入が必要です（窓口で確認します）。');
  });
});

describe('a widow of 62', () => {
  // A farmer of 64 dies: past 60 he is no longer insured in 国民年金, but his 第1号 years count for 寡婦年金.
  const husband = aPerson({ name: '花巻 正', age: 64, sex: 'male', relationship: '世帯主', isHouseholdHead: true, concerned: true, insurance: { kokuho: true, kaigo: 'insured' } });
  const wife = aPerson({ name: '花巻 幸子', age: 62, sex: 'female', relationship: '妻', applicant: true, insurance: { kokuho: true, kaigo: 'insured' } });
  const visit: Visit = { lifeEvents: ['shibo'], answers: { deceased_received_pension: false }, persons: [husband, wife] };

  it('proposes the 寡婦年金 consultation for her, besides 国保 and the death procedures', () => {
    expect(whoGetsWhat(visit)).toEqual({
      'shibo-todoke': [],
      'kaso-kyoka': [],
      'kokuho-soshitsu': ['花巻 正'],
      'kokuho-setainushi-henko': ['花巻 正'],
      'kokuho-sosaihi': ['花巻 正'],
      'nenkin-shibo-ichijikin': ['花巻 幸子'],
    });
    expect(reasonsFor(visit, 'nenkin-shibo-ichijikin')).toEqual([
      '花巻 幸子さん（62歳）は夫を亡くされた65歳未満の妻のため、夫の国民年金の第1号被保険者期間（免除期間を含む）が10年以上あり婚姻期間が10年以上であれば、60歳から65歳になるまで寡婦年金を受けられます（夫が老齢基礎年金・障害基礎年金を受けたことがある場合は受けられません。死亡一時金とはどちらか一方です）。',
    ]);
  });

  it('proposes only the 死亡一時金 consultation, about him, when the widow is 65 or older', () => {
    const older = { ...wife, age: 66, ageMonths: 66 * 12 };
    const result = whoGetsWhat({ ...visit, persons: [husband, older] });
    expect(result['nenkin-shibo-ichijikin']).toEqual(['花巻 正']);
    expect(reasonsFor({ ...visit, persons: [husband, older] }, 'nenkin-shibo-ichijikin')[0]).toContain('死亡一時金');
  });

  it('proposes 遺族基礎年金 instead when a child of 18 or under remains', () => {
    const insured = { ...husband, age: 58, ageMonths: 58 * 12, insurance: { ...husband.insurance, nenkin: '1号' } };
    const child = aPerson({ name: '花巻 陸', age: 16, sex: 'male', relationship: '子', insurance: { kokuho: true } });
    const result = whoGetsWhat({ ...visit, persons: [insured, wife, child] });
    expect(result['nenkin-izoku-sodan']).toEqual(['花巻 正']);
    expect(Object.keys(result)).not.toContain('nenkin-shibo-ichijikin');
  });
});

describe('a DV victim moving in with her children', () => {
  const from = '宮城県仙台市青葉区本町3丁目8番1号';
  const moved = { registered: false, concerned: true, previousAddress: from, previousAddressInPrefecture: false };
  const mother = aPerson({ name: '花巻 真理', age: 34, sex: 'female', relationship: '世帯主', isHouseholdHead: true, applicant: true, hasMyNumberCard: true, ...moved, insurance: { employee: true, nenkin: '3号' } });
  const son = aPerson({ name: '花巻 蒼空', age: 9, sex: 'male', relationship: '子', ...moved, insurance: { employee: true } });
  const daughter = aPerson({ name: '花巻 心春', age: 5, sex: 'female', relationship: '子', ...moved, insurance: { employee: true } });
  const answers = { tenshutsu_method: 'certificate', keeps_employee_insurance: 'all_leave', jido_teate_claimant: 'head', claimant_is_public_servant: false, wants_childcare: true, shien_sochi: true };
  const visit: Visit = { lifeEvents: ['tennyu'], answers, persons: [mother, son, daughter] };

  it('proposes the 支援措置 for the three of them, and 国保・年金・児童手当 with her as the one who acts', () => {
    expect(whoGetsWhat(visit)).toEqual({
      'tennyu-todoke': [],
      'jumin-shien-sochi': ['花巻 真理', '花巻 蒼空', '花巻 心春'],
      'mynumber-keizoku-riyo': ['花巻 真理'],
      'mynumber-shomei-saihakko': ['花巻 真理'],
      'kokuho-kanyu': ['花巻 真理', '花巻 蒼空', '花巻 心春'],
      'nenkin-dai1go': ['花巻 真理'],
      'jido-teate-nintei': ['花巻 真理'],
      'kodomo-iryohi-toroku': ['花巻 蒼空', '花巻 心春'],
      'hoiku-nyusho': ['花巻 心春'],
      'tenko': ['花巻 蒼空'],
    });
    expect(reasonsFor(visit, 'jumin-shien-sochi')[0]).toBe('支援措置を希望されたため、花巻 真理さんを対象に、加害者からの住民票の写しなどの請求を制限する申出をします（相談先の意見を確認します。期間は1年）。');
    expect(reasonsFor(visit, 'nenkin-dai1go')).toEqual(['花巻 真理さん（34歳）は配偶者の勤務先の健康保険の扶養（第3号被保険者）から外れるため、国民年金の第1号被保険者への切り替えが必要です（14日以内）。']);
  });

  it('asks about the 支援措置, and neither where they came from (the address says 宮城県) nor whether the 9-year-old goes to school', () => {
    const questions = asked({ ...visit, answers: {} });
    expect(questions).toContain('shien_sochi');
    expect(questions).not.toContain('moved_from');
    expect(questions).not.toContain('has_school_children');
    expect(contextOf(visit).answers['moved_from']).toBe('other');
  });

  it('is a procedure of its own at 転居 and at the certificate counter too', () => {
    expect(whoGetsWhat({ lifeEvents: ['tenkyo'], answers: { shien_sochi: true }, persons: [mother, son] })['jumin-shien-sochi']).toEqual(['花巻 真理', '花巻 蒼空']);
    const alone = { ...mother, concerned: true, registered: true };
    expect(whoGetsWhat({ lifeEvents: ['shomeisho'], answers: { certificates: ['juminhyo'], shien_sochi: true }, persons: [alone] })).toEqual({ 'juminhyo-utsushi': [], 'jumin-shien-sochi': ['花巻 真理'] });
  });
});

describe('a foreign family moving in from abroad', () => {
  const abroad = { registered: false, concerned: true, nationality: 'ベトナム', foreign: true, previousAddress: 'ベトナム社会主義共和国ハノイ市', previousAddressInPrefecture: false };
  const father = aPerson({ name: 'グエン ヴァン アン', age: 38, sex: 'male', relationship: '世帯主', isHouseholdHead: true, applicant: true, residenceStatus: '経営・管理', ...abroad });
  const mother = aPerson({ name: 'チャン ティ ラン', age: 35, sex: 'female', relationship: '妻', residenceStatus: '家族滞在', ...abroad });
  const son = aPerson({ name: 'グエン ヴァン ミン', age: 9, sex: 'male', relationship: '子', residenceStatus: '家族滞在', ...abroad });
  const daughter = aPerson({ name: 'グエン ティ ハー', age: 4, sex: 'female', relationship: '子', residenceStatus: '家族滞在', ...abroad });
  const answers = { moved_from: 'abroad', jido_teate_claimant: 'head', claimant_is_public_servant: false, wants_childcare: false };
  const visit: Visit = { lifeEvents: ['tennyu'], answers, persons: [father, mother, son, daughter] };

  it('proposes the 在留カード 住居地 for everyone, 国保 for all four and 国民年金 for both parents', () => {
    expect(whoGetsWhat(visit)).toEqual({
      'tennyu-todoke': [],
      'zairyu-card-jukyochi': ['グエン ヴァン アン', 'チャン ティ ラン', 'グエン ヴァン ミン', 'グエン ティ ハー'],
      'kokuho-kanyu': ['グエン ヴァン アン', 'チャン ティ ラン', 'グエン ヴァン ミン', 'グエン ティ ハー'],
      'nenkin-dai1go': ['グエン ヴァン アン', 'チャン ティ ラン'],
      'jido-teate-nintei': ['グエン ヴァン アン'],
      'kodomo-iryohi-toroku': ['グエン ヴァン ミン', 'グエン ティ ハー'],
      'tenko': ['グエン ヴァン ミン'],
    });
    expect(reasonsFor(visit, 'nenkin-dai1go')[1]).toBe('チャン ティ ランさん（35歳）は国外から転入した20〜59歳の方で勤務先の厚生年金に入っていないため、国民年金の第1号被保険者の届出が必要です（国籍を問わず加入します。14日以内）。');
  });

  it('asks where they came from (a foreign address), but not how they left the previous town', () => {
    const questions = asked({ ...visit, answers: {} });
    expect(questions).toContain('moved_from');
    expect(asked(visit)).not.toContain('tenshutsu_method');
  });

  it('has a father employed in Japan keep his insurance, his dependent wife registered as 第3号 through his employer', () => {
    const employed = { ...father, residenceStatus: '技術・人文知識・国際業務', insurance: { ...father.insurance, employee: true, nenkin: '2号' } };
    const dependant = { ...mother, insurance: { ...mother.insurance, employee: true } };
    const result = whoGetsWhat({ ...visit, answers: { ...answers, keeps_employee_insurance: 'all_keep' }, persons: [employed, dependant, son, daughter] });
    expect(result['kokuho-kanyu']).toEqual(['グエン ヴァン ミン', 'グエン ティ ハー']);
    expect(result['nenkin-dai3go']).toEqual(['チャン ティ ラン']);
    expect(Object.keys(result)).not.toContain('nenkin-dai1go');
  });

  it('gives 国保 to no one staying on a 短期滞在 status', () => {
    const visitor = aPerson({ name: 'レ ティ マイ', age: 60, sex: 'female', relationship: '母', residenceStatus: '短期滞在', ...abroad });
    expect(whoGetsWhat({ ...visit, persons: [father, visitor] })['kokuho-kanyu']).toEqual(['グエン ヴァン アン']);
  });
});

describe('a 76-year-old moving in: from Morioka or from Sendai', () => {
  const elder = (previousAddress: string, inIwate: boolean) =>
    aPerson({ name: '花巻 キヨ', age: 76, sex: 'female', relationship: '世帯主', isHouseholdHead: true, applicant: true, concerned: true, registered: false, previousAddress, previousAddressInPrefecture: inIwate, insurance: { koki: true, kaigo: 'insured' } });
  const answers = { tenshutsu_method: 'certificate', kaigo_certified: false };

  it('keeps 後期高齢者医療 with a change of address from Morioka (県内), without asking where she came from', () => {
    const visit: Visit = { lifeEvents: ['tennyu'], answers, persons: [elder('岩手県盛岡市内丸10番1号', true)] };
    expect(whoGetsWhat(visit)).toEqual({ 'tennyu-todoke': [], 'koki-henko': ['花巻 キヨ'], 'kaigo-shikaku-shutoku': ['花巻 キヨ'] });
    expect(asked({ ...visit, answers: {} })).not.toContain('moved_from');
  });

  it('enrols her in Iwate\'s 後期高齢者医療 from Sendai (県外), with the 負担区分等証明書', () => {
    const visit: Visit = { lifeEvents: ['tennyu'], answers, persons: [elder('宮城県仙台市青葉区国分町3丁目7番1号', false)] };
    expect(whoGetsWhat(visit)).toEqual({ 'tennyu-todoke': [], 'koki-shikaku-shutoku': ['花巻 キヨ'], 'kaigo-shikaku-shutoku': ['花巻 キヨ'] });
    expect(reasonsFor(visit, 'koki-shikaku-shutoku')).toEqual(['花巻 キヨさん（76歳）は後期高齢者医療の対象で岩手県外から転入したため、資格取得の手続きが必要です（前住所地の負担区分等証明書をお持ちください）。']);
    expect(asked({ ...visit, answers: {} })).not.toContain('moved_from');
  });

  it('hands over her 要介護 certification from another town, and asks nothing about it', () => {
    const certified = { ...elder('宮城県仙台市青葉区国分町3丁目7番1号', false), insurance: { kokuho: false, koki: true, employee: false, kaigo: '要介護1', nenkin: null } };
    const visit: Visit = { lifeEvents: ['tennyu'], answers: { tenshutsu_method: 'certificate' }, persons: [certified] };
    expect(whoGetsWhat(visit)['kaigo-jukyu-shikaku']).toEqual(['花巻 キヨ']);
    expect(asked(visit)).not.toContain('kaigo_certified');
  });

  it('asks where she came from when the previous address does not say the prefecture, and follows the answer', () => {
    const unclear = elder('盛岡市内丸10番1号', false);
    expect(asked({ lifeEvents: ['tennyu'], answers: {}, persons: [unclear] })).toContain('moved_from');
    expect(Object.keys(whoGetsWhat({ lifeEvents: ['tennyu'], answers: { ...answers, moved_from: 'iwate' }, persons: [unclear] }))).toContain('koki-henko');
  });
});

describe('a family of seven moving out, the father receiving 児童手当', () => {
  const all = { concerned: true };
  const grandfather = aPerson({ name: '花巻 茂', age: 72, sex: 'male', relationship: '父', ...all, insurance: { kokuho: true, kaigo: 'insured' } });
  const grandmother = aPerson({ name: '花巻 節子', age: 70, sex: 'female', relationship: '母', ...all, insurance: { kokuho: true, kaigo: 'insured' } });
  const father = aPerson({ name: '花巻 健太', age: 42, sex: 'male', relationship: '世帯主', isHouseholdHead: true, applicant: true, hasMyNumberCard: true, ...all, allowances: { jidoTeate: true }, insurance: { employee: true, nenkin: '2号', kaigo: 'insured' } });
  const mother = aPerson({ name: '花巻 香織', age: 40, sex: 'female', relationship: '妻', ...all, insurance: { employee: true, nenkin: '3号', kaigo: 'insured' } });
  const kids = [13, 10, 4].map((age, index) =>
    aPerson({ name: `花巻 ${['大翔', '陽葵', '湊斗'][index]}`, age, relationship: '子', ...all, allowances: { kodomoIryo: true }, insurance: { employee: true } }),
  );
  const visit: Visit = { lifeEvents: ['tenshutsu'], answers: { moving_to: 'other', uses_childcare: true, has_moped: false }, persons: [grandfather, grandmother, father, mother, ...kids] };

  it('ends 児童手当 for the father, returns the children\'s 医療費 certificates and the grandparents\' 国保・介護', () => {
    expect(whoGetsWhat(visit)).toEqual({
      'tenshutsu-todoke': [],
      'kokuho-soshitsu': ['花巻 茂', '花巻 節子'],
      'kaigo-soshitsu': ['花巻 茂', '花巻 節子'],
      'jido-teate-shometsu': ['花巻 健太'],
      'kodomo-iryohi-henko': ['花巻 大翔', '花巻 陽葵', '花巻 湊斗'],
      'hoiku-taisho': ['花巻 湊斗'],
      'tenko': ['花巻 大翔', '花巻 陽葵'],
    });
    expect(reasonsFor(visit, 'jido-teate-shometsu')).toEqual(['花巻 健太さんは児童手当を受給しているため、受給事由消滅届が必要です（転出先で転出予定日の翌日から15日以内に認定請求をしてください）。']);
    expect(asked({ ...visit, answers: {} })).not.toContain('has_school_children');
  });

  it('ends 児童手当 for the father who stays when all the children move out with their grandparents', () => {
    const staying = { concerned: false };
    const persons = [{ ...grandfather }, { ...grandmother }, { ...father, ...staying }, { ...mother, ...staying }, ...kids];
    const result = whoGetsWhat({ ...visit, persons });
    expect(result['jido-teate-shometsu']).toEqual(['花巻 健太']);
    expect(reasonsFor({ ...visit, persons }, 'jido-teate-shometsu')).toEqual(['花巻 健太さんが養育するお子さんが全員転出するため、児童手当の受給事由消滅届が必要です（転出後も養育を続ける場合は別居監護の申立てをします）。']);
  });
});

describe('a divorce and a move within the city: only the mother and the children move', () => {
  const husband = aPerson({ name: '花巻 誠', age: 40, sex: 'male', relationship: '世帯主', isHouseholdHead: true, allowances: { jidoTeate: true }, insurance: { employee: true, nenkin: '2号' } });
  const wife = aPerson({ name: '花巻 由美', age: 38, sex: 'female', relationship: '妻', applicant: true, concerned: true, hasMyNumberCard: true, insurance: { employee: true, nenkin: '3号' } });
  const son = aPerson({ name: '花巻 悠斗', age: 10, sex: 'male', relationship: '子', concerned: true, allowances: { kodomoIryo: true }, insurance: { employee: true } });
  const daughter = aPerson({ name: '花巻 結衣', age: 4, sex: 'female', relationship: '子', concerned: true, allowances: { kodomoIryo: true }, insurance: { employee: true } });
  const answers = { marital_surname: 'husband', keeps_married_surname: false, children_with: 'wife', children_insurance: 'kokuho', living_after: 'moves_within_city', wants_childcare: false, shien_sochi: false };
  // He is the husband in the divorce but does not move; she heads the new household.
  const assignments: RoleAssignments = { rikon: { [husband.personId]: ['husband'] }, tenkyo: { [wife.personId]: ['notifier', 'subject', 'headAfter'] } };
  const visit: Visit = { lifeEvents: ['rikon', 'tenkyo'], answers, persons: [husband, wife, son, daughter], assignments };

  it('gives each event its own participants', () => {
    const participants = contextOf(visit).participants;
    expect(participants['rikon']).toMatchObject({ husband: [husband.personId], wife: [wife.personId], child: [son.personId, daughter.personId] });
    expect(participants['tenkyo']).toMatchObject({ subject: [wife.personId, son.personId, daughter.personId], headAfter: [wife.personId] });
  });

  it('proposes her name and address changes, 国保 for the three who leave his insurance, and the single-parent support', () => {
    expect(whoGetsWhat(visit)).toEqual({
      'rikon-todoke': [],
      'tenkyo-todoke': [],
      'mynumber-kenmen-henko': ['花巻 由美'],
      'mynumber-shomei-saihakko': ['花巻 由美'],
      'kokuho-kanyu': ['花巻 由美', '花巻 悠斗', '花巻 結衣'],
      'nenkin-dai1go': ['花巻 由美'],
      'jido-teate-nintei': ['花巻 由美'],
      'jido-teate-shometsu': ['花巻 誠'],
      'kodomo-iryohi-henko': ['花巻 悠斗', '花巻 結衣'],
      'jido-fuyo-teate-nintei': ['花巻 由美'],
      'hitorioya-iryohi-toroku': ['花巻 由美'],
      'tenko': ['花巻 悠斗'],
    });
    expect(reasonsFor(visit, 'tenkyo-todoke')).toEqual(['花巻市内で引っ越すため、引っ越した日から14日以内に転居届が必要です。']);
    expect(reasonsFor(visit, 'mynumber-kenmen-henko')).toEqual([
      '花巻 由美さんはマイナンバーカードをお持ちのため、カードの住所の書き換えが必要です（転居届と同時に）。',
      '花巻 由美さんは離婚で婚姻前の氏に戻るため、マイナンバーカードの氏名の書き換えが必要です（14日以内）。',
    ]);
  });

  it('knows from the pensions who was the dependant spouse, and asks about the children\'s insurance', () => {
    const questions = asked({ ...visit, answers: {} });
    expect(questions).not.toContain('dependant_spouse');
    expect(questions).toContain('children_insurance');
    expect(contextOf(visit).answers['dependant_spouse']).toBe('wife');
  });
});

describe('印鑑登録 only for those who may register', () => {
  const moved = { concerned: true, registered: false };
  const father = aPerson({ name: '花巻 亮', age: 39, sex: 'male', relationship: '世帯主', isHouseholdHead: true, applicant: true, ...moved });
  const mother = aPerson({ name: '花巻 彩', age: 37, sex: 'female', relationship: '妻', ...moved });
  const pupil = aPerson({ name: '花巻 蓮', age: 8, relationship: '子', ...moved });
  const toddler = aPerson({ name: '花巻 芽衣', age: 3, relationship: '子', ...moved });
  const answers = { moved_from: 'other', tenshutsu_method: 'certificate', wants_seal_registration: true };

  it('proposes no 印鑑登録申請 for the 8-year-old and the 3-year-old, and names each adult who may register', () => {
    const visit: Visit = { lifeEvents: ['tennyu'], answers, persons: [father, mother, pupil, toddler] };
    expect(whoGetsWhat(visit)['inkan-toroku']).toEqual(['花巻 亮', '花巻 彩']);
    expect(reasonsFor(visit, 'inkan-toroku')).toEqual([
      '印鑑登録を希望されたため、花巻 亮さん（39歳）が登録する場合は、登録する印鑑を持ってご本人が申請します（15歳以上の方が1人1個登録できます）。',
      '印鑑登録を希望されたため、花巻 彩さん（37歳）が登録する場合は、登録する印鑑を持ってご本人が申請します（15歳以上の方が1人1個登録できます）。',
    ]);
  });

  it('says plainly that the one adult registers when she moves in with her children', () => {
    const visit: Visit = { lifeEvents: ['tennyu'], answers, persons: [mother, pupil, toddler] };
    expect(whoGetsWhat(visit)['inkan-toroku']).toEqual(['花巻 彩']);
    expect(reasonsFor(visit, 'inkan-toroku')).toEqual(['花巻 彩さんは印鑑登録を希望されたため、登録する印鑑を持ってご本人が申請します（前の住所地の登録は転出で廃止されています）。']);
  });

  it('refuses a child at the certificate counter too', () => {
    const child = aPerson({ name: '花巻 蓮', age: 14, concerned: true });
    expect(Object.keys(whoGetsWhat({ lifeEvents: ['shomeisho'], answers: { certificates: [], other_requests: ['seal_registration'] }, persons: [child] }))).not.toContain('inkan-toroku');
  });
});
