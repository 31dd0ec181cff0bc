/**
 * Places outside Hanamaki for 転入前住所 (the address before moving in) and 本籍 (registered domicile),
 * and words for apartment names (方書). Real municipality and district names; the numbers after them
 * are made up by the generator.
 */

/** Where people moved in from: mostly the neighbouring cities, then Sendai and Tokyo. */
export const previousPlaces: readonly string[] = [
  '岩手県盛岡市中央通二丁目',
  '岩手県盛岡市上田一丁目',
  '岩手県北上市本通り一丁目',
  '岩手県北上市青柳町二丁目',
  '岩手県奥州市水沢大手町一丁目',
  '岩手県遠野市中央通り',
  '岩手県一関市大手町',
  '岩手県紫波郡紫波町日詰',
  '岩手県釜石市只越町一丁目',
  '宮城県仙台市青葉区一番町三丁目',
  '宮城県仙台市泉区泉中央一丁目',
  '秋田県秋田市中通二丁目',
  '青森県八戸市三日町',
  '東京都世田谷区太子堂四丁目',
  '埼玉県さいたま市大宮区桜木町一丁目',
  '北海道札幌市北区北七条西四丁目',
];

/** 本籍 of people whose family register is not in Hanamaki. */
export const honsekiPlaces: readonly string[] = [
  '岩手県北上市相去町',
  '岩手県遠野市松崎町白岩',
  '岩手県奥州市江刺岩谷堂',
  '岩手県盛岡市本宮',
  '岩手県紫波郡紫波町桜町',
  '岩手県和賀郡西和賀町沢内',
  '宮城県栗原市築館',
  '秋田県横手市平鹿町',
];

/** The first word of an apartment name (ハイツ若葉, コーポ花城 ...). */
export const apartmentWords: readonly string[] = ['ハイツ', 'コーポ', 'メゾン', 'サンハイツ', 'グリーンハイム', 'パークサイド', 'レジデンス', 'ヴィラ'];
