import type { Position } from '../event-store';

/** Announced after a runner commit: this document of this read model changed at this position. */
export interface ReadModelChange {
  readonly readModel: string;
  readonly key: string;
  readonly position: Position;
}
