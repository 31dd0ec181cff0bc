import { ids, personsOf, propose, proposalFor } from './hanamaki-catalogue.fixture';
import { aPerson } from './person-facts.builder';

describe('Hanamaki catalogue: 死亡 of the household head, his wife and son remaining', () => {
  const deceased = aPerson({ name: '花巻 正男', age: 82, sex: 'male', isHouseholdHead: true, concerned: true, sealRegistered: true, hasMyNumberCard: true, insurance: { koki: true, kaigo: '要介護2' } });
  const wife = aPerson({ name: '花巻 和子', age: 79, sex: 'female', relationship: '妻', insurance: { koki: true, kaigo: 'insured' } });
  const son = aPerson({ name: '花巻 健一', age: 52, sex: 'male', relationship: '子', insurance: { employee: true, nenkin: '2号' } });

  it('proposes the death procedures, the head change, and the 後期・介護 items for the deceased', () => {
    const proposals = propose(['shibo'], { deceased_received_pension: true }, [deceased, wife, son]);
    expect(ids(proposals)).toEqual([
      'shibo-todoke',
      'kaso-kyoka',
      'setainushi-henko-todoke',
      'mynumber-henno',
      'inkan-haishi',
      'nenkin-mishikyu',
      'koki-soshitsu',
      'koki-sosaihi',
      'kaigo-soshitsu',
    ]);
    expect(proposalFor(proposals, 'setainushi-henko-todoke').reasons).toEqual(['世帯主が亡くなり、15歳以上の方が2人以上残るため、14日以内に新しい世帯主の届出が必要です。']);
    expect(personsOf(proposals, 'koki-sosaihi')).toEqual([deceased.personId]);
  });

  it('does not propose a 世帯主変更 when only the wife remains', () => {
    expect(ids(propose(['shibo'], {}, [deceased, wife]))).not.toContain('setainushi-henko-todoke');
  });
});

describe('Hanamaki catalogue: 死亡 of a young father who received 児童手当', () => {
  const father = aPerson({ name: '花巻 拓也', age: 41, sex: 'male', isHouseholdHead: true, concerned: true, allowances: { jidoTeate: true }, insurance: { kokuho: true, nenkin: '1号' } });
  const mother = aPerson({ name: '花巻 麻衣', age: 38, sex: 'female', relationship: '妻', insurance: { kokuho: true, nenkin: '1号' } });
  const child = aPerson({ name: '花巻 蒼', age: 6, sex: 'male', relationship: '子', allowances: { kodomoIryo: true }, insurance: { kokuho: true } });

  it('proposes the survivor support for the mother and no 世帯主変更 (she is the evident head)', () => {
    const proposals = propose(['shibo'], { deceased_received_pension: false }, [father, mother, child]);
    expect(ids(proposals)).toEqual([
      'shibo-todoke',
      'kaso-kyoka',
      'kokuho-soshitsu',
      'kokuho-setainushi-henko',
      'kokuho-sosaihi',
      'nenkin-izoku-sodan',
      'jido-teate-nintei',
      'jido-teate-shometsu',
      'jido-fuyo-teate-nintei',
      'hitorioya-iryohi-toroku',
    ]);
    expect(personsOf(proposals, 'jido-teate-nintei')).toEqual([mother.personId]);
    expect(personsOf(proposals, 'jido-teate-shometsu')).toEqual([father.personId]);
    expect(proposalFor(proposals, 'nenkin-izoku-sodan').reasons).toEqual([
      '花巻 拓也さんは国民年金に加入していて、18歳以下のお子さんがいるため、遺族基礎年金を受けられる場合があります。',
    ]);
  });
});

describe('Hanamaki catalogue: 出生 in a household on national health insurance', () => {
  const father = aPerson({ name: '花巻 大輔', age: 32, sex: 'male', isHouseholdHead: true, insurance: { kokuho: true, nenkin: '1号' } });
  const mother = aPerson({ name: '花巻 美咲', age: 30, sex: 'female', relationship: '妻', insurance: { kokuho: true, nenkin: '1号' } });
  const baby = aPerson({ name: '花巻 蓮', age: 0, ageMonths: 0, sex: 'male', relationship: '子', concerned: true, registered: false });
  const answers = { newborn_insurance: 'kokuho', mother_in_kokuho: true, birth_weight_under_2500: true, jido_teate_claimant: 'head', claimant_is_public_servant: false };

  it('proposes 出生届, 国保 for the baby, 出産育児一時金, 児童手当 for the father and the baby\'s 医療費助成', () => {
    const proposals = propose(['shussei'], answers, [father, mother, baby]);
    expect(ids(proposals)).toEqual([
      'shussei-todoke',
      'kokuho-kanyu',
      'kokuho-shussan-ikuji-ichijikin',
      'jido-teate-nintei',
      'kodomo-iryohi-toroku',
      'teitaijuji-todoke',
    ]);
    expect(personsOf(proposals, 'kokuho-kanyu')).toEqual([baby.personId]);
    expect(personsOf(proposals, 'jido-teate-nintei')).toEqual([father.personId]);
  });

  it('proposes a 額改定 instead of a new claim when the father already receives 児童手当', () => {
    const receiving = { ...father, allowances: { ...father.allowances, jidoTeate: true } };
    const proposals = propose(['shussei'], answers, [receiving, mother, baby]);
    expect(ids(proposals)).not.toContain('jido-teate-nintei');
    expect(personsOf(proposals, 'jido-teate-gaku-kaitei')).toEqual([father.personId]);
  });
});

describe('Hanamaki catalogue: 婚姻 where the wife takes the husband\'s surname and his insurance', () => {
  const husband = aPerson({ name: '花巻 翔', age: 30, sex: 'male', isHouseholdHead: true, concerned: true, hasMyNumberCard: true, insurance: { employee: true, nenkin: '2号' } });
  const wife = aPerson({ name: '石鳥谷 彩', age: 28, sex: 'female', relationship: '世帯主', isHouseholdHead: true, concerned: true, hasMyNumberCard: true, sealRegistered: true, insurance: { kokuho: true, nenkin: '1号' } });

  it('proposes the card, seal, 国保 脱退 and 第3号 items for her, and nothing personal for him', () => {
    const proposals = propose(['konin'], { marital_surname: 'husband', dependant_spouse: 'wife', address_change: 'within_city' }, [husband, wife]);
    expect(ids(proposals)).toEqual([
      'konin-todoke',
      'tenkyo-todoke',
      'mynumber-kenmen-henko',
      'mynumber-shomei-saihakko',
      'inkan-toroku',
      'kokuho-soshitsu',
      'nenkin-dai3go',
    ]);
    expect(proposals.every((proposal) => !proposal.personIds.includes(husband.personId))).toBe(true);
    expect(proposalFor(proposals, 'mynumber-kenmen-henko').reasons).toEqual(['石鳥谷 彩さんは婚姻で氏が変わるため、マイナンバーカードの氏名の書き換えが必要です（14日以内）。']);
  });
});

describe('Hanamaki catalogue: 離婚 of parents, the mother keeping the children', () => {
  const husband = aPerson({ name: '花巻 誠', age: 38, sex: 'male', isHouseholdHead: true, concerned: true, allowances: { jidoTeate: true }, insurance: { employee: true, nenkin: '2号' } });
  const wife = aPerson({ name: '花巻 由美', age: 36, sex: 'female', relationship: '妻', concerned: true, hasMyNumberCard: true, insurance: { employee: true, nenkin: '3号' } });
  const son = aPerson({ name: '花巻 悠斗', age: 8, sex: 'male', relationship: '子' });
  const daughter = aPerson({ name: '花巻 結衣', age: 5, sex: 'female', relationship: '子' });
  const answers = { marital_surname: 'husband', keeps_married_surname: false, children_with: 'wife', dependant_spouse: 'wife', living_after: 'moves_within_city' };

  it('proposes her name change, 国保・年金, the change of 児童手当 recipient and the single-parent support', () => {
    const proposals = propose(['rikon'], answers, [husband, wife, son, daughter]);
    expect(ids(proposals)).toEqual([
      'rikon-todoke',
      'tenkyo-todoke',
      'mynumber-kenmen-henko',
      'mynumber-shomei-saihakko',
      'kokuho-kanyu',
      'nenkin-dai1go',
      'jido-teate-nintei',
      'jido-teate-shometsu',
      'jido-fuyo-teate-nintei',
      'hitorioya-iryohi-toroku',
    ]);
    expect(personsOf(proposals, 'jido-teate-shometsu')).toEqual([husband.personId]);
    expect(personsOf(proposals, 'jido-teate-nintei')).toEqual([wife.personId]);
    expect(personsOf(proposals, 'jido-fuyo-teate-nintei')).toEqual([wife.personId]);
  });

  it('proposes the 婚氏続称届 instead of the card update when she keeps the married surname', () => {
    const proposals = propose(['rikon'], { ...answers, keeps_married_surname: true }, [husband, wife, son, daughter]);
    expect(personsOf(proposals, 'konshi-zokusho-todoke')).toEqual([wife.personId]);
    expect(ids(proposals)).not.toContain('mynumber-kenmen-henko');
  });
});

describe('Hanamaki catalogue: 転出', () => {
  const head = aPerson({ name: '花巻 浩', age: 50, sex: 'male', isHouseholdHead: true, concerned: true, allowances: { jidoTeate: true }, insurance: { kokuho: true, nenkin: '1号' } });
  const wife = aPerson({ name: '花巻 恵', age: 48, sex: 'female', relationship: '妻', concerned: true, insurance: { kokuho: true, nenkin: '1号' } });
  const pupil = aPerson({ name: '花巻 翼', age: 10, relationship: '子', concerned: true, allowances: { kodomoIryo: true }, insurance: { kokuho: true } });

  it('proposes the loss of coverage and the returns for a whole household leaving', () => {
    const proposals = propose(['tenshutsu'], { moving_to: 'other', has_school_children: true, has_moped: true }, [head, wife, pupil]);
    expect(ids(proposals)).toEqual([
      'tenshutsu-todoke',
      'kokuho-soshitsu',
      'jido-teate-shometsu',
      'kodomo-iryohi-henko',
      'tenko',
      'gentsuki-haisha',
    ]);
    expect(personsOf(proposals, 'kokuho-soshitsu')).toEqual([head.personId, wife.personId, pupil.personId]);
  });

  it('proposes a 世帯主変更 when only the head leaves and two persons aged 15 or more remain', () => {
    const wifeStays = { ...wife, concerned: false };
    const student = aPerson({ name: '花巻 優', age: 17, relationship: '子' });
    expect(ids(propose(['tenshutsu'], { moving_to: 'iwate' }, [head, wifeStays, student]))).toContain('setainushi-henko-todoke');
    expect(ids(propose(['tenshutsu'], { moving_to: 'iwate' }, [head, wifeStays, { ...pupil, concerned: false }]))).not.toContain('setainushi-henko-todoke');
  });
});

describe('Hanamaki catalogue: certificates only', () => {
  it('proposes exactly the certificates asked for', () => {
    const applicant = aPerson({ name: '花巻 清', isHouseholdHead: true });
    const proposals = propose(['shomeisho'], { certificates: ['juminhyo', 'inkan'], other_requests: [] }, [applicant]);
    expect(proposals).toEqual([
      { procedureId: 'juminhyo-utsushi', personIds: [], reasons: ['住民票の写しを希望されたため、交付します。'], ruleIds: ['juminhyo-utsushi'] },
      { procedureId: 'inkan-toroku-shomeisho', personIds: [], reasons: ['印鑑登録証明書を希望されたため、印鑑登録証を確認して交付します。'], ruleIds: ['inkan-toroku-shomeisho'] },
    ]);
  });
});
