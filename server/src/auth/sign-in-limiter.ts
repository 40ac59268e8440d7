import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { RateLimitedError } from '../graphql/errors.js';

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Counts failed sign-ins per account and per client in PostgreSQL, so the limits hold across
 * server instances. Only failures count: a colleague who signs in often is never limited.
 */
@Injectable()
export class SignInLimiter {
  /** N wrong passwords (default 10) for one account in 15 minutes lock it for 15 minutes. */
  private readonly perAccount: RateLimiterPostgres;
  /** N failures (default 100) from one client in an hour: password spraying across accounts. */
  private readonly perClient: RateLimiterPostgres;

  constructor(@Inject(DataSource) dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const common = {
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'rate_limit',
      tableCreated: true,
    };
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'signin-account',
      points: config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      duration: FIFTEEN_MINUTES,
      blockDuration: FIFTEEN_MINUTES,
    });
    this.perClient = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'signin-client',
      points: config.SIGN_IN_MAX_FAILURES_PER_CLIENT,
      duration: 60 * 60,
      blockDuration: FIFTEEN_MINUTES,
    });
  }

  /** RATE_LIMITED when either counter is spent; otherwise nothing. */
  async assertAllowed(clientKey: string, email: string): Promise<void> {
    const [account, client] = await Promise.all([
      this.perAccount.get(accountKey(email)),
      this.perClient.get(clientKey),
    ]);
    const waits = [
      spent(account, this.perAccount.points),
      spent(client, this.perClient.points),
    ].filter((ms): ms is number => ms !== null);
    if (waits.length) throw new RateLimitedError(Math.ceil(Math.max(...waits) / 1000));
  }

  async recordFailure(clientKey: string, email: string): Promise<void> {
    await Promise.all([
      consume(this.perAccount, accountKey(email)),
      consume(this.perClient, clientKey),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }
}

/** Emails are hashed: the counters table needs no personal data and keys stay short. */
function accountKey(email: string): string {
  return createHash('sha256').update(email).digest('base64url');
}

function spent(res: RateLimiterRes | null, points: number): number | null {
  return res && res.consumedPoints >= points ? Math.max(res.msBeforeNext, 1000) : null;
}

/** A rejection with a RateLimiterRes only means "now over the limit"; real errors propagate. */
async function consume(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
