/**
 * Normalising what people type, so that a search matches however it was typed: full- or half-width
 * digits and letters, hiragana or katakana, half-width katakana, spaces. Only matching keys are built
 * here; names are stored exactly as registered (Unicode + IVS) and never rewritten.
 *
 * No Unicode NFKC on whole strings: NFC/NFKC map CJK compatibility ideographs to other code points
 * (for example U+FA10 塚 to U+585A 塚), which would change a registered name's character.
 */

/** Half-width katakana and punctuation, in code point order from U+FF61 to U+FF9D. */
const halfWidthKatakana = '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const voicedAfter = new Set('カキクケコサシスセソタチツテトハヒフヘホ');
const semiVoicedAfter = new Set('ハヒフヘホ');

/** Full-width ASCII (U+FF01-U+FF5E: ０-９, Ａ-Ｚ, ａ-ｚ, －, ＃ ...) to half-width; the ideographic space to a space. */
export function toHalfWidthAlphanumeric(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Hiragana to katakana (ぁ-ゖ, ゝゞ); everything else unchanged. */
export function hiraganaToKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309D\u309E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** Half-width katakana to full-width, joining a following ﾞ or ﾟ with its letter (ｶﾞ -> ガ, ﾊﾟ -> パ, ｳﾞ -> ヴ). */
export function halfWidthKatakanaToFullWidth(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code >= 0xff61 && code <= 0xff9d) {
      out += halfWidthKatakana[code - 0xff61];
    } else if (c === '\uFF9E' || c === '\uFF9F') {
      const previous = out.slice(-1);
      if (c === '\uFF9E' && previous === 'ウ') out = `${out.slice(0, -1)}ヴ`;
      else if (c === '\uFF9E' && voicedAfter.has(previous)) out = `${out.slice(0, -1)}${String.fromCharCode(previous.charCodeAt(0) + 1)}`;
      else if (c === '\uFF9F' && semiVoicedAfter.has(previous)) out = `${out.slice(0, -1)}${String.fromCharCode(previous.charCodeAt(0) + 2)}`;
      else out += c === '\uFF9E' ? '゛' : '゜';
    } else {
      out += c;
    }
  }
  return out;
}

/** Removes every space, half- or full-width, and other white space. */
export function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Removes variation selectors (IVS U+E0100-U+E01EF and U+FE00-U+FE0F), leaving the base characters. */
export function stripVariationSelectors(text: string): string {
  return text.replace(/[\u{E0100}-\u{E01EF}\uFE00-\uFE0F]/gu, '');
}

/** Hyphen-like characters (‐ ‑ ‒ – — ― − －) to '-'. */
export function unifyHyphens(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212\uFF0D]/g, '-');
}

/** Matching key of a kanji name: no variation selectors, half-width letters in upper case, no spaces. */
export function nameMatchKey(text: string): string {
  return removeSpaces(halfWidthKatakanaToFullWidth(toHalfWidthAlphanumeric(stripVariationSelectors(text)))).toUpperCase();
}

/** Matching key of a reading: full-width katakana, no spaces ('やまだ たろう', 'ﾔﾏﾀﾞ ﾀﾛｳ' -> 'ヤマダタロウ'). */
export function kanaMatchKey(text: string): string {
  return removeSpaces(hiraganaToKatakana(halfWidthKatakanaToFullWidth(toHalfWidthAlphanumeric(text))));
}

/** Matching key of an address: half-width digits and letters, one kind of hyphen, no spaces. */
export function addressMatchKey(text: string): string {
  return removeSpaces(unifyHyphens(halfWidthKatakanaToFullWidth(toHalfWidthAlphanumeric(text)))).toUpperCase();
}

/** A number as typed (full-width digits, spaces or hyphens between groups) as half-width digits only. */
export function digitsMatchKey(text: string): string {
  return removeSpaces(unifyHyphens(toHalfWidthAlphanumeric(text))).replace(/-/g, '');
}
