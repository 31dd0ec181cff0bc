import type { Request, Response } from 'express';
import type { AuthenticatedStaff } from '../../application/identity/authenticated-staff';
import type { AccessPolicy, VisitListAccess } from '../../application/shared/access';
import type { CommandMetadata } from '../../domain/shared';
import type { SessionPayload } from './session/session-codec';
import type { DtoClass } from './validate-body';

export type JsonSchema = Readonly<Record<string, unknown>>;

export interface RouteContext<Body> {
  readonly req: Request;
  readonly res: Response;
  readonly body: Body;
  readonly params: Readonly<Record<string, string>>;
  /** Present on staff routes (policy audience 'staff'). */
  readonly staff: AuthenticatedStaff;
  readonly session: SessionPayload;
  /**
   * On a route whose policy is scoped to `visits` (a list): the visits the caller may be shown and work on,
   * as the AccessGuard decided. Every other route gets one that shows nothing.
   */
  readonly visitList: VisitListAccess;
  /** now, actor (staff id) and correlation id for commands. */
  readonly metadata: CommandMetadata;
}

/** A query parameter a route reads, for the OpenAPI document. */
export interface QueryParameter {
  readonly name: string;
  readonly description: string;
  readonly schema: JsonSchema;
  readonly required?: boolean;
}

export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One endpoint: how it is reached, who may call it, what it takes and answers (for the OpenAPI document),
 * and the function that serves it. Routes are mounted and documented from the same definition.
 */
export interface RouteDefinition<Body extends object = object> {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path, e.g. /api/visits/:id */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /**
   * Who may call it, for which department's data: the use case's declared policy, enforced by the one
   * AccessGuard before the body is read. Required: a route without a policy does not compile.
   */
  readonly policy: AccessPolicy;
  /**
   * The path parameter naming the data a scoped policy checks (default `id` for a visit scope,
   * `departmentId` for a department scope).
   */
  readonly scopeParam?: string;
  readonly body?: DtoClass<Body>;
  /** The largest body this route takes, in bytes (default 64 KiB; the edge's own cap is 1 MiB). */
  readonly bodyLimitBytes?: number;
  /** The query parameters it reads (documented in the OpenAPI document). */
  readonly query?: readonly QueryParameter[];
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: JsonSchema; readonly contentType?: string }>>;
  /** Return a result, or 'streaming' when the handler owns the response (server-sent events). */
  handle(context: RouteContext<Body>): Promise<RouteResult | 'streaming'> | RouteResult | 'streaming';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteDefinition = RouteDefinition<any>;

export function defineRoute<Body extends object = object>(route: RouteDefinition<Body>): RouteDefinition<Body> {
  return route;
}
