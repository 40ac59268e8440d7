import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AccessGuard } from './access/access.guard.js';
import { AccessModule } from './access/access.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthService } from './auth/auth.service.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { GraphqlCommonModule } from './graphql/graphql-common.module.js';
import { GraphqlExceptionsFilter } from './graphql/graphql-exceptions.filter.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MailModule } from './mail/mail.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ProblemsModule } from './problems/problems.module.js';
import { TasksModule } from './tasks/tasks.module.js';
import { OutcomesModule } from './outcomes/outcomes.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { MembersModule } from './members/members.module.js';
import { PortfoliosModule } from './portfolios/portfolios.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { InputValidationPipe } from './graphql/input-validation.pipe.js';
import { UsersModule } from './users/users.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  /** Initialised and migrated by the caller (main.ts or a test). */
  dataSource: DataSource;
}

/** Wires the feature modules; nothing else. */
@Module({})
export class AppModule {
  static forRoot({ config, dataSource }: AppModuleOptions): DynamicModule {
    @Global()
    @Module({
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
      ],
      exports: [APP_CONFIG, DataSource],
    })
    class CoreModule {}

    return {
      module: AppModule,
      imports: [
        CoreModule,
        // Nest's own logs, through pino. The module's per-request middleware is not mounted
        // (`forRoutes: []`): it binds every request into an AsyncLocalStorage, which on Node 20
        // runs promise hooks on every promise of the request (9% of the portfolio query's p95,
        // README). Request logs come from pino-http on this same root logger (app.factory.ts).
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            redact: {
              paths: [
                'req.headers.cookie',
                'req.headers.authorization',
                'res.headers["set-cookie"]',
              ],
              censor: '[redacted]',
            },
          },
          forRoutes: [],
        }),
        GraphqlCommonModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => graphqlOptions(config, auth),
        }),
        AuthModule,
        AccessModule,
        UsersModule,
        OrganizationsModule,
        ProblemsModule,
        TasksModule,
        OutcomesModule,
        CommentsModule,
        MembersModule,
        PortfoliosModule,
        NotificationsModule,
        HealthModule,
        RealtimeModule,
        JobsModule,
        MailModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionsFilter },
      ],
    };
  }
}
