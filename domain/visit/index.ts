export * from './checklist';
export * from './visit-person';
export * from './visit.commands';
export * from './visit.decider';
export * from './visit.errors';
export * from './visit.events';
export * from './visit.state';
export * from './ticket';
