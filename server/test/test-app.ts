import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { type AppConfig, loadConfig } from '../src/config/config.js';
import { createDataSource } from '../src/database/data-source.js';
import { DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { seedDemoWorkspace } from '../src/seed/demo-seed.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  url: string;
  app: NestExpressApplication;
  dataSource: DataSource;
  database: TestDatabase;
  config: AppConfig;
  /** SQL statements run since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  /** A client with its own cookie jar. */
  client(): GraphQLClient;
  /** A client signed in as a demo account (requires `seed: true`). */
  signedIn(email: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** `true`: the whole demo workspace; `'directory'`: only its organisations and people. */
  seed?: boolean | 'directory';
  env?: Record<string, string>;
  /** Reuse another test app's database (two instances behind one PostgreSQL). */
  database?: TestDatabase;
}

/** The real application on a fresh database, listening on a random loopback port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    CLIENT_DIST_DIR: '/nonexistent',
    // Every query that answers without an error runs compiled, as hot ones do in production.
    GRAPHQL_COMPILE_ON_USE: '1',
    ...options.env,
  });
  const queries: string[] = [];
  const dataSource = createDataSource({
    url: database.url,
    poolSize: 4,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    onQuery: (sql) => queries.push(sql),
  });
  await dataSource.initialize();
  if (options.seed === 'directory') await seedDemoWorkspace(dataSource, { workspace: 'directory' });
  else if (options.seed) await seedDemoWorkspace(dataSource);
  const app = await createApp({ config, dataSource });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    dataSource,
    database,
    config,
    queries,
    resetQueries: () => queries.splice(0),
    client: () => new GraphQLClient(url),
    signedIn: async (email) => {
      const client = new GraphQLClient(url);
      await client.signIn(email, DEMO_PASSWORD);
      return client;
    },
    close: async () => {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      if (!options.database) await database.drop();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** A minimal GraphQL-over-HTTP client that keeps the session cookie like a browser. */
export class GraphQLClient {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null;
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  async signIn(email: string, password: string) {
    const result = await this.request<{ signIn: { id: string } }>(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`,
      { email, password },
    );
    if (result.errors) throw new Error(`sign-in as ${email} failed: ${result.errors[0]?.message}`);
    return result;
  }
}
