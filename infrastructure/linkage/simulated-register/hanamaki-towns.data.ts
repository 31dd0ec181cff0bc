/**
 * Town names (町名・字) of Hanamaki City with their postal codes, as published by Japan Post (KEN_ALL,
 * 岩手県花巻市: 025-xxxx for the former Hanamaki city, 028-01xx 東和町, 028-31xx 石鳥谷町, 028-32xx 大迫町).
 * A selection, not the full list. `style` says how a 番地 is written there; it follows the city's own
 * published addresses (本庁 花城町9番30号, 石鳥谷総合支所 八幡第4地割76番地, 大迫総合支所 大迫第2地割21番地,
 * 東和総合支所 土沢第5区3番地) and is an approximation for the other towns. `weight` is relative population.
 */

/** 住居表示 (N番M号), 地番 (N番地M), 地割 (第N地割M番地), 区 (N区M番地) */
export type BanchiStyle = 'ban-go' | 'banchi' | 'chiwari' | 'ku';

/** The former Hanamaki city and the three areas with a 総合支所 (branch office). */
export type HanamakiArea = 'hanamaki' | 'ishidoriya' | 'towa' | 'ohasama';

export interface HanamakiTown {
  readonly town: string;
  readonly kana: string;
  readonly postalCode: string;
  readonly area: HanamakiArea;
  readonly style: BanchiStyle;
  readonly weight: number;
}

/** Share of the population by area (about 68%, 16%, 10%, 6% of 88,000 people). */
export const areaWeights: ReadonlyArray<readonly [HanamakiArea, number]> = [
  ['hanamaki', 68],
  ['ishidoriya', 16],
  ['towa', 10],
  ['ohasama', 6],
];

const t = (town: string, kana: string, postalCode: string, area: HanamakiArea, style: BanchiStyle, weight: number): HanamakiTown => ({
  town,
  kana,
  postalCode,
  area,
  style,
  weight,
});

export const hanamakiTowns: readonly HanamakiTown[] = [
  // The centre (住居表示)
  t('花城町', 'カジョウマチ', '025-0075', 'hanamaki', 'ban-go', 3),
  t('材木町', 'ザイモクチョウ', '025-0098', 'hanamaki', 'ban-go', 2),
  t('若葉町', 'ワカバチョウ', '025-0097', 'hanamaki', 'ban-go', 4),
  t('桜町', 'サクラマチ', '025-0084', 'hanamaki', 'ban-go', 3),
  t('星が丘', 'ホシガオカ', '025-0065', 'hanamaki', 'ban-go', 4),
  t('松園町', 'マツゾノチョウ', '025-0066', 'hanamaki', 'ban-go', 2),
  t('大通り', 'オオドオリ', '025-0092', 'hanamaki', 'ban-go', 2),
  t('西大通り', 'ニシオオドオリ', '025-0091', 'hanamaki', 'ban-go', 2),
  t('末広町', 'スエヒロチョウ', '025-0079', 'hanamaki', 'ban-go', 1),
  t('吹張町', 'フツパリチョウ', '025-0078', 'hanamaki', 'ban-go', 1),
  t('双葉町', 'フタバチョウ', '025-0085', 'hanamaki', 'ban-go', 1),
  t('東町', 'アズマチョウ', '025-0088', 'hanamaki', 'ban-go', 1),
  t('豊沢町', 'トヨサワチョウ', '025-0089', 'hanamaki', 'ban-go', 1),
  t('愛宕町', 'アタゴチョウ', '025-0071', 'hanamaki', 'ban-go', 1),
  t('四日町', 'ヨッカマチ', '025-0072', 'hanamaki', 'ban-go', 2),
  t('坂本町', 'サカモトチョウ', '025-0074', 'hanamaki', 'ban-go', 1),
  t('御田屋町', 'オタヤチョウ', '025-0082', 'hanamaki', 'ban-go', 1),
  t('里川口町', 'サトカワグチマチ', '025-0081', 'hanamaki', 'ban-go', 1),
  t('桜木町', 'サクラギチョウ', '025-0094', 'hanamaki', 'ban-go', 1),
  t('石神町', 'イシガミチョウ', '025-0095', 'hanamaki', 'ban-go', 2),
  t('南川原町', 'ミナミカワラチョウ', '025-0093', 'hanamaki', 'ban-go', 1),
  t('桜台', 'サクラダイ', '025-0064', 'hanamaki', 'ban-go', 2),
  t('二枚橋町南', 'ニマイバシマチミナミ', '025-0315', 'hanamaki', 'ban-go', 1),
  // The plain around the centre (地番)
  t('下根子', 'シモネコ', '025-0025', 'hanamaki', 'banchi', 3),
  t('中根子', 'ナカネコ', '025-0036', 'hanamaki', 'banchi', 2),
  t('上根子', 'カミネコ', '025-0043', 'hanamaki', 'banchi', 2),
  t('西宮野目', 'ニシミヤノメ', '025-0002', 'hanamaki', 'banchi', 2),
  t('東宮野目', 'ヒガシミヤノメ', '025-0003', 'hanamaki', 'banchi', 2),
  t('下似内', 'シモニタナイ', '025-0006', 'hanamaki', 'banchi', 1),
  t('矢沢', 'ヤサワ', '025-0011', 'hanamaki', 'banchi', 2),
  t('高木', 'タカキ', '025-0016', 'hanamaki', 'banchi', 2),
  t('南城', 'ナンジョウ', '025-0021', 'hanamaki', 'banchi', 1),
  t('太田', 'オオタ', '025-0037', 'hanamaki', 'banchi', 1),
  t('円万寺', 'エンマンジ', '025-0042', 'hanamaki', 'banchi', 1),
  t('北笹間', 'キタササマ', '025-0132', 'hanamaki', 'banchi', 1),
  // The spa villages to the west (地割)
  t('台', 'ダイ', '025-0305', 'hanamaki', 'chiwari', 1),
  t('湯本', 'ユモト', '025-0304', 'hanamaki', 'chiwari', 1),
  t('大畑', 'オオハタ', '025-0303', 'hanamaki', 'chiwari', 1),
  t('北湯口', 'キタユグチ', '025-0301', 'hanamaki', 'chiwari', 1),
  // 石鳥谷町 (石鳥谷総合支所)
  t('石鳥谷町八幡', 'イシドリヤチョウハチマン', '028-3163', 'ishidoriya', 'chiwari', 3),
  t('石鳥谷町好地', 'イシドリヤチョウコウチ', '028-3101', 'ishidoriya', 'chiwari', 3),
  t('石鳥谷町新堀', 'イシドリヤチョウニイボリ', '028-3111', 'ishidoriya', 'chiwari', 1),
  t('石鳥谷町北寺林', 'イシドリヤチョウキタテラバヤシ', '028-3172', 'ishidoriya', 'chiwari', 1),
  t('石鳥谷町中寺林', 'イシドリヤチョウナカテラバヤシ', '028-3171', 'ishidoriya', 'chiwari', 1),
  t('石鳥谷町八重畑', 'イシドリヤチョウヤエハタ', '028-3142', 'ishidoriya', 'chiwari', 1),
  t('石鳥谷町大瀬川', 'イシドリヤチョウオオセガワ', '028-3185', 'ishidoriya', 'chiwari', 1),
  // 東和町 (東和総合支所); 土沢 numbers its blocks by 区
  t('東和町土沢', 'トウワチョウツチザワ', '028-0114', 'towa', 'ku', 3),
  t('東和町安俵', 'トウワチョウアヒョウ', '028-0115', 'towa', 'chiwari', 1),
  t('東和町北成島', 'トウワチョウキタナルシマ', '028-0116', 'towa', 'chiwari', 1),
  t('東和町北小山田', 'トウワチョウキタオヤマダ', '028-0107', 'towa', 'chiwari', 1),
  t('東和町田瀬', 'トウワチョウタセ', '028-0123', 'towa', 'chiwari', 1),
  // 大迫町 (大迫総合支所)
  t('大迫町大迫', 'オオハサママチオオハサマ', '028-3203', 'ohasama', 'chiwari', 3),
  t('大迫町内川目', 'オオハサママチウチカワメ', '028-3201', 'ohasama', 'chiwari', 1),
  t('大迫町外川目', 'オオハサママチソトカワメ', '028-3202', 'ohasama', 'chiwari', 1),
  t('大迫町亀ケ森', 'オオハサママチカメガモリ', '028-3204', 'ohasama', 'chiwari', 1),
];

/** 岩手県花巻市, as written in every address of the register. */
export const HANAMAKI_CITY = '岩手県花巻市';
