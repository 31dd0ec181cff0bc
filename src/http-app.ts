import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Container } from 'inversify';
import { IdentityTokens } from '../application/identity/identity.tokens';
import type { StaffDirectory } from '../application/identity/read-models/staff-directory';
import type { AccessGuard } from '../application/shared/access';
import type { EventStore } from '../application/shared/event-store';
import type { Clock, Logger } from '../application/shared/ports';
import type { ProjectionRunner } from '../application/shared/projections';
import { SharedTokens } from '../application/shared/shared.tokens';
import type { AppConfig } from '../infrastructure/composition/app-config';
import { CompositionTokens } from '../infrastructure/composition/composition.tokens';
import { deadLetterRoutes } from '../infrastructure/http/dead-letter.routes';
import { HttpProblem } from '../infrastructure/http/http-problem';
import { HttpTokens } from '../infrastructure/http/http.tokens';
import { requestTarget } from '../infrastructure/http/edge/request-target.middleware';
import { mountRoutes } from '../infrastructure/http/mount-routes';
import { buildOpenApiDocument } from '../infrastructure/http/openapi-document';
import { problem, problemDetailsMiddleware } from '../infrastructure/http/problem-details.middleware';
import type { AnyRouteDefinition } from '../infrastructure/http/route-definition';
import type { SessionCodec } from '../infrastructure/http/session/session-codec';
import { sessionStillValid } from '../infrastructure/http/session/session-validity';
import { systemRoutes } from '../infrastructure/http/system.routes';
import { metricsRoutes } from '../infrastructure/observability/metrics.routes';
import { ObservabilityTokens } from '../infrastructure/observability/observability.tokens';
import type { PrometheusMetrics } from '../infrastructure/observability/prometheus-metrics';
import { observeRequests } from '../infrastructure/observability/request-observer.middleware';


/** The Express application: security headers, JSON, the API routes, the Angular app, problem details. */
export function createHttpApp(container: Container): { app: Express; routes: AnyRouteDefinition[] } {
  const config = container.get<AppConfig>(CompositionTokens.config);
  const logger = container.get<Logger>(SharedTokens.logger);
  const clock = container.get<Clock>(SharedTokens.clock);
  const metrics = container.get<PrometheusMetrics>(ObservabilityTokens.metrics);
  const directory = container.get<StaffDirectory>(IdentityTokens.staffDirectory);
  const contextRoutes = container.getAll<AnyRouteDefinition[]>(HttpTokens.routes).flat();
  const routes: AnyRouteDefinition[] = [];
  const openApi = () => buildOpenApiDocument(routes, { title: 'Madoguchi API (窓口支援システム)', version: '0.1.0' });
  routes.push(
    ...systemRoutes(container.get<EventStore>(SharedTokens.eventStore), container.get<ProjectionRunner>(SharedTokens.projectionRunner), openApi),
    ...deadLetterRoutes(container.get<ProjectionRunner>(SharedTokens.projectionRunner)),
    ...metricsRoutes(metrics, config.metricsToken),
    ...contextRoutes,
  );

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(observeRequests(logger, metrics, routes));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          fontSrc: ["'self'", 'data:'],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          frameSrc: ["'self'", 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use('/api', requestTarget());
  app.use(
    '/api/auth/login',
    rateLimit({
      windowMs: 60_000,
      limit: config.loginRateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (req, res) => {
        res.status(429).type('application/problem+json').json({
          ...problem(429, 'AUTH.TOO_MANY_ATTEMPTS', 'ログインの試行が多すぎます。1分ほど待ってから、もう一度お試しください。'),
          instance: req.originalUrl,
        });
      },
    }),
  );
  app.use(
    mountRoutes(routes, {
      sessions: container.get<SessionCodec>(HttpTokens.sessions),
      guard: container.get<AccessGuard>(HttpTokens.accessGuard),
      clock,
      resolveStaff: (session) => {
        const account = directory.byUsername(session.username);
        if (!account || !sessionStillValid(account, session)) return undefined;
        return { staffId: account.staffId, username: account.username, role: account.role, departmentIds: account.departmentIds, counterId: account.counterId };
      },
    }),
  );
  app.use('/api', (req, _res, next) => next(new HttpProblem(404, 'HTTP.NOT_FOUND', `API「${req.method} ${req.originalUrl}」はありません。`)));
  if (existsSync(config.uiDir)) {
    app.use(express.static(config.uiDir, { index: false, maxAge: '1h' }));
    app.get(/.*/, (_req, res) => res.sendFile(join(config.uiDir, 'index.html')));
  } else {
    logger.warn('UI build not found; serving the API only', { uiDir: config.uiDir });
  }
  app.use(problemDetailsMiddleware(logger));
  return { app, routes };
}
