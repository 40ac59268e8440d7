import {
  isPartnerOnlyKind,
  MEMBER_ROLES,
  ORGANIZATION_KINDS,
  VISIBILITIES,
  WORKSPACE_ROLES,
  type MemberRole,
  type OrganizationKind,
  type Visibility,
  type WorkspaceRole,
} from '@commons/shared';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { can, userMayViewProblemSql } from './policy.js';

interface Case {
  role: WorkspaceRole;
  kind: OrganizationKind;
  memberRole: MemberRole | null;
  visibility: Visibility;
}

/**
 * The SQL that picks who may be told about a problem (notification recipients) must agree with
 * `can(…, 'view')` for every workspace role, home organisation kind, team role (or none) and
 * visibility: PostgreSQL evaluates the predicate over all of them at once.
 */
describe('userMayViewProblemSql', () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('agrees with can(…, "view") for every kind of person and problem', async () => {
    const cases: Case[] = [];
    for (const role of WORKSPACE_ROLES)
      for (const kind of ORGANIZATION_KINDS)
        for (const memberRole of [null, ...MEMBER_ROLES])
          for (const visibility of VISIBILITIES) cases.push({ role, kind, memberRole, visibility });

    const { rows } = await client.query<{ i: number; may: boolean }>(
      `SELECT c.i, ${userMayViewProblemSql('u', 'o', 'm', 'p')} AS may
         FROM jsonb_to_recordset($1::jsonb) AS c(i int, role workspace_role, kind organization_kind,
                                                 member_role member_role, visibility visibility)
         CROSS JOIN LATERAL (SELECT c.role) u
         CROSS JOIN LATERAL (SELECT c.kind) o
         CROSS JOIN LATERAL (SELECT CASE WHEN c.member_role IS NULL THEN NULL
                                         ELSE gen_random_uuid() END AS user_id, c.member_role AS role) m
         CROSS JOIN LATERAL (SELECT c.visibility) p
        ORDER BY c.i`,
      [
        JSON.stringify(
          cases.map((c, i) => ({
            i,
            role: c.role,
            kind: c.kind,
            member_role: c.memberRole,
            visibility: c.visibility,
          })),
        ),
      ],
    );
    const actual = rows.map((row) => ({ ...cases[row.i], may: row.may }));
    const expected = cases.map((c) => ({
      ...c,
      may: can(
        {
          userId: 'someone',
          role: c.role,
          organizationId: 'home',
          organizationKind: c.kind,
          partnerOnly: isPartnerOnlyKind(c.kind),
        },
        'view',
        { visibility: c.visibility, memberRole: c.memberRole },
      ),
    }));
    expect(actual).toHaveLength(3 * 7 * 6 * 3);
    expect(actual).toEqual(expected);
    // Both answers occur: the comparison is not vacuous.
    expect(new Set(actual.map((c) => c.may))).toEqual(new Set([true, false]));
  });
});
