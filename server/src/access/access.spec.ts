import 'reflect-metadata';
import { MetadataScanner, ModulesContainer, NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';
import { ACCESS_METADATA } from './access.decorators.js';

// @nestjs/graphql's metadata key for root fields (Query / Mutation / Subscription).
const RESOLVER_TYPE = 'graphql:resolver_type';

describe('access declarations', () => {
  it('every query and mutation declares who may call it', async () => {
    const dataSource = createDataSource({
      url: 'postgres://x@127.0.0.1:1/none',
      poolSize: 1,
      statementTimeoutMs: 1000,
    });
    const app = await NestFactory.create(
      AppModule.forRoot({ config: loadConfig({ LOG_LEVEL: 'silent' }), dataSource }),
      { logger: false, abortOnError: false },
    );
    const modules = app.get(ModulesContainer);
    const scanner = new MetadataScanner();
    const rootFields: string[] = [];
    const undeclared: string[] = [];
    const providers = [...modules.values()].flatMap((m) => [...m.providers.values()]);
    for (const wrapper of providers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const method = prototype[name] as object;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        rootFields.push(`${instance.constructor.name}.${name}`);
        if (!Reflect.getMetadata(ACCESS_METADATA, method))
          undeclared.push(`${instance.constructor.name}.${name}`);
      }
    }
    await app.close();
    expect(rootFields).toEqual(
      expect.arrayContaining(['AuthResolver.signIn', 'NodeResolver.node']),
    );
    expect(undeclared).toEqual([]);
  });
});
