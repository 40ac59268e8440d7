import { Injectable } from '@nestjs/common';
import type { Node } from './node.interface.js';
import type { RequestContext } from './request-context.js';

/** Finds one object of a type by uuid, or null when it is absent or not visible to the caller. */
export type NodeFetcher = (uuid: string, ctx: RequestContext) => Promise<Node | null>;

/** Each feature registers how `node(id)` finds its types, so this folder imports no feature. */
@Injectable()
export class NodeRegistry {
  private readonly fetchers = new Map<string, NodeFetcher>();

  register(type: string, fetcher: NodeFetcher): void {
    if (this.fetchers.has(type)) throw new Error(`node type ${type} registered twice`);
    this.fetchers.set(type, fetcher);
  }

  fetcherFor(type: string): NodeFetcher | undefined {
    return this.fetchers.get(type);
  }
}
