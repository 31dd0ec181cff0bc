export * from './document-projection';
export * from './position-waiters';
export * from './projection-processor';
export * from './projection-runner';
export * from './read-model-change';
export * from './read-model-store.port';
