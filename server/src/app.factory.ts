import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import helmet from 'helmet';
import { Logger, PinoLogger } from 'nestjs-pino';
import { pinoHttp } from 'pino-http';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { createSessionMiddleware } from './auth/session.middleware.js';
import { RealtimeServer } from './realtime/realtime-server.js';

const BODY_LIMIT = '1mb';
const API_PATHS = /^\/(graphql|healthz|readyz)(\/|$)/;

/** The whole HTTP application, configured but not listening (main.ts and tests share it). */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const { config, dataSource } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  app.disable('x-powered-by');
  // Express would hash every GraphQL answer for an ETag nobody revalidates (almost all are
  // POSTs). The client's static files keep theirs (express.static sets its own).
  app.set('etag', false);

  // COOKIE_SECURE means the product is served over https: then HSTS and upgrades too.
  const https = config.COOKIE_SECURE;
  app.use(assignRequestId);
  // The request's log (`req.log`), with its id, and the access log line when it ends.
  app.use(
    pinoHttp({
      logger: PinoLogger.root,
      genReqId: (req) => req.id,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { ...CSP, upgradeInsecureRequests: https ? [] : null },
      },
      strictTransportSecurity: https,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
  );
  app.use(express.json({ limit: BODY_LIMIT }));
  // Parsed only so that Apollo's CSRF prevention can refuse them with a clear 400.
  app.use(express.text({ limit: BODY_LIMIT }));
  app.use(express.urlencoded({ limit: BODY_LIMIT, extended: false }));
  app.use(bodyErrors);
  const sessions = await createSessionMiddleware(config, dataSource);
  app.use(sessions);
  app.use(middlewareErrors);

  const clientDir =
    config.CLIENT_DIST_DIR ??
    path.resolve(fileURLToPath(import.meta.url), '../../../../../client/dist');
  if (existsSync(path.join(clientDir, 'index.html'))) app.use(...serveClient(clientDir));

  // Subscriptions share the HTTP server, its path and its sessions; the schema exists once
  // the app is initialised (listen() would otherwise do it).
  await app.init();
  app.get(RealtimeServer).attach(app.getHttpServer(), sessions, app.get(GraphQLSchemaHost).schema);
  return app;
}

/** The client is a static SPA: same-origin scripts and API only, never framed. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  // react-aria positions overlays with inline style attributes (not elements or scripts).
  styleSrcAttr: ["'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
};

/** Malformed JSON and oversized bodies get GraphQL-shaped errors, not an HTML page. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string }, _req, res, next) => {
  if (error.type === 'entity.parse.failed') {
    res.status(400).json(gqlError('The request body is not valid JSON.', 'BAD_REQUEST'));
  } else if (error.type === 'entity.too.large') {
    res.status(413).json(gqlError('The request is larger than 1 MB.', 'PAYLOAD_TOO_LARGE'));
  } else {
    next(error);
  }
};

/**
 * An error in the middleware before GraphQL (the session store when PostgreSQL is down):
 * logged with the request id, answered 503 in GraphQL's shape with no internals.
 */
const middlewareErrors: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  req.log.error({ err: error }, 'request failed before reaching GraphQL');
  res
    .status(503)
    .json(
      gqlError('Commons is unavailable for a moment. Please try again.', 'INTERNAL_SERVER_ERROR'),
    );
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The request id, first of all so every later step (and pino-http's logs) shares it. A
 * caller's own id is kept (tracing across services) when it looks like one.
 */
const assignRequestId: RequestHandler = (req, res, next) => {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader('x-request-id', id);
  next();
};

function gqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Hashed assets cached for a year; every other GET for a page gets index.html (SPA routes). */
function serveClient(dir: string): RequestHandler[] {
  const index = path.join(dir, 'index.html');
  const assets = express.static(dir, {
    index: false,
    setHeaders: (res, file) => {
      res.setHeader(
        'Cache-Control',
        file.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  const fallback: RequestHandler = (req, res, next) => {
    const wantsPage =
      (req.method === 'GET' || req.method === 'HEAD') && req.accepts('html') === 'html';
    if (!wantsPage || API_PATHS.test(req.path) || req.path.startsWith('/assets/')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  return [assets, fallback];
}

function trustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
