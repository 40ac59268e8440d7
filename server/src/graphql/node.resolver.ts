import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../access/access.decorators.js';
import { decodeGlobalId } from './global-id.js';
import { Node } from './node.interface.js';
import { NodeRegistry } from './node.registry.js';
import type { RequestContext } from './request-context.js';

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  /** Public: each type's fetcher applies the caller's visibility (null when not visible). */
  @Public()
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when absent or not visible to you.',
  })
  async node(
    @Args('id', { type: () => ID, description: 'A global id.' }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<Node | null> {
    const decoded = decodeGlobalId(id);
    const fetcher = decoded && this.registry.fetcherFor(decoded.type);
    if (!decoded || !fetcher) return null;
    return fetcher(decoded.id, ctx);
  }
}
