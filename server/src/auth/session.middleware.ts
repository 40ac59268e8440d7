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
const TOUCH_INTERVAL_MS = 60_000;

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

  /**
   * Rolling the idle timeout would otherwise UPDATE the session row on every request (a write
   * per read, measured in the benchmark). One touch per session per minute per instance is
   * plenty for an idle timeout counted in minutes.
   */
  class ThrottledTouchStore extends PgStore {
    private readonly touchedAt = new Map<string, number>();

    override touch(sid: string, sess: session.SessionData, callback?: () => void): void {
      const now = Date.now();
      const last = this.touchedAt.get(sid);
      if (last !== undefined && now - last < TOUCH_INTERVAL_MS) {
        callback?.();
        return;
      }
      if (this.touchedAt.size >= 10_000) this.touchedAt.clear();
      this.touchedAt.set(sid, now);
      super.touch(sid, sess, callback);
    }
  }

  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return session({
    name: SESSION_COOKIE,
    secret: config.SESSION_SECRET ?? (await localSecret(config.DATA_DIR)),
    store: new ThrottledTouchStore({ pool, tableName: 'session', createTableIfMissing: false }),
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
