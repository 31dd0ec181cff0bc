import type { VisitPerson } from '../../../domain/visit';

export const sourceLabels: Readonly<Record<VisitPerson['source'], string>> = {
  register: '住民記録',
  card: 'マイナンバーカード',
  'pre-entry': '事前入力',
  manual: '窓口で聞き取り',
};

export const sexLabels: Readonly<Record<VisitPerson['sex'], string>> = { male: '男', female: '女', unspecified: '—' };

/** What the rules look at, as short labels staff recognise. */
export function factLabels(person: VisitPerson): string[] {
  const { insurance, allowances } = person.facts;
  const labels: string[] = [];
  if (insurance.employee) labels.push('被用者保険');
  if (insurance.kokuho) labels.push('国保');
  if (insurance.koki) labels.push('後期高齢');
  if (insurance.kaigo && insurance.kaigo !== 'none') labels.push(insurance.kaigo === 'insured' ? '介護保険' : `介護 ${insurance.kaigo}`);
  if (insurance.nenkin) labels.push(`国民年金${insurance.nenkin}`);
  if (allowances.jidoTeate) labels.push('児童手当受給');
  if (allowances.kodomoIryo) labels.push('子ども医療費');
  if (allowances.jidoFuyoTeate) labels.push('児童扶養手当');
  if (allowances.hitorioyaIryo) labels.push('ひとり親医療');
  if (allowances.tokubetsuJidoFuyoTeate) labels.push('特別児童扶養手当');
  if (allowances.shogaiTecho) labels.push('障害者手帳');
  if (person.facts.sealRegistered) labels.push('印鑑登録済');
  if (person.facts.hasMyNumberCard) labels.push('マイナンバーカード');
  if (!person.facts.registered) labels.push('市外から');
  return labels;
}
