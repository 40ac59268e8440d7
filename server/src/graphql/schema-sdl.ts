import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';

/** The schema exactly as the server builds it, sorted. */
export async function buildSchemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildServerSchema())) + '\n';
}

/**
 * The executable schema as the server builds it, resolvers included. Building needs no
 * database: the data source is created but never connected.
 */
export async function buildServerSchema(): Promise<GraphQLSchema> {
  // Not a job instance: the job runner would connect at bootstrap.
  const config = loadConfig({ LOG_LEVEL: 'silent', JOBS_ENABLED: 'false' });
  const dataSource = createDataSource({
    url: 'postgres://schema-only@127.0.0.1:1/none',
    poolSize: 1,
    statementTimeoutMs: 1000,
  });
  const app = await NestFactory.create(AppModule.forRoot({ config, dataSource }), {
    logger: false,
    abortOnError: false,
  });
  try {
    await app.init();
    return app.get(GraphQLSchemaHost).schema;
  } finally {
    await app.close();
  }
}
