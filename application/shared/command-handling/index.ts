export * from './command-handler';
export * from './concurrency.errors';
