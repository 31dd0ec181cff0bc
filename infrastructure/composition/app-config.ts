/** Everything the process takes from its environment (documented in README.md). */
export interface AppConfig {
  readonly port: number;
  /** Interface to listen on; undefined: all interfaces. */
  readonly host: string | undefined;
  readonly dataDir: string;
  readonly eventStoreUrl: string | undefined;
  /** ':memory:' or a file in DATA_DIR. */
  readonly readModelFile: string;
  readonly cityDir: string;
  readonly demoPassword: string | undefined;
  readonly sessionSecret: Buffer;
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly loginRateLimitPerMinute: number;
  readonly passwordHashCost: number;
  /** GET /api/health answers 503 when a processor lags the event store's head by more events than this. */
  readonly processorLagLimit: number;
  readonly uiDir: string;
  /** When set, GET /api/metrics requires `Authorization: Bearer <token>`; unset: the metrics are open. */
  readonly metricsToken: string | undefined;
}
