import { answerProblems, type LifeEventDefinition } from '../../../domain/procedure';

const event = (id: string, questions: LifeEventDefinition['questions']): LifeEventDefinition => ({ id, name: id, description: '', questions, active: true });
const lifeEvents = [
  event('tennyu', [
    { id: 'moved_from', text: 'どこから引っ越してきましたか', type: 'choice', choices: [{ value: 'iwate', label: '県内' }, { value: 'other', label: '県外' }], required: true },
    { id: 'wants_seal', text: '印鑑登録をしますか', type: 'boolean', required: false },
    { id: 'moved_on', text: '引っ越した日', type: 'date', required: true },
    { id: 'children', text: '子どもの人数', type: 'number', required: false },
    { id: 'needs', text: '必要なもの', type: 'multi-choice', choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], required: false },
    { id: 'memo', text: 'メモ', type: 'text', required: false },
  ]),
  event('shibo', [{ id: 'deceased_insured', text: '亡くなった方は社会保険でしたか', type: 'boolean', required: true }]),
];
const fields = (answers: Record<string, unknown>, chosen = ['tennyu']) => answerProblems(lifeEvents, chosen, answers).map((p) => p.field);

describe('interview answers are checked against the chosen events’ questions', () => {
  it('takes answers that fit each question, and null to clear one', () => {
    expect(fields({ moved_from: 'other', wants_seal: true, moved_on: '2026-11-30', children: 2, needs: ['a', 'b'], memo: '二階', ...{} })).toEqual([]);
    expect(fields({ moved_from: null, wants_seal: null, moved_on: null })).toEqual([]);
  });

  it('refuses a string for a yes/no, an unknown choice, an impossible date, a negative count, a repeated or unknown multi-choice, an overlong text', () => {
    expect(fields({ wants_seal: 'yes' })).toEqual(['answers.wants_seal']);
    expect(fields({ moved_from: 'mars' })).toEqual(['answers.moved_from']);
    expect(fields({ moved_on: '2026-02-30' })).toEqual(['answers.moved_on']);
    expect(fields({ children: -1 })).toEqual(['answers.children']);
    expect(fields({ needs: ['a', 'a'] })).toEqual(['answers.needs']);
    expect(fields({ needs: ['c'] })).toEqual(['answers.needs']);
    expect(fields({ memo: 'あ'.repeat(501) })).toEqual(['answers.memo']);
  });

  it('refuses an answer to a question of a life event that was not chosen, and one to no question at all, in Japanese', () => {
    const problems = answerProblems(lifeEvents, ['tennyu'], { deceased_insured: true, favourite_colour: 'blue' });
    expect(problems).toEqual([
      { field: 'answers.deceased_insured', message: '質問「deceased_insured」は選ばれたライフイベントの質問ではありません。' },
      { field: 'answers.favourite_colour', message: '質問「favourite_colour」は登録されていません。' },
    ]);
    expect(fields({ deceased_insured: true }, ['tennyu', 'shibo'])).toEqual([]);
  });
});
