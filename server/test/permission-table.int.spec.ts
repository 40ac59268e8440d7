import type { Visibility } from '@commons/shared';
import { DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { GraphQLClient, startTestApp, type TestApp } from './test-app.js';

/**
 * API.md's permission table, walked row by row for every kind of caller. Each caller stands in
 * one column of the table: workspace roles, team roles on the problems under test, staff and
 * partner accounts outside the team, and no account at all.
 */
const CALLERS = {
  admin: 'admin@demo.commons', // ADMIN
  exec: 'exec@demo.commons', // EXECUTIVE, not on the team
  lead: 'lead@demo.commons', // problem LEAD
  member: 'member@demo.commons', // MEMBER on the team
  partner: 'partner@demo.commons', // PARTNER on the team, a partner-only account
  observer: 'kwame.mensah@demo.commons', // OBSERVER
  sponsor: 'olivia.brennan@demo.commons', // SPONSOR (workspace MEMBER)
  outsider: 'outsider@demo.commons', // staff, not on the team
  partnerOutside: 'leon.fischer@demo.commons', // partner-only account, not on the team
  anonymous: null,
} as const;
type Caller = keyof typeof CALLERS;
const EVERYONE = Object.keys(CALLERS) as Caller[];
const SIGNED_IN = EVERYONE.filter((c) => c !== 'anonymous');

const TEAM: [Caller, string, number][] = [
  ['member', 'MEMBER', 40],
  ['partner', 'PARTNER', 20],
  ['observer', 'OBSERVER', 0],
  ['sponsor', 'SPONSOR', 0],
];

/** 'allowed', or the refusal's error code (NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, …). */
type Outcome = string;

describe('the permission table of API.md', () => {
  let t: TestApp;
  const clients = new Map<Caller, GraphQLClient>();
  const problems = new Map<Visibility, { id: string; key: string }>();

  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    for (const caller of EVERYONE) {
      const client = t.client();
      const email = CALLERS[caller];
      if (email) await client.signIn(email, DEMO_PASSWORD);
      clients.set(caller, client);
    }
    for (const visibility of ['PUBLIC', 'INTERNAL', 'RESTRICTED'] as const) {
      const created = await as('lead').request<{ createProblem: { id: string; key: string } }>(
        `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`,
        { input: { title: `${visibility} problem`, keyPrefix: 'PERM', visibility } },
      );
      const problem = created.data?.createProblem;
      if (!problem) throw new Error(JSON.stringify(created.errors));
      problems.set(visibility, problem);
      for (const [caller, role, allocation] of TEAM) {
        await as('lead').request(
          `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`,
          {
            input: {
              problemId: problem.id,
              userId: await userId(caller),
              role,
              allocationPercent: allocation,
            },
          },
        );
      }
    }
  });
  afterAll(() => t.close());

  function as(caller: Caller): GraphQLClient {
    const client = clients.get(caller);
    if (!client) throw new Error(caller);
    return client;
  }

  async function userId(caller: Caller): Promise<string> {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM app_user WHERE email = $1',
      [CALLERS[caller]],
    );
    return Buffer.from(`User:${row?.id ?? ''}`).toString('base64url');
  }

  async function attempt(
    caller: Caller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<Outcome> {
    const result = await as(caller).request(query, variables);
    const error = result.errors?.[0];
    if (!error) return 'allowed';
    return String(error.extensions?.code);
  }

  function problem(visibility: Visibility) {
    const found = problems.get(visibility);
    if (!found) throw new Error(visibility);
    return found;
  }

  /** Runs `act` for every caller; allowed callers must succeed, the rest be refused as `refusal`. */
  async function expectRow(
    allowed: readonly Caller[],
    act: (caller: Caller) => Promise<Outcome>,
    refusal: (caller: Caller) => Outcome,
  ): Promise<void> {
    const actual: Record<string, Outcome> = {};
    const expected: Record<string, Outcome> = {};
    for (const caller of EVERYONE) {
      actual[caller] = await act(caller);
      expected[caller] = allowed.includes(caller) ? 'allowed' : refusal(caller);
    }
    expect(actual).toEqual(expected);
  }

  /** Unseen things are NOT_FOUND (never FORBIDDEN); without an account, UNAUTHENTICATED. */
  const hidden = (caller: Caller): Outcome =>
    caller === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND';
  const forbidden = (caller: Caller): Outcome =>
    caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';

  const SEE: Record<Visibility, Caller[]> = {
    PUBLIC: SIGNED_IN,
    INTERNAL: SIGNED_IN.filter((c) => c !== 'partnerOutside'),
    RESTRICTED: ['admin', 'exec', 'lead', 'member', 'partner', 'observer', 'sponsor'],
  };

  describe.each(['PUBLIC', 'INTERNAL', 'RESTRICTED'] as const)('a %s problem', (visibility) => {
    it('is seen by exactly the callers the table lists, alike in single reads, node(id) and lists', async () => {
      await expectRow(
        SEE[visibility],
        (caller) =>
          // With its team: whoever sees a problem sees who is on it (a PARTNER-only account
          // outside the team included, though its directory would not list them).
          attempt(
            caller,
            `query($k: String!) { problem(key: $k) { key members { user { displayName } } } }`,
            {
              k: problem(visibility).key,
            },
          ),
        hidden,
      );
      for (const caller of SIGNED_IN) {
        const node = await as(caller).request<{ node: { id: string } | null }>(
          `query($id: ID!) { node(id: $id) { id } }`,
          { id: problem(visibility).id },
        );
        const list = await as(caller).request<{ problems: { edges: { node: { key: string } }[] } }>(
          `{ problems(first: 100, filter: { search: "PERM" }) { edges { node { key } } } }`,
        );
        const seen = SEE[visibility].includes(caller);
        expect({ caller, node: node.data?.node !== null }).toEqual({ caller, node: seen });
        expect({
          caller,
          listed: list.data?.problems.edges.some((e) => e.node.key === problem(visibility).key),
        }).toEqual({ caller, listed: seen });
      }
    });

    it('is edited only by its lead and administrators', async () => {
      await expectRow(
        ['admin', 'lead'],
        async (caller) => {
          const [row] = await t.dataSource.query<{ version: number }[]>(
            'SELECT version FROM problem WHERE key = $1',
            [problem(visibility).key],
          );
          return attempt(
            caller,
            `mutation($input: UpdateProblemInput!) { updateProblem(input: $input) { version } }`,
            {
              input: {
                id: problem(visibility).id,
                version: row?.version,
                geography: `Riverside (${caller})`,
              },
            },
          );
        },
        (caller) => (SEE[visibility].includes(caller) ? forbidden(caller) : hidden(caller)),
      );
    });

    it('has its team changed only by its lead and administrators', async () => {
      await expectRow(
        ['admin', 'lead'],
        async (caller) => {
          const outcome = await attempt(
            caller,
            `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`,
            {
              input: {
                problemId: problem(visibility).id,
                userId: await userId('outsider'),
                role: 'OBSERVER',
                allocationPercent: 0,
              },
            },
          );
          await t.dataSource.query(
            `DELETE FROM membership WHERE problem_id = (SELECT id FROM problem WHERE key = $1) AND user_id = (SELECT id FROM app_user WHERE email = $2)`,
            [problem(visibility).key, CALLERS.outsider],
          );
          return outcome;
        },
        (caller) => (SEE[visibility].includes(caller) ? forbidden(caller) : hidden(caller)),
      );
    });

    it('has tasks created and moved by its team (not observers or sponsors) and administrators', async () => {
      const contributors: Caller[] = ['admin', 'lead', 'member', 'partner'];
      const refusal = (caller: Caller) =>
        SEE[visibility].includes(caller) ? forbidden(caller) : hidden(caller);
      await expectRow(
        contributors,
        (caller) =>
          attempt(
            caller,
            `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
            {
              input: { problemId: problem(visibility).id, title: `Task by ${caller}` },
            },
          ),
        refusal,
      );
      const task = await as('lead').request<{ createTask: { id: string } }>(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
        { input: { problemId: problem(visibility).id, title: 'To be moved' } },
      );
      const statuses = ['IN_PROGRESS', 'BLOCKED', 'DONE', 'TODO'];
      let move = 0;
      await expectRow(
        contributors,
        (caller) =>
          attempt(
            caller,
            `mutation($input: MoveTaskInput!) { moveTask(input: $input) { status } }`,
            {
              input: {
                id: task.data?.createTask.id,
                status: statuses[move++ % statuses.length],
                afterId: null,
              },
            },
          ),
        refusal,
      );
    });

    it('is commented on by the team (observers too, sponsors not) and administrators', async () => {
      await expectRow(
        ['admin', 'lead', 'member', 'partner', 'observer'],
        (caller) =>
          attempt(
            caller,
            `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
            {
              input: { subjectId: problem(visibility).id, body: `A note from ${caller}` },
            },
          ),
        (caller) => (SEE[visibility].includes(caller) ? forbidden(caller) : hidden(caller)),
      );
    });

    it('has outcomes defined only by its lead and administrators, and measured by its team', async () => {
      const refusal = (caller: Caller) =>
        SEE[visibility].includes(caller) ? forbidden(caller) : hidden(caller);
      await expectRow(
        ['admin', 'lead'],
        (caller) =>
          attempt(
            caller,
            `mutation($input: CreateOutcomeInput!) { createOutcome(input: $input) { id } }`,
            {
              input: {
                problemId: problem(visibility).id,
                name: `Outcome by ${caller}`,
                unit: 'people',
                direction: 'DECREASE',
                baselineValue: 100,
                baselineDate: '2026-01-01',
                targetValue: 50,
                targetDate: '2027-01-01',
              },
            },
          ),
        refusal,
      );
      const [outcome] = await t.dataSource.query<{ id: string }[]>(
        `SELECT o.id FROM outcome o JOIN problem p ON p.id = o.problem_id WHERE p.key = $1 LIMIT 1`,
        [problem(visibility).key],
      );
      await expectRow(
        ['admin', 'lead', 'member', 'partner'],
        (caller) =>
          attempt(
            caller,
            `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`,
            {
              input: {
                outcomeId: Buffer.from(`Outcome:${outcome?.id ?? ''}`).toString('base64url'),
                observedAt: '2026-06-01',
                value: 80,
              },
            },
          ),
        refusal,
      );
    });

    it('answers viewerCan exactly as the table does, so the client shows only what works', async () => {
      const EDIT: Caller[] = ['admin', 'lead'];
      const CONTRIBUTE: Caller[] = ['admin', 'lead', 'member', 'partner'];
      const COMMENT: Caller[] = [...CONTRIBUTE, 'observer'];
      for (const caller of SEE[visibility]) {
        const result = await as(caller).request<{
          problem: { viewerCan: { edit: boolean; contribute: boolean; comment: boolean } };
        }>(`query($k: String!) { problem(key: $k) { viewerCan { edit contribute comment } } }`, {
          k: problem(visibility).key,
        });
        expect({ caller, can: result.data?.problem.viewerCan }).toEqual({
          caller,
          can: {
            edit: EDIT.includes(caller),
            contribute: CONTRIBUTE.includes(caller),
            comment: COMMENT.includes(caller),
          },
        });
      }
    });

    it('shows its comments and activity to whoever may see it', async () => {
      await expectRow(
        SEE[visibility],
        (caller) =>
          attempt(caller, `query($id: ID!) { comments(subjectId: $id) { totalCount } }`, {
            id: problem(visibility).id,
          }),
        hidden,
      );
      await expectRow(
        SEE[visibility],
        (caller) =>
          attempt(caller, `query($id: ID!) { activity(subjectId: $id) { totalCount } }`, {
            id: problem(visibility).id,
          }),
        hidden,
      );
    });
  });

  it('lets everyone signed in create a problem, except partner-only accounts', async () => {
    await expectRow(
      ['admin', 'exec', 'lead', 'member', 'observer', 'sponsor', 'outsider'],
      (caller) =>
        attempt(
          caller,
          `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id } }`,
          {
            input: { title: `Framed by ${caller}`, keyPrefix: 'NEWP' },
          },
        ),
      forbidden,
    );
  });

  it('answers the workspace viewerCan as the table does', async () => {
    for (const caller of SIGNED_IN) {
      const result = await as(caller).request<{
        viewerCan: { createProblem: boolean; createPortfolio: boolean; viewPortfolios: boolean };
      }>(`{ viewerCan { createProblem createPortfolio viewPortfolios } }`);
      const partnerOnly = caller === 'partner' || caller === 'partnerOutside';
      expect({ caller, can: result.data?.viewerCan }).toEqual({
        caller,
        can: {
          createProblem: !partnerOnly,
          createPortfolio: caller === 'admin' || caller === 'exec',
          viewPortfolios: !partnerOnly,
        },
      });
    }
  });

  it('lets administrators and executives create portfolios; executives edit only their own', async () => {
    await expectRow(
      ['admin', 'exec'],
      (caller) =>
        attempt(caller, `mutation { createPortfolio(input: { name: "Portfolio" }) { id } }`),
      forbidden,
    );
    const own = await as('exec').request<{ createPortfolio: { id: string } }>(
      `mutation { createPortfolio(input: { name: "Exec's own" }) { id } }`,
    );
    const adminOwned = await as('admin').request<{ createPortfolio: { id: string } }>(
      `mutation { createPortfolio(input: { name: "Admin's" }) { id } }`,
    );
    const edit = async (caller: Caller, id: string | undefined) => {
      const [row] = await t.dataSource.query<{ version: number }[]>(
        'SELECT version FROM portfolio WHERE id = (SELECT id FROM portfolio WHERE name = $1)',
        [id === own.data?.createPortfolio.id ? "Exec's own" : "Admin's"],
      );
      return attempt(
        caller,
        `mutation($input: UpdatePortfolioInput!) { updatePortfolio(input: $input) { id } }`,
        {
          input: { id, version: row?.version, description: `edited by ${caller}` },
        },
      );
    };
    expect(await edit('exec', own.data?.createPortfolio.id)).toBe('allowed');
    expect(await edit('admin', own.data?.createPortfolio.id)).toBe('allowed');
    expect(await edit('exec', adminOwned.data?.createPortfolio.id)).toBe('FORBIDDEN');
    expect(await edit('lead', own.data?.createPortfolio.id)).toBe('FORBIDDEN');
    expect(await edit('partner', own.data?.createPortfolio.id)).toBe('NOT_FOUND');
  });

  it('shows portfolios to everyone signed in; a partner-only account only those holding its problems', async () => {
    const holding = await as('exec').request<{ createPortfolio: { id: string } }>(
      `mutation { createPortfolio(input: { name: "Holds the restricted one" }) { id } }`,
    );
    const id = holding.data?.createPortfolio.id;
    const placed = await as('exec').request(
      `mutation($input: UpdatePortfolioInput!) { updatePortfolio(input: $input) { id } }`,
      { input: { id, version: 1, problemIds: [problem('RESTRICTED').id] } },
    );
    expect(placed.errors).toBeUndefined();
    const all = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM portfolio',
    );
    for (const caller of EVERYONE) {
      const result = await as(caller).request<{ portfolios: { id: string }[] }>(
        `{ portfolios { id } }`,
      );
      const single = await as(caller).request<{ node: { id: string } | null }>(
        `query($id: ID!) { node(id: $id) { id } }`,
        { id },
      );
      if (caller === 'anonymous') {
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        continue;
      }
      const seen = result.data?.portfolios.map((p) => p.id) ?? [];
      if (caller === 'partner' || caller === 'partnerOutside') {
        expect({ caller, seen }).toEqual({ caller, seen: caller === 'partner' ? [id] : [] });
      } else {
        expect({ caller, count: seen.length, holding: seen.includes(id ?? '') }).toEqual({
          caller,
          count: all[0]?.n,
          holding: true,
        });
      }
      expect({ caller, single: single.data?.node?.id ?? null }).toEqual({
        caller,
        single: caller === 'partnerOutside' ? null : id,
      });
    }
  });

  it('gives everyone signed in their own notifications and preferences, and nobody anyone else’s', async () => {
    const signedInOnly = (caller: Caller): Outcome =>
      caller === 'anonymous' ? 'UNAUTHENTICATED' : 'allowed';
    for (const query of [
      `{ notifications(first: 1) { totalCount } }`,
      `mutation { markNotificationsRead(all: true) }`,
      `mutation { updateNotificationPreferences(input: { email: DAILY }) { email } }`,
    ]) {
      await expectRow(SIGNED_IN, (caller) => attempt(caller, query), signedInOnly);
    }
    // One notification, the member's: the lead mentions them on the RESTRICTED problem.
    await as('lead').request(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
      { input: { subjectId: problem('RESTRICTED').id, body: 'Over to @member' } },
    );
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.email = $1 ORDER BY n.created_at DESC LIMIT 1`,
      [CALLERS.member],
    );
    const notification = Buffer.from(`Notification:${row?.id ?? ''}`).toString('base64url');
    const member = await userId('member');
    for (const caller of SIGNED_IN) {
      const node = await as(caller).request<{ node: { id: string } | null }>(
        `query($id: ID!) { node(id: $id) { id } }`,
        { id: notification },
      );
      const own = await as(caller).request(
        `{ me { unreadNotificationCount notificationPreferences { email } } }`,
      );
      // Someone else's count: NOT_FOUND, or no User at all where the directory hides the member.
      const count = await as(caller).request<{ node: { unreadNotificationCount: number } | null }>(
        `query($id: ID!) { node(id: $id) { ... on User { unreadNotificationCount } } }`,
        { id: member },
      );
      const theirs =
        count.errors?.[0]?.extensions?.code ?? (count.data?.node ? 'allowed' : 'no such user');
      expect({ caller, node: node.data?.node?.id ?? null, own: own.errors, theirs }).toEqual({
        caller,
        node: caller === 'member' ? notification : null,
        own: undefined,
        theirs:
          caller === 'member'
            ? 'allowed'
            : caller === 'partnerOutside'
              ? 'no such user'
              : 'NOT_FOUND',
      });
    }
  });

  it('lets only administrators send the email digests now', async () => {
    await expectRow(
      ['admin'],
      (caller) => attempt(caller, `mutation { sendDigestsNow }`),
      forbidden,
    );
  });

  it('opens the people directory to everyone signed in; a partner-only account sees only people on its problems', async () => {
    const count = async (caller: Caller) =>
      (
        await as(caller).request<{ users: { totalCount: number } }>(
          `{ users(first: 1) { totalCount } }`,
        )
      ).data?.users.totalCount;
    const [all] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM app_user WHERE disabled_at IS NULL',
    );
    for (const caller of [
      'admin',
      'exec',
      'lead',
      'member',
      'observer',
      'sponsor',
      'outsider',
    ] as const) {
      expect({ caller, count: await count(caller) }).toEqual({ caller, count: all?.n });
    }
    // The partner's problems have lead, member, partner, observer, sponsor (+ nobody else).
    expect(await count('partner')).toBe(5);
    expect(await count('partnerOutside')).toBe(1);
    // The exception is for members: an executive of a partner organisation sees everyone.
    const email = 'leon.fischer@demo.commons';
    await t.dataSource.query(`UPDATE app_user SET role = 'EXECUTIVE' WHERE email = $1`, [email]);
    try {
      expect(await count('partnerOutside')).toBe(all?.n);
    } finally {
      await t.dataSource.query(`UPDATE app_user SET role = 'MEMBER' WHERE email = $1`, [email]);
    }
    expect(
      (await as('anonymous').request(`{ users(first: 1) { totalCount } }`)).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
  });
});
