/**
 * The filters of the binding language (`|era`, `|fullwidth`, `|first` ...), published for the designer,
 * whose examples must read exactly as the PDF prints. There is one implementation, the domain's
 * (domain/form/binding-filters.ts): the server's form filling (resolveBinding) runs it, and the designer
 * runs the same functions through this contract. They stay in the domain because filling a form
 * (domain/form/binding.ts) applies them and the domain may import nothing outside itself; this file
 * publishes them under the contract's own types.
 */
import * as filters from '../../../domain/form/binding-filters';

/** A resolved value: text, a yes/no (check boxes), or null when unknown. */
export type BindingValue = string | boolean | null;

/**
 * Applies one filter by name to a value, `today` (YYYY-MM-DD) being the day the form is filled (for
 * `age`). Null stays null; a value the filter cannot read (a name given to `era`) becomes null; an
 * unknown filter returns the value unchanged.
 */
export const applyBindingFilter: (name: string, value: BindingValue, today: string) => BindingValue = filters.applyBindingFilter;

/** Printable ASCII to full width, the space included (a space → U+3000). */
export const toFullWidth: (text: string) => string = filters.toFullWidth;
