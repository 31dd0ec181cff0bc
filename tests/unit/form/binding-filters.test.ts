import { applyBindingFilter, toFullWidth } from '../../../application/form/contracts/binding-filters.contract';
import { resolveBinding } from '../../../domain/form';
import { aContext, taro } from './form-data-context.fixture';

const today = '2026-11-24';
const filter = (name: string, value: string | boolean | null): string | boolean | null => applyBindingFilter(name, value, today);

/**
 * The binding filters as published to the designer (application/form/contracts). The designer once had
 * its own copy that printed differently from the server; these are the cases where the two disagreed,
 * now answered by one implementation for both (the UI's binding-words spec runs the same module).
 */
describe('the published binding filters', () => {
  it('turn a space into the ideographic space with fullwidth, so nothing half-width is left', () => {
    expect(filter('fullwidth', 'ミホン タロウ')).toBe('ミホン\u3000タロウ');
    expect(filter('fullwidth', '花城町9番30号 見本ハイツ101')).toBe('花城町９番３０号\u3000見本ハイツ１０１');
    expect(toFullWidth('0198-24-2111')).toBe('０１９８－２４－２１１１');
    expect(toFullWidth('A~z!')).toBe('Ａ～ｚ！');
    expect(filter('fullwidth', '全角　そのまま')).toBe('全角　そのまま');
  });

  it('print nothing for era filters given a value that is not a date, never the value itself', () => {
    for (const name of ['era', 'eraShort', 'eraYear', 'age']) {
      expect(filter(name, '見本 太郎')).toBeNull();
      expect(filter(name, '')).toBeNull();
      expect(filter(name, true)).toBeNull();
    }
    for (const name of ['era', 'eraShort', 'eraYear']) {
      expect(filter(name, '2026-02-30')).toBeNull();
      expect(filter(name, '1850-01-01')).toBeNull();
    }
  });

  it('read a date or the day of a timestamp with the era filters', () => {
    expect(filter('era', '2019-05-01')).toBe('令和元年5月1日');
    expect(filter('eraShort', '2019-05-01')).toBe('R1.5.1');
    expect(filter('eraYear', '2019-05-01')).toBe('令和元年');
    expect(filter('era', '2026-11-24T09:30:00+09:00')).toBe('令和8年11月24日');
    expect(filter('age', '1980-11-25')).toBe('45');
    expect(filter('age', '1980-11-24')).toBe('46');
  });

  it('keep only the first line with first, whatever ends the line', () => {
    expect(filter('first', '一行目\n二行目')).toBe('一行目');
    expect(filter('first', '一行目\r\n二行目')).toBe('一行目');
    expect(filter('first', '一行目\r二行目')).toBe('一行目');
    expect(filter('first', '一行だけ')).toBe('一行だけ');
    expect(filter('first', '\n二行目')).toBe('');
  });

  it('turn hiragana into katakana and leave the spaces as they are', () => {
    expect(filter('katakana', 'はなまき たろう')).toBe('ハナマキ タロウ');
    expect(filter('katakana', 'ゝゞ')).toBe('ヽヾ');
  });

  it('keep null as null, and an unknown filter leaves the value unchanged', () => {
    for (const name of ['era', 'fullwidth', 'first', 'katakana', 'sexLabel', 'yesNo']) expect(filter(name, null)).toBeNull();
    expect(filter('nosuchfilter', 'そのまま')).toBe('そのまま');
  });

  it('are the filters the server fills forms with', () => {
    const context = aContext({ applicant: { ...taro, address: '岩手県花巻市花城町9番30号 花城ハイツ201', nameKana: 'はなまき たろう' } });
    expect(resolveBinding('applicant.address|fullwidth', context)).toBe(filter('fullwidth', '岩手県花巻市花城町9番30号 花城ハイツ201'));
    expect(resolveBinding('applicant.nameKana|katakana|fullwidth', context)).toBe('ハナマキ\u3000タロウ');
    expect(resolveBinding('answers.note|first', aContext({ answers: { note: '一行目\r二行目' } }))).toBe('一行目');
    expect(resolveBinding('answers.note|era', aContext({ answers: { note: '見本' } }))).toBeNull();
  });
});
