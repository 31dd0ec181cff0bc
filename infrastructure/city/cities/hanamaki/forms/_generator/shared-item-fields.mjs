/**
 * Items that several procedures' forms ask alike (certificates, insurance numbers, benefits, changes,
 * dogs ...). Same rule as shared-fields.mjs: one id, one label, one type, entered once per visit.
 */
import { checkbox, choice, date, multiline, number, text } from './field-types.mjs';

export const itemFields = [
  // Certificates and the seal
  number('certificate_copies', '必要な通数（合計）', { binding: 'answers.certificate_copies' }),
  text('certificate_purpose', '使いみち・提出先', { maxLength: 60, binding: 'answers.certificate_purpose' }),
  text('seal_card_number', '印鑑登録証の番号', { maxLength: 12 }),

  // My Number card: the electronic certificates
  checkbox('cert_signature', '署名用電子証明書'),
  checkbox('cert_user_auth', '利用者証明用電子証明書'),

  // Insurance, pension and care numbers, hospitals
  text('basic_pension_number', '基礎年金番号', { maxLength: 11, pattern: '^\\d{4}-?\\d{6}$', patternMessage: '基礎年金番号は4桁-6桁の数字で入力してください（例: 1234-567890）' }),
  text('koki_insured_number', '後期高齢者医療 被保険者番号', { maxLength: 8, pattern: '^\\d{8}$', patternMessage: '被保険者番号は8桁の数字で入力してください' }),
  text('kaigo_insured_number', '介護保険 被保険者番号', { maxLength: 10, pattern: '^\\d{10}$', patternMessage: '被保険者番号は10桁の数字で入力してください' }),
  text('hospital_name', '医療機関名（入院先・受診先）', { maxLength: 60 }),
  date('admission_date', '入院（入所）日'),
  checkbox('long_term_admission', '過去12か月の入院日数が90日を超える（住民税非課税世帯）'),
  number('gestation_weeks', '妊娠週数'),
  text('mourner_relationship', '喪主と亡くなった方との続柄', { maxLength: 20 }),
  text('previous_municipality', '前住所地の市区町村', { maxLength: 40 }),

  // Changes (変更届)
  text('change_before', '変更前の内容', { maxLength: 120 }),
  text('change_after', '変更後の内容', { maxLength: 120 }),

  // Allowances, disability, income
  text('teate_certificate_number', '手当の証書番号', { maxLength: 20 }),
  text('jukyusha_number', '受給者番号', { maxLength: 20 }),
  choice('techo_kind', '障害者手帳の種類', [['shintai', '身体障害者手帳'], ['ryoiku', '療育手帳'], ['seishin', '精神障害者保健福祉手帳'], ['none', 'なし']]),
  text('techo_number', '障害者手帳の番号・等級', { maxLength: 30 }),
  text('disability_name', '障害名・疾病名', { maxLength: 60 }),
  number('previous_year_income', '前年の所得額（円）'),
  number('dependants_count', '扶養親族等の数'),
  choice('public_pension', '公的年金の受給', [['none', '受けていない'], ['yes', '受けている']]),
  choice('josei_kind', '医療費助成の種類', [['kodomo', '子ども（乳幼児・小学生・中高生）'], ['hitorioya', 'ひとり親家庭'], ['ninsanpu', '妊産婦'], ['juudo', '重度心身障害者']], { required: true }),
  checkbox('consent_income_inquiry', '所得・課税状況等を市が調べることに同意する', { required: true }),

  // Parents, pregnancy, childcare, school
  text('father_name', '父の氏名', { maxLength: 40, binding: 'role.father.name' }),
  text('mother_name', '母の氏名', { maxLength: 40, binding: 'role.mother.name' }),
  date('due_date', '出産予定日'),
  text('current_facility', '現在利用している保育施設', { maxLength: 40 }),
  text('hoiku_nintei_number', '教育・保育給付認定番号（認定済みの方）', { maxLength: 20 }),
  text('school_grade', '学年', { maxLength: 10 }),
  text('new_school', '転入学する学校', { maxLength: 40 }),
  choice('transfer_kind', '転入学の種類', [['tennyu', '市外から転入'], ['tenkyo', '市内で転居（転校）'], ['tenshutsu', '市外へ転出']], { required: true }),
  text('previous_school', '前の学校', { maxLength: 40 }),
  multiline('child_situation', '児童の状況（健康状態・アレルギー・配慮してほしいこと）', { maxLength: 300 }),

  // Dogs
  text('dog_name', '犬の名前', { maxLength: 20 }),
  text('dog_registration_number', '犬の登録番号（鑑札番号）', { maxLength: 20 }),
  text('dog_breed', '犬の種類', { maxLength: 20 }),
  choice('dog_sex', '犬の性別', [['male', 'オス'], ['female', 'メス']]),
  text('previous_owner_name', '前の所有者の氏名（所有者の変更）', { maxLength: 40 }),
];
