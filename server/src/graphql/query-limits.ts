import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './connection.js';

/** Limits checked before anything runs. Generous for the product's own pages (measured). */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 30,
  /** Lexical tokens per document (Apollo's parser stops counting there). */
  maxTokens: 5_000,
  /** Cost: 1 per field, times `first` (or the default page) for connections, ×10 for lists.
   *  A portfolio page of 50 problems with each outcome's trajectory costs about 29,000. */
  maxCost: 50_000,
} as const;

/** A refusal by a query limit: mapped to BAD_USER_INPUT (HTTP 400) by the error formatter. */
export class QueryLimitError extends GraphQLError {}

/**
 * graphql-armor's rules, reporting each refusal as a validation error of our own class, so the
 * formatter can answer BAD_USER_INPUT (Apollo labels every validation error
 * GRAPHQL_VALIDATION_FAILED but keeps the original error); HTTP stays 400.
 */
export function queryLimitRules(): ValidationRule[] {
  const options = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(new QueryLimitError(error.message.replace(/^Syntax Error: /, '')));
      },
    ],
  };
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, ...options }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...options }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, ...options }),
  ];
}

/**
 * Lists multiply what is selected under them: connections by `first`, plain lists by 10. A
 * connection's own `edges`/`nodes` lists are the page `first` already counted, so they don't
 * multiply again.
 */
const listAwareEstimator: ComplexityEstimator = ({
  type: parent,
  field,
  args,
  childComplexity,
}) => {
  const first = typeof args.first === 'number' ? args.first : null;
  if ('first' in args || field.args.some((a) => a.name === 'first')) {
    return 1 + childComplexity * (first ?? DEFAULT_PAGE_SIZE);
  }
  if (parent.name.endsWith('Connection')) return 1 + childComplexity;
  const type = getNullableType(field.type);
  if (isListType(type) && getNamedType(type).name !== 'String') return 1 + childComplexity * 10;
  return 1 + childComplexity;
};

/**
 * The estimated cost of an operation, or null when its variables can't be coerced: those are
 * the executor's to refuse, as BAD_USER_INPUT naming the field (the estimator would throw them
 * as a bare error, a 500). WebSocket subscriptions use it too.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  operation: OperationDefinitionNode | null | undefined = getOperationAST(document, operationName),
): number | null {
  const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables, {
    maxErrors: 1,
  });
  if (coerced.errors) return null;
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [listAwareEstimator],
  });
}

/** Costs remembered per document; a key longer than this (large input variables) is not kept. */
const MAX_COSTS_PER_DOCUMENT = 100;
const MAX_COST_KEY_LENGTH = 1_000;

/**
 * Refuses an operation whose estimated cost is over the limit, before it executes.
 *
 * The cost is a function of the document, the operation and the variables, and estimating it
 * walks the whole document with graphql-js' visitor (3% of the server's time under `myTasks`
 * load). So it is remembered per document (Apollo keeps one parsed document per query text),
 * operation name and variables, for variables that were valid.
 */
export function queryCostPlugin(): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const refuseOver = (cost: number) =>
    cost > QUERY_LIMITS.maxCost
      ? Promise.reject(
          new GraphQLError(
            `This query is too expensive (cost ${cost}, limit ${QUERY_LIMITS.maxCost}). Ask for fewer items or fields.`,
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          ),
        )
      : Promise.resolve();
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ request, document, schema, operation }) => {
          const key = `${request.operationName ?? ''}:${JSON.stringify(request.variables ?? {})}`;
          const known = costs.get(document);
          const cached = known?.get(key);
          if (cached !== undefined) return refuseOver(cached);
          const cost = queryCost(
            schema,
            document,
            request.operationName ?? undefined,
            request.variables ?? {},
            operation,
          );
          if (cost === null) return Promise.resolve();
          if (key.length <= MAX_COST_KEY_LENGTH) {
            const remembered = known ?? new Map<string, number>();
            if (remembered.size >= MAX_COSTS_PER_DOCUMENT) remembered.clear();
            remembered.set(key, cost);
            costs.set(document, remembered);
          }
          return refuseOver(cost);
        },
      }),
  };
}
