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
    const route = liveRoutes(channel, () => true)[0]!;
    const req = new EventEmitter();
    const res = new RecordingResponse();
    const now = new Date().toISOString();
    route.handle({ req, res, staff, session: { sid: 'x', username: staff.username, exp: Date.parse(now) + 100 }, metadata: { now, actor: 's1', correlationId: 'c' }, body: {}, params: {} } as unknown as RouteContext<object>);
    channel.publish([change]);
    expect(res.written.some((chunk) => chunk.startsWith('event: change'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(res.ended).toBe(true);
    const before = res.written.length;
    channel.publish([change]);
    expect(res.written.length).toBe(before);
  });
});
