export * from './access-policy';
export * from './access-guard';
export { accessErrors } from './access.errors';
export * from './visit-list-access';
