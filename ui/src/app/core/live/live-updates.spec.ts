import { TestBed } from '@angular/core/testing';
import { Subscription } from 'rxjs';
import { EVENT_SOURCE_FACTORY } from './event-source-factory';
import { LiveUpdates } from './live-updates';

/** Just enough of EventSource to drive the service from a test. */
class FakeEventSource extends EventTarget {
  readonly CLOSED = 2;
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  send(data: unknown): void {
    this.dispatchEvent(new MessageEvent('change', { data: JSON.stringify(data) }));
  }
  fail(): void {
    this.readyState = 0;
    this.onerror?.();
  }
  close(): void {
    this.closed = true;
  }
}

describe('LiveUpdates', () => {
  let sources: FakeEventSource[];
  let live: LiveUpdates;
  let subscriptions: Subscription;

  beforeEach(() => {
    sources = [];
    TestBed.configureTestingModule({
      providers: [
        { provide: EVENT_SOURCE_FACTORY, useValue: (url: string) => sources[sources.push(new FakeEventSource(url)) - 1] },
      ],
    });
    live = TestBed.inject(LiveUpdates);
    subscriptions = new Subscription();
  });

  afterEach(() => subscriptions.unsubscribe());

  it('opens one shared connection to /api/live however many screens watch', () => {
    subscriptions.add(live.watch('department-queue', 'a').subscribe());
    subscriptions.add(live.watch('department-queue', 'b').subscribe());
    expect(sources.map((source) => source.url)).toEqual(['/api/live']);
  });

  it('passes on only the changes of the watched document, and a resync when (re)connected', () => {
    let seen = 0;
    subscriptions.add(live.watch('department-queue', 'dep-1').subscribe(() => seen++));
    const source = sources[0]!;

    source.open();
    source.send({ readModel: 'department-queue', key: 'dep-2', position: '1/1' });
    source.send({ readModel: 'visit-detail', key: 'dep-1', position: '2/2' });
    source.send({ readModel: 'department-queue', key: 'dep-1', position: '3/3' });

    expect(seen).toBe(2); // the resync on open, then dep-1's change
  });

  it('passes on every change of the watched read models whatever the key, for boards listing many visits', () => {
    let seen = 0;
    subscriptions.add(live.watchModels('open-visits', 'department-queue').subscribe(() => seen++));
    const source = sources[0]!;

    source.open();
    source.send({ readModel: 'open-visits', key: 'v-1', position: '1/1' });
    source.send({ readModel: 'visit-workspace', key: 'v-1', position: '2/2' });
    source.send({ readModel: 'department-queue', key: 'kodomo', position: '3/3' });

    expect(seen).toBe(3); // the resync, open-visits, department-queue
  });

  it('reports the connection state for the indicator', () => {
    subscriptions.add(live.notices$.subscribe());
    expect(live.status()).toBe('connecting');
    sources[0]!.open();
    expect(live.status()).toBe('connected');
    sources[0]!.fail();
    expect(live.status()).toBe('reconnecting');
  });

  it('closes the connection when nobody watches any more', () => {
    const subscription = live.notices$.subscribe();
    subscription.unsubscribe();
    expect(sources[0]!.closed).toBe(true);
  });
});
