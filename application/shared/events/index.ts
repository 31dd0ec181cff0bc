export * from './event-reader';
export * from './event-schema.errors';
export * from './event-upcaster';
export * from './recorded-domain-event';
