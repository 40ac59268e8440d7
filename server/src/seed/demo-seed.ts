import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data.js';

export const DEMO_SIGN_IN = { email: 'admin@demo.commons', password: DEMO_PASSWORD } as const;

export interface SeedSummary {
  organizations: number;
  users: number;
}

/**
 * Loads the demo workspace. Idempotent: rows are matched by their natural keys (organisation
 * name, user email) and existing ones are left as they are, so a second run changes nothing.
 */
export async function seedDemoWorkspace(dataSource: DataSource): Promise<SeedSummary> {
  // One hash for every demo account: they share the demo password, and 32 argon2 runs at
  // 19 MiB each would make every fresh start seconds slower.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (tx) => {
    for (const org of DEMO_ORGANIZATIONS) {
      await tx.query(
        `INSERT INTO organization (name, kind, parent_id)
         VALUES ($1, $2, (SELECT id FROM organization WHERE name = $3))
         ON CONFLICT (name) DO NOTHING`,
        [org.name, org.kind, org.parent ?? null],
      );
    }
    for (const user of DEMO_USERS) {
      await tx.query(
        `INSERT INTO app_user (email, display_name, title, organization_id, role, password_hash)
         SELECT $1, $2, $3, o.id, $5, $6 FROM organization o WHERE o.name = $4
         ON CONFLICT (email) DO NOTHING`,
        [user.email, user.displayName, user.title, user.organization, user.role, passwordHash],
      );
    }
    const [counts] = await tx.query<
      SeedSummary[]
    >(`SELECT (SELECT count(*) FROM organization)::int AS organizations,
              (SELECT count(*) FROM app_user)::int AS users`);
    return counts ?? { organizations: 0, users: 0 };
  });
}
