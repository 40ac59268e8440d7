import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * An error in a resolver goes to Apollo as it was thrown: the formatter masks the unexpected
 * ones and `logUnexpectedErrors` logs those with the request's id (graphql.options.ts). Nest's
 * default handler would log every one besides, expected NOT_FOUNDs and refused input included,
 * as errors with a stack and no request. HTTP routes keep Nest's own handling.
 */
@Catch()
export class GraphqlExceptionsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
