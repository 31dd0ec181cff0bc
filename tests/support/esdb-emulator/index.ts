export { type EsdbEmulator, type EsdbEmulatorOptions, startEsdbEmulator } from './esdb-emulator';
export { EMULATED_SERVER_VERSION } from './cluster-info.handlers';
export type { EmulatorLog } from './emulator-log.storage';
