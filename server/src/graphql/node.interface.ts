import { Field, ID, InterfaceType } from '@nestjs/graphql';

@InterfaceType('Node', {
  description: 'An object with an opaque global id that `node(id)` resolves.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;
}
