import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { RealtimeHub, parseRealtimeMessage } from './realtime-hub.js';
import { REALTIME_CHANNEL } from './realtime-message.js';

/** How often the LISTEN connection proves it is alive; a database reboot may say nothing. */
const PING_INTERVAL_MS = 10_000;
const PING_TIMEOUT_MS = 5_000;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;
/** Marks the connection, so that operators (and the tests) can find it in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'commons-listener';

/**
 * One dedicated PostgreSQL connection per process, LISTENing on the realtime channel and
 * handing each message to this process's subscribers (`RealtimeHub`). Pooled connections
 * can't LISTEN: the pool hands them to other work between statements.
 *
 * A pg.Client that lost its connection (pg_terminate_backend, a restart) is dead for good, so a
 * new one is made, with backoff, and LISTENs again. Messages sent in the gap are lost: once
 * back, the hub asks every client to reconnect, and clients refetch what they show on reconnect.
 */
@Injectable()
export class RealtimeListener implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger('RealtimeListener');
  private client: pg.Client | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private attempts = 0;
  private connectedBefore = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly hub: RealtimeHub,
  ) {}

  async onModuleInit(): Promise<void> {
    try {
      await this.connect();
    } catch (error) {
      // The API can serve without live updates; keep trying in the background.
      this.log.warn(`realtime listener could not connect: ${String(error)}`);
      this.scheduleReconnect();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** True while LISTENing (readiness and tests). */
  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new pg.Client({
      connectionString: options.url,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      query_timeout: PING_TIMEOUT_MS,
    });
    client.on('notification', (notification) => {
      if (notification.channel !== REALTIME_CHANNEL) return;
      const message = parseRealtimeMessage(notification.payload);
      if (message) this.hub.dispatch(message);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${REALTIME_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempts = 0;
    this.pingTimer = setInterval(() => {
      client.query('SELECT 1').catch((error: unknown) => this.lost(client, error));
    }, PING_INTERVAL_MS);
    this.pingTimer.unref();
    if (this.connectedBefore) {
      this.log.log('realtime listener reconnected; clients will refetch');
      this.hub.resync();
    }
    this.connectedBefore = true;
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
    client.removeAllListeners('notification');
    // A dead client may still emit errors; keep one handler so none goes unhandled.
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    const why = error instanceof Error ? `: ${error.message}` : '';
    this.log.warn(`realtime listener lost its connection${why}`);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** this.attempts);
    this.attempts += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((error: unknown) => {
        this.log.warn(`realtime listener could not reconnect: ${String(error)}`);
        this.scheduleReconnect();
      });
    }, delay);
    this.reconnectTimer.unref();
  }
}
