import { ServerResponse, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  getOperationAST,
  GraphQLError,
  type GraphQLSchema,
  OperationTypeNode,
  parse,
  specifiedRules,
  subscribe,
  validate,
} from 'graphql';
import { CloseCode, type Context as WsContext, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import DataLoader from 'dataloader';
import { isPartnerOnlyKind } from '@commons/shared';
import type { Actor } from '../auth/actor.js';
import { AuthRepository, type ActorRow } from '../auth/auth.repository.js';
import { AuthService } from '../auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { formatError } from '../graphql/graphql.options.js';
import { RequestLoaders } from '../graphql/loaders.js';
import { QUERY_LIMITS, queryCost, queryLimitRules } from '../graphql/query-limits.js';
import { type HubConnections, RealtimeHub } from './realtime-hub.js';
import type { Subscriber, SubscriptionContext } from './subscriber.js';

export const REALTIME_LIMITS = {
  /** Open sockets of one session on one instance (a few tabs; not a flood). */
  connectionsPerSession: 10,
  /** Live subscriptions on one socket (the app needs two or three). */
  subscriptionsPerConnection: 25,
  /** A subscription document is small; nothing bigger is read. */
  maxPayloadBytes: 64 * 1024,
  /** WebSocket pings: a dead peer is dropped within two intervals. */
  keepAliveMs: 12_000,
  /** Each socket checks its session this often even when nothing happens. */
  recheckMs: 60_000,
};

const GRAPHQL_PATH = '/graphql';
/** Ends the connection for good: sign in again (graphql-ws clients do not retry it). */
const UNAUTHORIZED = CloseCode.Unauthorized;
/** Service restart: graphql-ws clients reconnect (with backoff) and the app refetches. */
const RESTART = 1012;

/** One WebSocket's caller, checked at the upgrade. */
class Connection implements Subscriber {
  private checking: Promise<Actor | null> | null = null;
  private closed = false;

  constructor(
    readonly socket: WebSocket,
    readonly sessionId: string,
    public actor: Actor,
    private readonly signedInAt: number,
    private readonly absoluteMs: number,
    private readonly sessions: DataLoader<string, ActorRow | null>,
  ) {}

  /** Concurrent checks (one message reaching several subscriptions) share one query. */
  revalidate(): Promise<Actor | null> {
    this.checking ??= this.check().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async check(): Promise<Actor | null> {
    if (this.closed || Date.now() - this.signedInAt > this.absoluteMs) return null;
    const row = await this.sessions.load(this.sessionId);
    if (row?.id !== this.actor.userId) return null;
    this.actor = {
      userId: row.id,
      role: row.role,
      organizationId: row.organization_id,
      organizationKind: row.organization_kind,
      partnerOnly: isPartnerOnlyKind(row.organization_kind),
    };
    return this.actor;
  }

  endSession(): void {
    this.close(UNAUTHORIZED, 'Unauthorized');
  }

  restart(): void {
    this.close(RESTART, 'Reconnect and refetch');
  }

  private close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }
}

interface UpgradeRequest extends IncomingMessage {
  commons?: { connection: Connection };
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws, protocol `graphql-transport-ws`) on the app's
 * own HTTP server and path. Set up here rather than through @nestjs/graphql's `subscriptions`
 * option because that one has no place for what must happen before the handshake: the Origin
 * check (cross-site WebSocket hijacking: browsers send cookies on cross-site upgrades), the
 * session, the per-session cap and a payload limit.
 *
 * Only subscriptions run here: queries and mutations go over HTTP, through Apollo's plugins.
 * The same token, depth, alias, directive and cost limits apply to every document.
 */
@Injectable()
export class RealtimeServer implements HubConnections, OnApplicationShutdown {
  private readonly log = new Logger('RealtimeServer');
  private readonly byUser = new Map<string, Set<Connection>>();
  private readonly perSession = new Map<string, number>();
  private wss: WebSocketServer | null = null;
  private schema: GraphQLSchema | null = null;
  private disposeServer: (() => Promise<void>) | null = null;
  private recheckTimer: NodeJS.Timeout | null = null;
  /**
   * Session checks of the connections that hear one message, in one statement per tick (not
   * cached: each check is of the session as it is now).
   */
  private readonly sessionChecks = new DataLoader<string, ActorRow | null>(
    async (ids) => {
      const rows = await this.authRepository.findSessionActors(ids);
      return ids.map((id) => rows.get(id) ?? null);
    },
    { cache: false, maxBatchSize: 1_000 },
  );
  /** A subscription's source stream, made while checking it (see onSubscribe). */
  private readonly prepared = new WeakMap<ExecutionArgs, AsyncIterable<ExecutionResult>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly authRepository: AuthRepository,
    private readonly hub: RealtimeHub,
  ) {}

  /** Takes the HTTP server's upgrades to `/graphql`. `sessions` is the app's session middleware. */
  attach(httpServer: Server, sessions: RequestHandler, schema: GraphQLSchema): void {
    this.schema = schema;
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: REALTIME_LIMITS.maxPayloadBytes,
    });
    this.wss = wss;
    const development = this.config.NODE_ENV === 'development';
    const format = (errors: readonly GraphQLError[]) =>
      errors.map((error) => formatError(error.toJSON(), error, development));

    const server = useServer<
      Record<string, unknown>,
      { request: UpgradeRequest; socket: WebSocket }
    >(
      {
        schema,
        onConnect: (ctx) => {
          const connection = ctx.extra.request.commons?.connection;
          // API tokens (connection_init's `authorization`) arrive with the integration step.
          if (!connection) {
            ctx.extra.socket.close(UNAUTHORIZED, 'Unauthorized');
            return false;
          }
          return true;
        },
        onSubscribe: (ctx, id, payload) => this.prepare(ctx, payload),
        subscribe: (args: ExecutionArgs) => this.prepared.get(args) ?? subscribe(args),
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: format(result.errors) } : undefined,
        onError: (_ctx, _id, _payload, errors) => format(errors),
      },
      wss,
      REALTIME_LIMITS.keepAliveMs,
    );
    this.disposeServer = async () => {
      await server.dispose();
    };

    wss.on('connection', (socket: WebSocket, request: UpgradeRequest) => {
      const connection = request.commons?.connection;
      if (!connection) return;
      this.track(connection);
      socket.once('close', () => this.untrack(connection));
    });

    httpServer.on('upgrade', (request: UpgradeRequest, socket: Duplex, head: Buffer) => {
      this.upgrade(request, socket, head, sessions).catch((error: unknown) => {
        this.log.error({ err: error }, 'WebSocket upgrade failed');
        refuse(socket, 503, 'Service Unavailable');
      });
    });
    this.hub.attach(this);

    this.recheckTimer = setInterval(() => this.recheckAll(), REALTIME_LIMITS.recheckMs);
    this.recheckTimer.unref();
  }

  private async upgrade(
    request: UpgradeRequest,
    socket: Duplex,
    head: Buffer,
    sessions: RequestHandler,
  ): Promise<void> {
    const wss = this.wss;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!wss || path !== GRAPHQL_PATH) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    if (!sameOrigin(request)) {
      refuse(socket, 403, 'Forbidden');
      return;
    }

    // The session middleware reads the cookie and loads the session as for any request.
    const req = request as unknown as Request;
    await new Promise<void>((resolve, reject) => {
      sessions(req, new ServerResponse(request) as unknown as Response, (error?: unknown) => {
        if (error) reject(error instanceof Error ? error : new Error('session failed'));
        else resolve();
      });
    });
    const actor = await this.auth.actorFor(req);
    if (actor) {
      const sessionId = req.sessionID;
      const open = this.perSession.get(sessionId) ?? 0;
      if (open >= REALTIME_LIMITS.connectionsPerSession) {
        refuse(socket, 429, 'Too Many Requests');
        return;
      }
      // Counted from here, per TCP socket, so that concurrent upgrades can't all pass the cap.
      this.perSession.set(sessionId, open + 1);
      socket.once('close', () => {
        const left = (this.perSession.get(sessionId) ?? 1) - 1;
        if (left > 0) this.perSession.set(sessionId, left);
        else this.perSession.delete(sessionId);
      });
      // The socket exists only inside handleUpgrade's callback; the connection is made there.
      const signedInAt = req.session.signedInAt ?? 0;
      wss.handleUpgrade(request, socket, head, (ws) => {
        request.commons = {
          connection: new Connection(
            ws,
            sessionId,
            actor,
            signedInAt,
            this.config.SESSION_ABSOLUTE_HOURS * 3_600_000,
            this.sessionChecks,
          ),
        };
        wss.emit('connection', ws, request);
      });
      return;
    }
    // Not signed in: the handshake completes and connection_init is refused with 4401, which a
    // graphql-ws client takes as final (an HTTP refusal would look like a network error).
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  }

  /**
   * Parses and checks a subscription document with the HTTP path's limits, then subscribes, so
   * that a refusal (NOT_FOUND for a problem you may not see) is the protocol's `error` message.
   */
  private async prepare(
    ctx: WsContext<Record<string, unknown>, { request: UpgradeRequest; socket: WebSocket }>,
    payload: SubscribePayload,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const connection = ctx.extra.request.commons?.connection;
    if (!connection)
      return [
        new GraphQLError('Sign in to continue.', { extensions: { code: 'UNAUTHENTICATED' } }),
      ];
    if (Object.keys(ctx.subscriptions).length > REALTIME_LIMITS.subscriptionsPerConnection) {
      return [
        new GraphQLError(
          `At most ${REALTIME_LIMITS.subscriptionsPerConnection} subscriptions per connection.`,
          { extensions: { code: 'RATE_LIMITED' } },
        ),
      ];
    }
    const schema = this.schema;
    if (!schema) throw new Error('realtime server not attached');
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
    } catch (error) {
      return [
        badInput(error instanceof GraphQLError ? error.message : 'The query does not parse.'),
      ];
    }
    const invalid = validate(schema, document, [...specifiedRules, ...queryLimitRules()]);
    if (invalid.length) return invalid.map((error) => badInput(error.message));
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [
        badInput('Only subscriptions run over WebSocket: send queries and mutations over HTTP.'),
      ];
    }
    const variables = payload.variables ?? {};
    const cost = queryCost(schema, document, payload.operationName ?? undefined, variables);
    if (cost !== null && cost > QUERY_LIMITS.maxCost) {
      return [
        badInput(
          `This subscription is too expensive (cost ${cost}, limit ${QUERY_LIMITS.maxCost}).`,
        ),
      ];
    }
    const contextValue: SubscriptionContext = {
      req: ctx.extra.request as unknown as Request,
      res: undefined as unknown as Response,
      actor: connection.actor,
      loaders: new RequestLoaders(),
      subscriber: connection,
    };
    const args: ExecutionArgs = {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: variables,
      contextValue,
    };
    const result = await subscribe(args);
    if (!isAsyncIterable<ExecutionResult>(result)) {
      return result.errors ?? [badInput('The subscription failed.')];
    }
    this.prepared.set(args, result);
    return args;
  }

  sessionsEnded(userId: string): void {
    for (const connection of this.byUser.get(userId) ?? []) void this.recheck(connection);
  }

  resync(): void {
    for (const connections of this.byUser.values()) {
      for (const connection of connections) connection.restart();
    }
  }

  /** Open sockets on this instance (bench, tests). */
  get connectionCount(): number {
    let count = 0;
    for (const connections of this.byUser.values()) count += connections.size;
    return count;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    // Clients see 1001 (going away) and reconnect to another instance or after the restart.
    await this.disposeServer?.().catch(() => undefined);
  }

  private recheckAll(): void {
    for (const connections of this.byUser.values()) {
      for (const connection of connections) void this.recheck(connection);
    }
  }

  private async recheck(connection: Connection): Promise<void> {
    try {
      if (!(await connection.revalidate())) connection.endSession();
    } catch (error) {
      this.log.warn(`could not check a live connection's session: ${String(error)}`);
    }
  }

  private track(connection: Connection): void {
    const userId = connection.actor.userId;
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    set.add(connection);
  }

  private untrack(connection: Connection): void {
    const userId = connection.actor.userId;
    const set = this.byUser.get(userId);
    set?.delete(connection);
    if (set?.size === 0) this.byUser.delete(userId);
  }
}

/**
 * A browser always sends Origin on a WebSocket upgrade; it must be this server's own host (the
 * app is same-origin). No Origin: not a browser, so no ambient cookie to hijack.
 */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function isAsyncIterable<T>(value: unknown): value is AsyncIterable<T> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
