import { randomUUID } from 'node:crypto';
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { ClusterInfo, EndPoint, MemberInfo } from '@eventstore/db-client/generated/gossip_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import type { Empty } from '@eventstore/db-client/generated/shared_pb';
import { toUuidMessage } from './grpc-message.mapper';

/** The server version the emulator claims to be (its protocol follows EventStoreDB 24.10). */
export const EMULATED_SERVER_VERSION = '24.10.0';

const STREAMS = 'event_store.client.streams.streams';

/**
 * ServerFeatures.GetSupportedMethods, asked once by the client on its first call. The client uses
 * BatchAppend for appends only because it is listed here.
 */
export function getSupportedMethods(_call: ServerUnaryCall<Empty, SupportedMethods>, callback: sendUnaryData<SupportedMethods>): void {
  const method = (service: string, name: string, features: string[] = []): SupportedMethod =>
    new SupportedMethod().setServiceName(service).setMethodName(name).setFeaturesList(features);
  const methods = [
    method(STREAMS, 'read', ['position', 'events']),
    method(STREAMS, 'append'),
    method(STREAMS, 'batchappend', ['deadline_duration']),
    method(STREAMS, 'delete'),
    method(STREAMS, 'tombstone'),
    method('event_store.client.server_features.serverfeatures', 'getsupportedmethods'),
    method('event_store.client.gossip.gossip', 'read'),
  ];
  callback(null, new SupportedMethods().setEventStoreServerVersion(EMULATED_SERVER_VERSION).setMethodsList(methods));
}

/**
 * Gossip.Read: a one-node cluster whose only member is an alive leader at the emulator's own
 * address, so `esdb+discover://` connection strings (and any node preference) find it.
 */
export function createGossipHandler(host: string, port: () => number): (call: ServerUnaryCall<Empty, ClusterInfo>, callback: sendUnaryData<ClusterInfo>) => void {
  const instanceId = randomUUID();
  return (_call, callback) => {
    const member = new MemberInfo()
      .setInstanceId(toUuidMessage(instanceId, false))
      .setTimeStamp((BigInt(Date.now()) * 10_000n).toString())
      .setState(MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new EndPoint().setAddress(host).setPort(port()));
    callback(null, new ClusterInfo().setMembersList([member]));
  };
}
