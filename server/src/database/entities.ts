import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Every TypeORM entity; the drift test compares them with the migrations. */
export const ENTITIES = [OrganizationEntity, UserEntity];
