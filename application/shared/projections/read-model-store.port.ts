import type { Position } from '../event-store';
import type { DeadLetterReader, DeadLetterWrites } from '../processing/dead-letter';

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
 * Where read-model documents live (SQLite next to the app), with each processor's checkpoint and the
 * dead letters of events a processor could not handle. A processor writes its document changes, its
 * checkpoint and its dead letters in one transaction; queries only read.
 */
export interface ReadModelStore extends DeadLetterReader {
  /** The checkpoint of a processor (keyed by its name, which is also the read model it owns). */
  checkpoint(readModel: string): ProjectionCheckpoint | undefined;
  /**
   * Drops every document of the read model, records the version with no position, and resolves the
   * processor's open dead letters as 'rebuilt' (the rebuild meets those events again).
   */
  reset(readModel: string, version: number): void;
  /** One transaction: all of it or none of it. */
  commit(changes: readonly DocumentChange[], checkpoints: readonly ProjectionCheckpoint[], deadLetters?: DeadLetterWrites): void;
  get<D>(readModel: string, key: string): D | undefined;
  list<D>(readModel: string): D[];
  close(): void;
}
