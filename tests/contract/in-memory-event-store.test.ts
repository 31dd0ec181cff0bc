import { InMemoryEventStore } from '../../infrastructure/event-store/memory/in-memory-event-store.adapter';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('in memory', async () => {
  const store = new InMemoryEventStore();
  return { store, dispose: () => store.close() };
});
