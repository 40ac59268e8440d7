import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { AuthService } from '../auth/auth.service.js';
import type { AppConfig } from '../config/config.js';
import { DOMAIN_CODES } from './errors.js';
import { QUERY_LIMITS, QueryLimitError, queryCostPlugin, queryLimitRules } from './query-limits.js';
import { jitExecutionPlugin } from './jit-execution.plugin.js';
import { withoutPropertyResolvers } from './property-fields.js';
import { RequestLoaders, withFreshLoadersPerMutation } from './loaders.js';
import type { RequestContext } from './request-context.js';

/** Apollo's own request-level errors: safe to show as they are (no internals in them). */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again.';

export function graphqlOptions(config: AppConfig, auth: AuthService): ApolloDriverConfig {
  const development = config.NODE_ENV === 'development';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    // Limits before execution: tokens at parse time, depth/aliases/directives as validation
    // rules, cost once the operation and its variables are known.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryLimitRules(),
    // The driver's default interceptor would turn Nest HttpExceptions into errors with HTTP
    // details; we throw only domain errors.
    autoTransformHttpErrors: false,
    transformSchema: (schema) => withFreshLoadersPerMutation(withoutPropertyResolvers(schema)),
    plugins: [
      // Measured: Apollo's cache-control plugin halves list throughput, and we set no hints.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      queryCostPlugin(),
      hideSuggestionsFromAnonymous(config.NODE_ENV === 'production'),
      logUnexpectedErrors(),
      jitExecutionPlugin({ compileOnUse: config.GRAPHQL_COMPILE_ON_USE }),
    ],
    context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => ({
      req,
      res,
      actor: await auth.actorFor(req),
      loaders: new RequestLoaders(),
    }),
    formatError: (formatted, error) => formatError(formatted, error, development),
  };
}

/**
 * Domain errors and Apollo's request errors pass through; everything else becomes
 * INTERNAL_SERVER_ERROR with no message, stack, SQL or path from inside.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // Query limits are the caller's input being refused: BAD_USER_INPUT (HTTP stays 400).
  if (isLimitRefusal(error, formatted)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (isExpected(original)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const fields =
      extensions.code === 'BAD_USER_INPUT' && !extensions.fields
        ? variableFieldErrors(formatted.message)
        : null;
    return { ...formatted, extensions: fields ? { ...extensions, fields } : extensions };
  }
  return {
    message: development && original instanceof Error ? original.message : INTERNAL_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * graphql-js refuses badly typed variables before anything runs, naming the place only in its
 * message ('Variable "$input" got invalid value "x" at "input.allocationPercent"; Int cannot
 * represent …'). Forms need the path, as our own validation gives it in `extensions.fields`.
 */
export function variableFieldErrors(message: string): { path: string; message: string }[] | null {
  const invalid = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.+)$/s.exec(
    message,
  );
  if (invalid) {
    const [, variable = '', at, reason = ''] = invalid;
    const missing = /^Field "(\w+)" of required type "[^"]+" was not provided\.$/.exec(reason);
    const path = at ?? variable;
    return [
      missing
        ? { path: `${path}.${missing[1] ?? ''}`, message: 'Required.' }
        : { path, message: reason },
    ];
  }
  const absent =
    /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/.exec(
      message,
    );
  return absent ? [{ path: absent[1] ?? '', message: 'Required.' }] : null;
}

function isLimitRefusal(error: unknown, formatted: GraphQLFormattedError): boolean {
  if (error instanceof QueryLimitError) return true;
  if (error instanceof GraphQLError && error.originalError instanceof QueryLimitError) return true;
  return (
    formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' &&
    /contains more tha[nt] \d+ tokens/.test(formatted.message)
  );
}

/**
 * In production, anonymous callers get no "Did you mean …?" hints: they would map the schema
 * for someone who has not signed in.
 */
function hideSuggestionsFromAnonymous(production: boolean): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response, contextValue }) => {
          if (!production || contextValue.actor || response.body.kind !== 'single') {
            return Promise.resolve();
          }
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(
              / Did you mean .+\?$/,
              '',
            );
          }
          return Promise.resolve();
        },
      }),
  };
}

/** A GraphQLError we or Apollo raised on purpose, with a code clients rely on. */
function isExpected(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions.code;
  return typeof code === 'string' && (DOMAIN_CODES.has(code) || REQUEST_CODES.has(code));
}

/** Logs, with the request's id and stack, every error the formatter will mask. */
function logUnexpectedErrors(): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, contextValue }) => {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isExpected(original)) continue;
            // Context creation can fail before `req` is in the context (e.g. database down).
            (contextValue.req as RequestContext['req'] | undefined)?.log.error(
              { err: original, path: error.path },
              'unexpected error in a GraphQL request',
            );
          }
          return Promise.resolve();
        },
      }),
  };
}
