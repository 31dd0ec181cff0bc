/**
 * 続柄 (relationship to the head of household) as the national standard writes it: 世帯主 for the head;
 * otherwise one of the basic terms, chained with の up to four steps (子の妻, 妻の父, 子の子); when no chain
 * of four steps describes the person, 縁故者 (a relative) or 同居人 (not related). There is no 祖父 or 孫:
 * a grandchild is 子の子.
 */

export const HOUSEHOLD_HEAD = '世帯主';

/** The basic terms a chain is made of. */
export const relationshipTerms = ['夫', '妻', '夫（未届）', '妻（未届）', '子', '父', '母', '兄', '姉', '弟', '妹'] as const;

/** The words used on their own, never chained. */
export const standaloneRelationships = [HOUSEHOLD_HEAD, '縁故者', '同居人'] as const;

const MAX_CHAIN_STEPS = 4;
const terms: ReadonlySet<string> = new Set(relationshipTerms);

/** Whether a 続柄 is written as the standard allows. */
export function isStandardRelationship(value: string): boolean {
  if ((standaloneRelationships as readonly string[]).includes(value)) return true;
  const steps = value.split('の');
  return steps.length <= MAX_CHAIN_STEPS && steps.every((step) => terms.has(step));
}
