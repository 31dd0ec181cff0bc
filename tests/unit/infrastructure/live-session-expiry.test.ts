import { EventEmitter } from 'node:events';
import type { RouteContext } from '../../../infrastructure/http/route-definition';
import { LiveChannel } from '../../../infrastructure/http/live/live-channel';
import { liveRoutes } from '../../../infrastructure/http/live/live.routes';

/** A response that records what the live route writes. */
class RecordingResponse {
  readonly written: string[] = [];
  ended = false;
  writableEnded = false;
  status() {
    return this;
  }
  set() {
    return this;
  }
  flushHeaders() {}
  write(chunk: string) {
    this.written.push(chunk);
    return true;
  }
  end() {
    this.ended = true;
    this.writableEnded = true;
  }
}

const staff = { staffId: 's1', username: 'shimin-toroku-01', role: 'counter' as const, departmentIds: ['shimin-toroku'], counterId: 'shimin-toroku-01' };
const change = { readModel: 'department-queue', key: 'shimin-toroku', position: { commit: 1n, prepare: 1n } };

describe('the live channel ends with the session', () => {
  it('delivers changes while the session lasts and ends the stream when it expires', async () => {
    const channel = new LiveChannel();
    const route = liveRoutes(channel, () => true, () => true)[0]!;
    const req = new EventEmitter();
    const res = new RecordingResponse();
    const now = new Date().toISOString();
    route.handle({ req, res, staff, session: { sid: 'x', username: staff.username, iat: Date.parse(now), exp: Date.parse(now) + 100 }, metadata: { now, actor: 's1', correlationId: 'c' }, body: {}, params: {} } as unknown as RouteContext<object>);
    channel.publish([change]);
    expect(res.written.some((chunk) => chunk.startsWith('event: change'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(res.ended).toBe(true);
    const before = res.written.length;
    channel.publish([change]);
    expect(res.written.length).toBe(before);
  });

  it('ends the stream at once when the account logs out anywhere (its staff-account document changes and the session no longer counts)', () => {
    const channel = new LiveChannel();
    let valid = true;
    const route = liveRoutes(channel, () => true, () => valid)[0]!;
    const res = new RecordingResponse();
    const now = new Date().toISOString();
    const session = { sid: 'x', username: staff.username, iat: Date.parse(now), exp: Date.parse(now) + 60_000 };
    route.handle({ req: new EventEmitter(), res, staff, session, metadata: { now, actor: 's1', correlationId: 'c' }, body: {}, params: {} } as unknown as RouteContext<object>);
    channel.publish([{ readModel: 'staff-account', key: staff.username, position: { commit: 2n, prepare: 2n } }]);
    expect(res.ended).toBe(false);
    valid = false;
    channel.publish([{ readModel: 'staff-account', key: 'another-clerk', position: { commit: 3n, prepare: 3n } }]);
    expect(res.ended).toBe(false);
    channel.publish([{ readModel: 'staff-account', key: staff.username, position: { commit: 4n, prepare: 4n } }]);
    expect(res.ended).toBe(true);
    const before = res.written.length;
    channel.publish([change]);
    expect(res.written.length).toBe(before);
  });
});
