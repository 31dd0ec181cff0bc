export * from './backoff';
export * from './dead-letter';
export * from './dead-letter-desk';
export * from './event-processor';
export * from './processing.errors';
export * from './processor-health';
export * from './processor-status';
