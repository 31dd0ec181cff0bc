import { Server, ServerCredentials } from '@grpc/grpc-js';
import { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { type IStreamsServer, StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { createGossipHandler, getSupportedMethods } from './cluster-info.handlers';
import { EmulatorLog } from './emulator-log.storage';
import { createAppendHandler } from './streams-append.handler';
import { createBatchAppendHandler } from './streams-batch-append.handler';
import { createDeleteHandlers } from './streams-delete.handler';
import { createReadHandler } from './streams-read.handler';
import { ActiveCalls } from './subscription.pump';
import { seedSystemEvents } from './system-events.seed';

export interface EsdbEmulatorOptions {
  /** 0 or absent: any free port. */
  readonly port?: number;
  /** The emulator listens on the loopback interface only. */
  readonly host?: '127.0.0.1';
  /** Write the default users and settings a fresh server has (system events). Default true. */
  readonly seedSystemEvents?: boolean;
  /**
   * The log of an earlier emulator, to start again with its data (a server restart: stop one, then start
   * another on the same port with its log). Not seeded again.
   */
  readonly log?: EmulatorLog;
}

export interface EsdbEmulator {
  /** For `EventStoreDBClient.connectionString`: esdb://127.0.0.1:PORT?tls=false */
  readonly url: string;
  readonly port: number;
  /** The in-memory log, for tests that want to look behind the protocol. */
  readonly log: EmulatorLog;
  /** Ends subscriptions and batch appends as unavailable, then shuts the server down (forced after 1 s). */
  stop(): Promise<void>;
}

/**
 * An insecure, in-memory gRPC server speaking EventStoreDB's client protocol (Streams, ServerFeatures,
 * Gossip) well enough for the real `@eventstore/db-client` to behave as against a single node.
 */
export async function startEsdbEmulator(options: EsdbEmulatorOptions = {}): Promise<EsdbEmulator> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? new EmulatorLog();
  if (!options.log && options.seedSystemEvents !== false) seedSystemEvents(log);
  const activeCalls = new ActiveCalls();
  const server = new Server({ 'grpc.max_receive_message_length': 17 * 1024 * 1024 });
  let port = 0;

  const deletes = createDeleteHandlers(log);
  const streams: IStreamsServer = {
    read: createReadHandler(log, activeCalls),
    append: createAppendHandler(log),
    batchAppend: createBatchAppendHandler(log, activeCalls),
    delete: deletes.delete,
    tombstone: deletes.tombstone,
  };
  server.addService(StreamsService, streams);
  server.addService(ServerFeaturesService, { getSupportedMethods });
  server.addService(GossipService, { read: createGossipHandler(host, () => port) });

  port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${host}:${options.port ?? 0}`, ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    );
  });

  let stopped = false;
  return {
    url: `esdb://${host}:${port}?tls=false`,
    port,
    log,
    async stop() {
      if (stopped) return;
      stopped = true;
      activeCalls.closeAll();
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 1000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    },
  };
}
