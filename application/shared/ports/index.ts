export * from './clock.port';
export * from './id-generator.port';
export * from './logger.port';
