import type { Position } from '../event-store';

export interface ProjectionCheckpoint {
  readonly readModel: string;
  readonly version: number;
  /** Undefined: nothing applied yet. */
  readonly position: Position | undefined;
}

export interface DocumentChange {
  readonly readModel: string;
  readonly key: string;
  /** Undefined deletes the document. */
  readonly doc: unknown;
}

/**
 * Where read-model documents live (SQLite next to the app). The runner writes document changes and
 * checkpoints in one transaction; queries only read.
 */
export interface ReadModelStore {
  checkpoint(readModel: string): ProjectionCheckpoint | undefined;
  /** Drops every document of the read model and records the version with no position. */
  reset(readModel: string, version: number): void;
  commit(changes: readonly DocumentChange[], checkpoints: readonly ProjectionCheckpoint[]): void;
  get<D>(readModel: string, key: string): D | undefined;
  list<D>(readModel: string): D[];
  close(): void;
}
