/** Ages as the register counts them: the shared kernel's functions under the names the register code uses. */
export { ageInYears as ageOn, fiscalYearStart, withinFiscalYearOfAge } from '../shared/age';
