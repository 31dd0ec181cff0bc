/**
 * 届出人との関係: how the form's person stands to its 届出人, from the two 続柄 the register gives (both
 * relative to the head of household). Pure; '' when the 続柄 do not tell it (the clerk then fills it in).
 */
import type { Sex } from './form-data-context';

export interface RelatedPerson {
  readonly personKey: string;
  readonly relationship: string;
  readonly sex: Sex;
  readonly birthDate: string;
  readonly isHouseholdHead: boolean;
}

const HEAD = '世帯主';
const spouses = ['妻', '夫', '妻（未届）', '夫（未届）'];
const parentOf = (sex: Sex): string => (sex === 'male' ? '父' : sex === 'female' ? '母' : '');
const spouseBySex = (sex: Sex): string => (sex === 'male' ? '夫' : sex === 'female' ? '妻' : '');

/** 兄・弟・姉・妹 of the notifier: older or younger, by sex. */
function sibling(person: RelatedPerson, notifier: RelatedPerson): string {
  if (person.sex === 'unspecified' || person.birthDate === notifier.birthDate) return '';
  const older = person.birthDate < notifier.birthDate;
  return person.sex === 'male' ? (older ? '兄' : '弟') : older ? '姉' : '妹';
}

function relationOf(person: RelatedPerson, notifier: RelatedPerson): string {
  const own = person.isHouseholdHead ? HEAD : person.relationship;
  const theirs = notifier.isHouseholdHead ? HEAD : notifier.relationship;
  if (theirs === HEAD) return own;
  if (own === HEAD) {
    if (spouses.includes(theirs)) return spouseBySex(person.sex);
    if (theirs === '子') return parentOf(person.sex);
    if (theirs === '父' || theirs === '母') return '子';
    return '';
  }
  if (spouses.includes(theirs) && own === '子') return '子';
  if (theirs === '子' && spouses.includes(own)) return parentOf(person.sex);
  if (theirs === '子' && own === '子') return sibling(person, notifier);
  if (theirs === '子' && own === '子の子') return '子';
  if (theirs === '子の子' && own === '子') return parentOf(person.sex);
  return '';
}

/** 本人 for the notifier themself; otherwise the relation as the form writes it. */
export function relationToNotifier(person: RelatedPerson, notifier: RelatedPerson | undefined): string {
  if (!notifier) return '';
  if (person.personKey === notifier.personKey) return '本人';
  return relationOf(person, notifier);
}
