import { InjectionToken } from '@angular/core';

/** Opens the server-sent event stream; replaced in tests. Same origin, so the session cookie goes along. */
export const EVENT_SOURCE_FACTORY = new InjectionToken<(url: string) => EventSource>('EVENT_SOURCE_FACTORY', {
  providedIn: 'root',
  factory: () => (url: string) => new EventSource(url, { withCredentials: true }),
});
