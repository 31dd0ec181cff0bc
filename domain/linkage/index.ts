export * from './age';
export * from './check-digit';
export * from './relationship';
export * from './text-normalization';
