import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';

/**
 * The schema exactly as the server builds it, sorted. Building needs no database: the data
 * source is created but never connected.
 */
export async function buildSchemaSdl(): Promise<string> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
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
    const { schema } = app.get(GraphQLSchemaHost);
    return printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
