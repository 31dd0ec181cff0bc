import {
  addressMatchKey,
  digitsMatchKey,
  halfWidthKatakanaToFullWidth,
  hiraganaToKatakana,
  kanaMatchKey,
  nameMatchKey,
  removeSpaces,
  stripVariationSelectors,
  toHalfWidthAlphanumeric,
  unifyHyphens,
} from '../../../domain/linkage';

describe('normalising what people type', () => {
  it('turns full-width digits and letters into half-width ones, and leaves kanji and kana alone', () => {
    expect(toHalfWidthAlphanumeric('花城町９番３０号　ＡＢｃ－１')).toBe('花城町9番30号 ABc-1');
  });

  it('turns hiragana into katakana, including the iteration marks', () => {
    expect(hiraganaToKatakana('きくち けんた ゝゞ')).toBe('キクチ ケンタ ヽヾ');
    expect(hiraganaToKatakana('キクチ 菊池')).toBe('キクチ 菊池');
  });

  it('turns half-width katakana into full-width, joining voiced and semi-voiced marks', () => {
    expect(halfWidthKatakanaToFullWidth('ｷｸﾁ ｹﾝﾀ')).toBe('キクチ ケンタ');
    expect(halfWidthKatakanaToFullWidth('ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾀﾞﾂﾞﾄﾞ ﾊﾞﾊﾟﾎﾟ ｳﾞ')).toBe('ガギグゲゴ ダヅド バパポ ヴ');
    expect(halfWidthKatakanaToFullWidth('ｼｮｳﾀ ｰ ｯ ｦ')).toBe('ショウタ ー ッ ヲ');
    expect(halfWidthKatakanaToFullWidth('ｱﾞ ﾟ')).toBe('ア゛ ゜');
  });

  it('removes half- and full-width spaces', () => {
    expect(removeSpaces(' 菊池　健太 \t')).toBe('菊池健太');
  });

  it('drops ideographic variation selectors but keeps the base character', () => {
    expect(stripVariationSelectors('辻\u{E0100}　勝')).toBe('辻　勝');
    expect(stripVariationSelectors('辻\u{E0102}')).toBe('辻');
  });

  it('gives one key for a reading however it was typed', () => {
    const key = 'キクチケンタ';
    for (const typed of ['きくち　けんた', 'キクチ ケンタ', 'ｷｸﾁ ｹﾝﾀ', 'きくちケンタ']) expect(kanaMatchKey(typed)).toBe(key);
  });

  it('keys names without spaces or variation selectors, and never rewrites a kanji (no NFKC)', () => {
    expect(nameMatchKey('辻\u{E0100}　勝')).toBe('辻勝');
    expect(nameMatchKey('\uFA10田')).toBe('\uFA10田'); // a compatibility ideograph NFC would turn into U+585A
    expect(nameMatchKey('𠮷田 大輝')).toBe('𠮷田大輝');
    expect(nameMatchKey('ｓｍｉｔｈ ｊｏｈｎ')).toBe('SMITHJOHN');
  });

  it('keys addresses with half-width digits and one kind of hyphen', () => {
    expect(addressMatchKey('花城町９－３０')).toBe('花城町9-30');
    expect(addressMatchKey('花城町 9‐30')).toBe('花城町9-30');
    expect(unifyHyphens('1―2−3')).toBe('1-2-3');
  });

  it('reads a number typed with full-width digits, spaces or hyphens', () => {
    expect(digitsMatchKey('１０００ ００１-０１１')).toBe('1000001011');
  });
});
