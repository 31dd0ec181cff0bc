/**
 * Family names common in Iwate, with their readings as used there (佐藤, 佐々木, 高橋, 千葉, 菊池 lead the
 * prefecture; 及川, 小原 read おばら, 千田 read ちだ, 八重樫, 照井, 昆 are typical), weighted roughly by
 * frequency. A few entries carry characters outside JIS X 0208 (髙, 﨑, 𠮷) or an ideographic variation
 * sequence (辻 + U+E0100 / U+E0102), each with the fallback a system without those characters prints.
 */

export interface SurnameEntry {
  /** As registered (may carry a character outside JIS X 0208, or an IVS). */
  readonly kanji: string;
  /** The substitute for systems that cannot take the registered characters (equal to kanji when none is needed). */
  readonly fallback: string;
  /** Full-width katakana. */
  readonly kana: string;
  readonly weight: number;
}

const s = (kanji: string, kana: string, weight: number, fallback: string = kanji): SurnameEntry => ({ kanji, fallback, kana, weight });

/** 辻 with two ideographic variation selectors (U+E0100, U+E0102): the same base character, a different registered glyph. */
export const TSUJI_IVS_E0100 = '辻\u{E0100}';
export const TSUJI_IVS_E0102 = '辻\u{E0102}';

export const surnames: readonly SurnameEntry[] = [
  s('佐藤', 'サトウ', 60),
  s('佐々木', 'ササキ', 55),
  s('高橋', 'タカハシ', 48),
  s('千葉', 'チバ', 35),
  s('菊池', 'キクチ', 35),
  s('阿部', 'アベ', 22),
  s('伊藤', 'イトウ', 22),
  s('藤原', 'フジワラ', 22),
  s('及川', 'オイカワ', 18),
  s('菅原', 'スガワラ', 15),
  s('鈴木', 'スズキ', 14),
  s('小原', 'オバラ', 14),
  s('照井', 'テルイ', 12),
  s('八重樫', 'ヤエガシ', 12),
  s('瀬川', 'セガワ', 10),
  s('千田', 'チダ', 10),
  s('熊谷', 'クマガイ', 10),
  s('中村', 'ナカムラ', 10),
  s('村上', 'ムラカミ', 9),
  s('小野寺', 'オノデラ', 8),
  s('畠山', 'ハタケヤマ', 8),
  s('鎌田', 'カマタ', 8),
  s('斎藤', 'サイトウ', 7),
  s('吉田', 'ヨシダ', 7),
  s('工藤', 'クドウ', 6),
  s('小笠原', 'オガサワラ', 6),
  s('晴山', 'ハレヤマ', 6),
  s('宮澤', 'ミヤザワ', 5),
  s('平賀', 'ヒラガ', 5),
  s('岩淵', 'イワブチ', 5),
  s('山崎', 'ヤマザキ', 4),
  s('昆', 'コン', 4),
  s('古舘', 'フルダテ', 4),
  s('新沼', 'ニイヌマ', 3),
  s('久慈', 'クジ', 3),
  s('郷右近', 'ゴウウコン', 2),
  // Registered with characters outside JIS X 0208, or with an IVS
  s('髙橋', 'タカハシ', 2, '高橋'),
  s('山﨑', 'ヤマザキ', 1, '山崎'),
  s('𠮷田', 'ヨシダ', 1, '吉田'),
  s(TSUJI_IVS_E0100, 'ツジ', 1, '辻'),
  s(TSUJI_IVS_E0102, 'ツジ', 1, '辻'),
];
