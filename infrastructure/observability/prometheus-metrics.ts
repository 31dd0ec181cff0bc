import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What a command (a request that changes something) came to, as Prometheus counts it. */
export type CommandResult = 'success' | 'conflict' | 'stale' | 'rejected' | 'error';

/** What the processor gauges read at each scrape: one row per processor (projection or reaction). */
export interface ProcessorReading {
  readonly processor: string;
  /** Events in the log after the processor's checkpoint; undefined: not known. */
  readonly lagEvents: number | undefined;
  /** Open dead letters: events the processor threw on and set aside; undefined: not known. */
  readonly deadLetters: number | undefined;
}

export type ProcessorReadings = () => Promise<readonly ProcessorReading[]>;

let processRegistry: Registry | undefined;

/**
 * Node's process metrics (CPU, memory, event loop lag, GC), collected once per process: several servers
 * in one test process would otherwise each add their own observers.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'madoguchi_' });
  }
  return processRegistry;
}

const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The server's Prometheus instruments, one set per running server (own registry). Labels are route patterns
 * (/api/visits/:id), use-case names, statuses and operation names, never a raw path or any personal data.
 */
export class PrometheusMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'madoguchi_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'madoguchi_http_request_duration_seconds',
    help: 'Time from request to response, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  readonly commandResults = new Counter({
    name: 'madoguchi_command_results_total',
    help: 'Commands (POST, PUT, PATCH, DELETE) by use case and result: success, conflict (409), stale (412), rejected (other 4xx), error (5xx)',
    labelNames: ['use_case', 'result'] as const,
    registers: [this.registry],
  });

  readonly eventStoreDuration = new Histogram({
    name: 'madoguchi_event_store_operation_duration_seconds',
    help: 'Time of event store calls, by operation (append, readStream, readAll, headPosition) and outcome',
    labelNames: ['store', 'operation', 'outcome'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  readonly processorLag: Gauge<'processor'> = new Gauge({
    name: 'madoguchi_processor_lag_events',
    help: 'Events in the log after a processor\'s checkpoint (counted up to PROCESSOR_LAG_LIMIT + 1)',
    labelNames: ['processor'] as const,
    registers: [this.registry],
    collect: async () => {
      this.processorLag.reset();
      for (const reading of await this.processorReadings()) {
        if (reading.lagEvents !== undefined) this.processorLag.set({ processor: reading.processor }, reading.lagEvents);
      }
    },
  });

  readonly deadLetters: Gauge<'processor'> = new Gauge({
    name: 'madoguchi_processor_dead_letters',
    help: 'Open dead letters of a processor: events it threw on and set aside until an admin replays them',
    labelNames: ['processor'] as const,
    registers: [this.registry],
    collect: async () => {
      this.deadLetters.reset();
      for (const reading of await this.processorReadings()) {
        if (reading.deadLetters !== undefined) this.deadLetters.set({ processor: reading.processor }, reading.deadLetters);
      }
    },
  });

  private readings: ProcessorReadings = () => Promise.resolve([]);
  /** One reading per scrape, shared by the gauges that the scrape collects. */
  private scrape: Promise<readonly ProcessorReading[]> | undefined;

  /** Where the processor gauges read from at each scrape (see processor-readings.ts). */
  watchProcessors(readings: ProcessorReadings): void {
    this.readings = readings;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The text exposition: this server's metrics, then the process metrics. */
  async exposition(): Promise<string> {
    this.scrape = this.readings().catch(() => []);
    try {
      const [own, process] = await Promise.all([this.registry.metrics(), processMetrics().metrics()]);
      return `${own}\n${process}`;
    } finally {
      this.scrape = undefined;
    }
  }

  private processorReadings(): Promise<readonly ProcessorReading[]> {
    return this.scrape ?? this.readings().catch(() => []);
  }
}
