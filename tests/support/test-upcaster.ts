import type { EventReader, EventUpcaster } from '../../application/shared/events';
import type { DomainEvent } from '../../domain/shared';

/**
 * A made-up upcaster on one of the contexts' readers (shared by every module of the test file) for each
 * test of the enclosing describe: registered before each test and removed after it, pass or fail, so no
 * other test reads through it. `remove()` takes it away early (a test of what happens without it).
 */
export function upcasterForEachTest<E extends DomainEvent>(reader: EventReader<E>, upcaster: EventUpcaster): { remove(): void } {
  let registered: (() => void) | undefined;
  const remove = (): void => {
    registered?.();
    registered = undefined;
  };
  beforeEach(() => {
    registered = reader.register(upcaster);
  });
  afterEach(remove);
  return { remove };
}
