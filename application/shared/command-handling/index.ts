export * from './command-handler';
export * from './concurrency.errors';
export * from './domain-event-reader';
