import type { Position } from '../event-store';
import type { ProcessorDocuments } from '../processing/event-processor';
import type { ReadModelChange } from './read-model-change';
import type { DocumentChange, ReadModelStore } from './read-model-store.port';

interface Staged {
  readonly doc: unknown;
  readonly position: Position;
}

/**
 * The document changes of one batch of one processor, staged over the store until the commit. Each
 * event's changes are kept or dropped as a whole, so an event that fails half-way leaves nothing behind.
 */
export class StagedDocuments {
  private readonly staged = new Map<string, Staged>();

  constructor(
    private readonly store: ReadModelStore,
    private readonly readModel: string,
  ) {}

  /** The documents as the event at `position` sees them; call keep() once it has been handled. */
  forEvent(position: Position): ProcessorDocuments & { keep(): void } {
    const local = new Map<string, unknown>();
    return {
      get: <D>(key: string) => (local.has(key) ? (local.get(key) as D | undefined) : this.get<D>(key)),
      put: (key, doc) => void local.set(key, doc),
      keep: () => {
        for (const [key, doc] of local) this.staged.set(key, { doc, position });
      },
    };
  }

  get changes(): DocumentChange[] {
    return [...this.staged].map(([key, { doc }]) => ({ readModel: this.readModel, key, doc }));
  }

  /** What to announce on the live channel: each changed document at the position that changed it last. */
  announced(at?: Position): ReadModelChange[] {
    return [...this.staged].map(([key, { position }]) => ({ readModel: this.readModel, key, position: at ?? position }));
  }

  private get<D>(key: string): D | undefined {
    const staged = this.staged.get(key);
    return staged ? (staged.doc as D | undefined) : this.store.get<D>(this.readModel, key);
  }
}
