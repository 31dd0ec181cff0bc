/** What other contexts may use of the Linkage context. */
export type { ResidentRegister } from './resident-register/resident-register.port';
export type { ResidentRecord, ResidentSearchQuery, ResidentAddress } from './resident-register/resident-record';
export { LinkageTokens } from './linkage.tokens';
