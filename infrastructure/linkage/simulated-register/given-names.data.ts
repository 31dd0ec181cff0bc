/**
 * Given names with their readings, by sex and by the years of birth in which they were common (from the
 * yearly name rankings: 清, 和子 before the war; 誠, 恵子 in the boom years; 翔太, 美咲 around 1990;
 * 蓮, 陽葵 after 2010). Names whose reading is often guessed wrong (陽葵 ひまり/ひなた, 心春 こはる/みはる)
 * are the ones that make an unconfirmed reading (フリガナ未確認) matter.
 */

export interface GivenNameEntry {
  readonly kanji: string;
  /** Full-width katakana. */
  readonly kana: string;
}

export interface GivenNameGeneration {
  /** Born in this year or later (until the next generation starts). */
  readonly from: number;
  readonly male: readonly GivenNameEntry[];
  readonly female: readonly GivenNameEntry[];
}

function names(list: string): GivenNameEntry[] {
  return list.split(' ').map((pair) => {
    const [kanji, kana] = pair.split(':');
    return { kanji: kanji ?? '', kana: kana ?? '' };
  });
}

/** Oldest first; pick the last generation whose `from` is not after the year of birth. */
export const givenNameGenerations: readonly GivenNameGeneration[] = [
  {
    from: 0,
    male: names('清:キヨシ 正雄:マサオ 勇:イサム 茂:シゲル 実:ミノル 勝:マサル 進:ススム 正:タダシ 三郎:サブロウ 一郎:イチロウ 武:タケシ 義雄:ヨシオ'),
    female: names('キヨ:キヨ ミツ:ミツ ハナ:ハナ 和子:カズコ 幸子:サチコ 節子:セツコ 久子:ヒサコ 文子:フミコ 美代子:ミヨコ 千代:チヨ 静子:シズコ トシ:トシ'),
  },
  {
    from: 1945,
    male: names('博:ヒロシ 誠:マコト 隆:タカシ 修:オサム 明:アキラ 浩:ヒロシ 和夫:カズオ 幸一:コウイチ 健一:ケンイチ 秀樹:ヒデキ 正樹:マサキ 昭:アキラ'),
    female: names('恵子:ケイコ 洋子:ヨウコ 幸子:サチコ 由美子:ユミコ 和子:カズコ 京子:キョウコ 陽子:ヨウコ 裕子:ユウコ 美智子:ミチコ 悦子:エツコ 順子:ジュンコ 節子:セツコ'),
  },
  {
    from: 1965,
    male: names('誠:マコト 大輔:ダイスケ 浩二:コウジ 和也:カズヤ 直樹:ナオキ 拓也:タクヤ 剛:ツヨシ 聡:サトシ 学:マナブ 達也:タツヤ 賢治:ケンジ 健:ケン'),
    female: names('由美:ユミ 恵:メグミ 智子:トモコ 裕子:ユウコ 久美子:クミコ 直美:ナオミ 真由美:マユミ 明美:アケミ 美穂:ミホ 香織:カオリ 由佳:ユカ 愛:アイ'),
  },
  {
    from: 1985,
    male: names('翔太:ショウタ 大輝:ダイキ 拓海:タクミ 健太:ケンタ 翔:ショウ 亮:リョウ 大樹:ダイキ 雄大:ユウダイ 優斗:ユウト 颯太:ソウタ 拓也:タクヤ 駿:シュン'),
    female: names('彩:アヤ 美咲:ミサキ 愛:アイ 舞:マイ 遥:ハルカ 沙織:サオリ 麻衣:マイ 千尋:チヒロ 美穂:ミホ 萌:モエ 優花:ユウカ 葵:アオイ'),
  },
  {
    from: 2005,
    male: names('蓮:レン 湊:ミナト 陽翔:ハルト 悠真:ユウマ 大翔:ヒロト 蒼:アオイ 樹:イツキ 律:リツ 颯真:ソウマ 悠人:ユウト 朝陽:アサヒ 陽向:ヒナタ'),
    female: names('陽葵:ヒマリ 芽依:メイ 結菜:ユイナ 凛:リン さくら:サクラ 結衣:ユイ 紬:ツムギ 杏:アン 澪:ミオ 莉子:リコ 心春:コハル 陽菜:ヒナ'),
  },
];
