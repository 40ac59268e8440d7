import { randomBytes } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import './session.types.js';

export const SESSION_COOKIE = 'commons.sid';

/**
 * Server-side sessions in PostgreSQL (connect-pg-simple): sign-out deletes the row, so a
 * copied cookie stops working, and every server instance sees the same sessions.
 * The idle timeout rolls with each request; the absolute one is checked in AuthService.
 */
export async function createSessionMiddleware(
  config: AppConfig,
  dataSource: DataSource,
): Promise<RequestHandler> {
  const PgStore = connectPgSimple(session);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return session({
    name: SESSION_COOKIE,
    secret: config.SESSION_SECRET ?? (await localSecret(config.DATA_DIR)),
    store: new PgStore({ pool, tableName: 'session', createTableIfMissing: false }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    unset: 'destroy',
    proxy: undefined, // follows Express' `trust proxy`
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.COOKIE_SECURE,
      path: '/',
      maxAge: config.SESSION_IDLE_MINUTES * 60_000,
    },
  });
}

/**
 * Without SESSION_SECRET (a local install), a random secret kept in DATA_DIR, so sessions
 * survive a restart. Production with DATABASE_URL must set SESSION_SECRET (config checks).
 */
async function localSecret(dataDir: string): Promise<string> {
  const file = path.resolve(dataDir, 'session-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, secret + '\n', { mode: 0o600 });
    return secret;
  }
}
