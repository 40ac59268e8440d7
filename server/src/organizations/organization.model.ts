import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@commons/shared';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import type { OrganizationEntity } from './organization.entity.js';

export const OrganizationKindEnum = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, k])) as {
  [K in OrganizationKind]: K;
};
registerEnumType(OrganizationKindEnum, {
  name: 'OrganizationKind',
  description:
    'What kind of body an organisation is. NONPROFIT, PRIVATE, ACADEMIC and COMMUNITY are partners.',
});

@ObjectType('Organization', {
  implements: () => [Node],
  description: 'A department, agency, municipality, nonprofit, firm, academic or community group.',
})
export class Organization implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Field(() => OrganizationKindEnum, { description: 'What kind of body this is.' })
  kind: OrganizationKind;

  /** Internal: resolved to `parent`. */
  parentId: string | null;
  /** Internal: the uuid behind `id`. */
  uuid: string;
}

export function toOrganizationModel(entity: OrganizationEntity): Organization {
  const organization = new Organization();
  organization.id = toGlobalId('Organization', entity.id);
  organization.uuid = entity.id;
  organization.name = entity.name;
  organization.kind = entity.kind;
  organization.parentId = entity.parentId;
  return organization;
}
