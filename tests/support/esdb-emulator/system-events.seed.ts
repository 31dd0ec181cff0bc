import { randomUUID } from 'node:crypto';
import type { EmulatorLog, ProposedEvent } from './emulator-log.storage';

function systemEvent(type: string, data: unknown): ProposedEvent {
  return {
    eventId: randomUUID(),
    type,
    contentType: 'application/json',
    data: new TextEncoder().encode(typeof data === 'string' ? data : JSON.stringify(data)),
    metadata: new Uint8Array(),
  };
}

/**
 * What a fresh EventStoreDB writes to $all before any client does (default users and settings),
 * so readers meet system events first, as they would on a real server.
 */
export function seedSystemEvents(log: EmulatorLog): void {
  const users = [
    { loginName: 'admin', fullName: 'Event Store Administrator', groups: ['$admins'] },
    { loginName: 'ops', fullName: 'Event Store Operations', groups: ['$ops'] },
  ];
  for (const user of users) {
    log.append(`$user-${user.loginName}`, { kind: 'no_stream' }, [systemEvent('$user', user)]);
    log.append('$users', { kind: 'any' }, [systemEvent('$UserCreated', user.loginName)]);
  }
  log.append('$settings', { kind: 'any' }, [
    systemEvent('$settings', {
      $userStreamAcl: { $r: '$all', $w: '$all', $d: '$all', $mr: '$all', $mw: '$all' },
      $systemStreamAcl: { $r: '$admins', $w: '$admins', $d: '$admins', $mr: '$admins', $mw: '$admins' },
    }),
  ]);
}
