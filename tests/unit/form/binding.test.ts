import { BindingError, parseBinding, resolveBinding, validateBinding } from '../../../domain/form';
import { aContext, taro } from './form-data-context.fixture';

const context = aContext();
const resolve = (binding: string): ReturnType<typeof resolveBinding> => resolveBinding(binding, context);

function syntaxErrorOf(binding: string): BindingError {
  try {
    parseBinding(binding);
  } catch (error) {
    if (error instanceof BindingError) return error;
    throw error;
  }
  throw new Error(`"${binding}" parsed without an error`);
}

describe('parseBinding', () => {
  it('splits a binding into its root, its path of keys and indexes, and its filters', () => {
    expect(parseBinding('concerned[0].birthDate|era')).toEqual({ root: 'concerned', path: [0, 'birthDate'], filters: ['era'] });
    expect(parseBinding('applicant.name')).toEqual({ root: 'applicant', path: ['name'], filters: [] });
    expect(parseBinding('today')).toEqual({ root: 'today', path: [], filters: [] });
    expect(parseBinding('answers.certificates[1]')).toEqual({ root: 'answers', path: ['certificates', 1], filters: [] });
  });

  it('allows spaces around the pipes and at the ends, and chains filters in order', () => {
    expect(parseBinding('  person.nameKana | katakana |fullwidth ')).toEqual({ root: 'person', path: ['nameKana'], filters: ['katakana', 'fullwidth'] });
  });

  it.each([
    ['', 'データの指定が空です', 0],
    ['.name', 'データの名前', 0],
    ['applicant.', '「.」の後に項目の名前', 10],
    ['concerned[x].name', '「[」の後は番号と「]」', 9],
    ['applicant.name|', '「|」の後に書式の名前', 15],
    ['applicant name', '「 」は使えません', 9],
    ['visit.date|era!', '「!」は使えません', 14],
  ])('rejects "%s" with a Japanese message naming the place', (binding, message, position) => {
    const error = syntaxErrorOf(binding);
    expect(error.code).toBe('FORM.BINDING_SYNTAX');
    expect(error.message).toContain(message);
    expect(error.position).toBe(position);
  });
});

describe('validateBinding', () => {
  it.each(['applicant.name', 'person.birthDate|era', 'head.name', 'visit.date|era', 'answers.moved_from', 'concerned[2].sex|sexLabel', 'household[0].age', 'visit.lifeEvents', 'visit.lifeEvents[0]', 'today|eraYear', 'staff.department', 'office.phone|fullwidth', 'city.mayor', 'answers.has_dog|yesNo', 'person.birthDate|age', 'applicant.nameKana|katakana|first'])(
    'accepts %s',
    (binding) => expect(validateBinding(binding)).toEqual([]),
  );

  it.each([
    ['resident.name', '「resident」というデータはありません'],
    ['applicant.phone', '「applicant」に「phone」という項目はありません'],
    ['visit.place', '「visit」に「place」という項目はありません'],
    ['applicant.name|upper', '「upper」という書式はありません'],
    ['applicant[0].name', '「applicant」は一覧ではないため [0] は使えません'],
    ['visit.date[1]', '「visit.date」の後に「[1]」は続けられません'],
    ['concerned.name', '「concerned」は一覧です'],
    ['household[0]', '「household[0]」の項目を指定してください'],
    ['applicant', '「applicant」の項目を指定してください'],
    ['today.year', '「today」には項目も番号も付けられません'],
    ['answers', '「answers」には質問のIDを付けてください'],
    ['applicant.name|era', '書式「era」は文字には使えません'],
    ['visit.date|era|era', '書式「era」は文字には使えません'],
    ['person.sex|katakana', '書式「katakana」は性別には使えません'],
    ['applicant.name.first', '「applicant.name」の後に「.first」は続けられません'],
    ['applicant.', '「.」の後に項目の名前'],
  ])('reports the problem of %s', (binding, message) => {
    const problems = validateBinding(binding);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });
});

describe('resolveBinding', () => {
  it('reads persons, lists, records and answers', () => {
    expect(resolve('applicant.name')).toBe('花巻 太郎');
    expect(resolve('concerned[1].name')).toBe('花巻 花子');
    expect(resolve('household[2].relationship')).toBe('子');
    expect(resolve('head.katagaki')).toBe('花城ハイツ201');
    expect(resolve('visit.ticketNumber')).toBe('A-012');
    expect(resolve('staff.name')).toBe('窓口 一郎');
    expect(resolve('office.phone')).toBe('0198-24-2111');
    expect(resolve('city.name')).toBe('花巻市');
    expect(resolve('answers.moved_from')).toBe('other');
  });

  it('writes dates in the era calendar, with 元年 and the short form', () => {
    expect(resolve('applicant.birthDate|era')).toBe('昭和56年5月20日');
    expect(resolve('person.birthDate|era')).toBe('令和元年5月1日');
    expect(resolve('person.birthDate|eraShort')).toBe('R1.5.1');
    expect(resolve('visit.date|eraYear')).toBe('令和8年');
    expect(resolve('today|era')).toBe('令和8年11月24日');
  });

  it('counts 満年齢 on the day the form is filled, the birthday counting as the new age', () => {
    expect(resolve('applicant.age')).toBe('45');
    expect(resolve('concerned[1].birthDate|age')).toBe('43');
    expect(resolveBinding('applicant.age', aContext({ today: '2026-05-19' }))).toBe('44');
    expect(resolveBinding('applicant.age', aContext({ today: '2026-05-20' }))).toBe('45');
  });

  it('prints kana in katakana, ASCII in full width, sex as 男/女, yes/no in Japanese and the first line', () => {
    expect(resolve('applicant.nameKana|katakana')).toBe('ハナマキ タロウ');
    expect(resolve('office.phone|fullwidth')).toBe('０１９８－２４－２１１１');
    expect(resolve('applicant.age|fullwidth')).toBe('４５');
    expect(resolve('applicant.sex|sexLabel')).toBe('男');
    expect(resolve('concerned[1].sex|sexLabel')).toBe('女');
    expect(resolveBinding('person.sex|sexLabel', aContext({ person: { ...taro, sex: 'unspecified' } }))).toBe('');
    expect(resolve('answers.has_dog|yesNo')).toBe('はい');
    expect(resolve('answers.pregnant|yesNo')).toBe('いいえ');
    expect(resolve('answers.note|first')).toBe('一行目');
  });

  it('gives yes/no answers as booleans for check boxes, numbers as text, lists joined with 、', () => {
    expect(resolve('answers.has_dog')).toBe(true);
    expect(resolve('answers.pregnant')).toBe(false);
    expect(resolve('answers.certificate_copies')).toBe('2');
    expect(resolve('answers.certificates')).toBe('juminhyo、inkan');
    expect(resolve('answers.certificates[1]')).toBe('inkan');
    expect(resolve('visit.lifeEvents')).toBe('転入、出生');
    expect(resolve('visit.lifeEvents[1]')).toBe('出生');
  });

  it('gives null, never an error, for data that is unknown or missing', () => {
    expect(resolve('concerned[5].name')).toBeNull();
    expect(resolve('household[3].birthDate|era')).toBeNull();
    expect(resolve('answers.unknown_question')).toBeNull();
    expect(resolve('answers.certificates[9]')).toBeNull();
    expect(resolve('concerned[2].atenaNumber')).toBeNull();
    expect(resolveBinding('applicant.name', aContext({ applicant: null }))).toBeNull();
    expect(resolveBinding('head.birthDate|era', aContext({ head: { ...taro, birthDate: 'unknown' } }))).toBeNull();
    expect(resolveBinding('head.age', aContext({ head: { ...taro, birthDate: '' } }))).toBeNull();
    expect(resolveBinding('person.birthDate|era', aContext({ person: { ...taro, birthDate: '1850-01-01' } }))).toBeNull();
    expect(resolveBinding('visit.ticketNumber', aContext({ visit: { date: '2026-11-24', ticketNumber: null, lifeEvents: [] } }))).toBeNull();
    expect(resolveBinding('answers.constructor', aContext({ answers: {} }))).toBeNull();
  });

  it('throws a typed error for a malformed binding, in Japanese', () => {
    expect(() => resolve('applicant.')).toThrow(BindingError);
    expect(() => resolve('applicant.phone')).toThrow(expect.objectContaining({ code: 'FORM.BINDING_INVALID', message: expect.stringContaining('「phone」という項目はありません') }));
  });
});
