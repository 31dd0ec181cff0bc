import { Subject, type Observable } from 'rxjs';
import type { ReadModelChange } from '../../../application/shared/projections';

/** Read-model changes as the projection runner commits them, for every live screen of this instance. */
export class LiveChannel {
  private readonly changes = new Subject<ReadModelChange>();

  readonly changes$: Observable<ReadModelChange> = this.changes.asObservable();

  publish(changes: readonly ReadModelChange[]): void {
    for (const change of changes) this.changes.next(change);
  }

  complete(): void {
    this.changes.complete();
  }
}
