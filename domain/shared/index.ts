export * from './command-metadata';
export * from './decider';
export * from './domain-error';
export * from './age';
export * from './era-date';
export * from './resident-status';
export * from './calendar-date';
export * from './participant-role';
