import { isPartnerOnlyKind, type OrganizationKind, type Visibility } from '@commons/shared';
import pg from 'pg';
import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import type { Actor } from '../auth/actor.js';
import { REALTIME_CHANNEL, type RealtimeMessage } from '../realtime/realtime-message.js';
import { NotificationsWriter } from './notifications.writer.js';

const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id number version } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version status } }`;
const MOVE_TASK = `mutation($input: MoveTaskInput!) { moveTask(input: $input) { id version status } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id version } }`;
const UPDATE_COMMENT = `mutation($input: UpdateCommentInput!) { updateComment(input: $input) { id version } }`;
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind summary url subjectId readAt createdAt problem { key } actor { displayName } } }
  }
}`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;
const PREFS = `mutation($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { email muted emailAvailable }
}`;

interface Row {
  kind: string;
  email: string;
  summary: string;
  url: string;
  subject_type: string;
}

interface ListNode {
  id: string;
  kind: string;
  summary: string;
  url: string;
  subjectId: string | null;
  readAt: string | null;
  createdAt: string;
  problem: { key: string } | null;
  actor: { displayName: string } | null;
}
interface ListResult {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: ListNode }[];
  };
}

describe('notifications', () => {
  let t: TestApp;
  const clients = new Map<string, GraphQLClient>();
  let restricted: { id: string; key: string; uuid: string };
  let internal: { id: string; key: string; uuid: string };

  async function as(email: string): Promise<GraphQLClient> {
    const known = clients.get(email);
    if (known) return known;
    const client = await t.signedIn(`${email}@demo.commons`);
    clients.set(email, client);
    return client;
  }

  async function uuidOf(email: string): Promise<string> {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM app_user WHERE email = $1',
      [`${email}@demo.commons`],
    );
    if (!row) throw new Error(email);
    return row.id;
  }

  async function userGid(email: string) {
    return gid('User', await uuidOf(email));
  }

  async function ok<T>(email: string, query: string, variables?: Record<string, unknown>) {
    const result = await (await as(email)).request<T>(query, variables);
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  /** Every notification created since the last `clear()`, oldest first. */
  async function created(): Promise<Row[]> {
    return t.dataSource.query<Row[]>(
      `SELECT n.kind, split_part(u.email, '@', 1) AS email, n.summary, n.url, n.subject_type
         FROM notification n JOIN app_user u ON u.id = n.user_id
        ORDER BY n.created_at, n.id`,
    );
  }

  async function clear() {
    await t.dataSource.query('DELETE FROM notification');
  }

  async function problemOf(title: string, visibility: Visibility, team: [string, string][]) {
    const data = await ok<{ createProblem: { id: string; key: string } }>('lead', CREATE_PROBLEM, {
      input: { title, keyPrefix: 'NOTE', visibility },
    });
    for (const [email, role] of team)
      await ok('lead', ADD_MEMBER, {
        input: {
          problemId: data.createProblem.id,
          userId: await userGid(email),
          role,
          allocationPercent: 10,
        },
      });
    const uuid = Buffer.from(data.createProblem.id, 'base64url').toString().split(':')[1] ?? '';
    return { ...data.createProblem, uuid };
  }

  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    // The team: the lead, a staff member; the partner-only account and the outsider are not on it.
    restricted = await problemOf('Young people sleeping rough', 'RESTRICTED', [
      ['member', 'MEMBER'],
    ]);
    internal = await problemOf('Winter gritting routes', 'INTERNAL', [['member', 'MEMBER']]);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(clear);

  describe('MENTIONED', () => {
    it('tells the people a new comment mentions who may see the problem, never the author', async () => {
      await ok('lead', ADD_COMMENT, {
        input: {
          subjectId: restricted.id,
          body: 'Thoughts, @member @partner @outsider? (cc @lead)',
        },
      });
      // partner (partner-only) and outsider (staff) are not on the RESTRICTED problem's team.
      expect(await created()).toEqual([
        {
          kind: 'MENTIONED',
          email: 'member',
          summary: `Amira Haddad mentioned you on ${restricted.key} Young people sleeping rough`,
          url: `/problems/${restricted.key}/discussion`,
          subject_type: 'Comment',
        },
      ]);

      await clear();
      await ok('lead', ADD_COMMENT, {
        input: { subjectId: internal.id, body: '@partner @outsider have a look' },
      });
      // An INTERNAL problem: staff outside the team see it, a partner-only account does not.
      expect((await created()).map((n) => n.email)).toEqual(['outsider']);
    });

    it('tells only the newly mentioned when a comment is edited, with the task in the address', async () => {
      const task = await ok<{ createTask: { id: string; number: number } }>('lead', CREATE_TASK, {
        input: { problemId: internal.id, title: 'Find beds' },
      });
      const comment = await ok<{ addComment: { id: string; version: number } }>(
        'lead',
        ADD_COMMENT,
        { input: { subjectId: task.createTask.id, body: 'Over to @member' } },
      );
      await clear();
      await ok('lead', UPDATE_COMMENT, {
        input: {
          id: comment.addComment.id,
          version: comment.addComment.version,
          body: 'Over to @member and @exec',
        },
      });
      expect(await created()).toEqual([
        {
          kind: 'MENTIONED',
          email: 'exec',
          summary: `Amira Haddad mentioned you on ${internal.key} #${task.createTask.number} Find beds`,
          url: `/problems/${internal.key}/board?task=${task.createTask.number}`,
          subject_type: 'Comment',
        },
      ]);
    });

    it('creates nothing when the edit is refused as stale (the transaction rolls back)', async () => {
      const comment = await ok<{ addComment: { id: string; version: number } }>(
        'lead',
        ADD_COMMENT,
        { input: { subjectId: internal.id, body: 'First draft' } },
      );
      await ok('lead', UPDATE_COMMENT, {
        input: { id: comment.addComment.id, version: 1, body: 'Second draft' },
      });
      const stale = await (
        await as('lead')
      ).request(UPDATE_COMMENT, {
        input: { id: comment.addComment.id, version: 1, body: 'Stale, but @member' },
      });
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await created()).toEqual([]);
    });
  });

  describe('ASSIGNED, TASK_BLOCKED and TASK_UNBLOCKED', () => {
    it('tells a new task’s assignee, and nobody when the lead assigns it to themselves', async () => {
      const task = await ok<{ createTask: { number: number } }>('lead', CREATE_TASK, {
        input: {
          problemId: restricted.id,
          title: 'Count beds',
          assigneeId: await userGid('member'),
        },
      });
      await ok('lead', CREATE_TASK, {
        input: { problemId: restricted.id, title: 'My own', assigneeId: await userGid('lead') },
      });
      expect(await created()).toEqual([
        {
          kind: 'ASSIGNED',
          email: 'member',
          summary: `Amira Haddad assigned you ${restricted.key} #${task.createTask.number} Count beds`,
          url: `/problems/${restricted.key}/board?task=${task.createTask.number}`,
          subject_type: 'Task',
        },
      ]);
    });

    it('tells the assignee when a task becomes blocked and when it leaves Blocked, by move or update', async () => {
      const task = await ok<{ createTask: { id: string; number: number; version: number } }>(
        'lead',
        CREATE_TASK,
        { input: { problemId: internal.id, title: 'Salt', assigneeId: await userGid('member') } },
      );
      await clear();
      const moved = await ok<{ moveTask: { version: number } }>('lead', MOVE_TASK, {
        input: { id: task.createTask.id, status: 'BLOCKED', afterId: null },
      });
      // Reordering within Blocked is not news.
      const again = await ok<{ moveTask: { version: number } }>('lead', MOVE_TASK, {
        input: { id: task.createTask.id, status: 'BLOCKED', afterId: null },
      });
      await ok('lead', UPDATE_TASK, {
        input: { id: task.createTask.id, version: again.moveTask.version, status: 'IN_PROGRESS' },
      });
      const name = `${internal.key} #${task.createTask.number} Salt`;
      expect(moved.moveTask.version).toBeGreaterThan(task.createTask.version);
      expect((await created()).map((n) => [n.kind, n.email, n.summary])).toEqual([
        ['TASK_BLOCKED', 'member', `Amira Haddad marked ${name} as blocked`],
        ['TASK_UNBLOCKED', 'member', `Amira Haddad unblocked ${name} (now In progress)`],
      ]);

      await clear();
      // The assignee moving their own task is told nothing.
      await ok('member', MOVE_TASK, {
        input: { id: task.createTask.id, status: 'BLOCKED', afterId: null },
      });
      expect(await created()).toEqual([]);
    });

    it('tells a new assignee on update, never one who may not see the problem', async () => {
      const task = await ok<{ createTask: { id: string; version: number } }>('lead', CREATE_TASK, {
        input: { problemId: restricted.id, title: 'Hand over' },
      });
      // The outsider may not see the RESTRICTED problem: assigned, but not told.
      const toOutsider = await ok<{ updateTask: { version: number } }>('lead', UPDATE_TASK, {
        input: {
          id: task.createTask.id,
          version: task.createTask.version,
          assigneeId: await userGid('outsider'),
        },
      });
      expect(await created()).toEqual([]);
      await ok('lead', UPDATE_TASK, {
        input: {
          id: task.createTask.id,
          version: toOutsider.updateTask.version,
          assigneeId: await userGid('member'),
        },
      });
      expect((await created()).map((n) => [n.kind, n.email])).toEqual([['ASSIGNED', 'member']]);
    });

    it('creates nothing for a stale update (rolled back with it)', async () => {
      const task = await ok<{ createTask: { id: string; version: number } }>('lead', CREATE_TASK, {
        input: { problemId: internal.id, title: 'Contested' },
      });
      await ok('lead', UPDATE_TASK, {
        input: { id: task.createTask.id, version: task.createTask.version, title: 'Renamed' },
      });
      const stale = await (
        await as('lead')
      ).request(UPDATE_TASK, {
        input: {
          id: task.createTask.id,
          version: task.createTask.version,
          assigneeId: await userGid('member'),
        },
      });
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await created()).toEqual([]);
    });

    it('is not created for a muted kind', async () => {
      const member = await as('member');
      await member.request(PREFS, { input: { muted: ['ASSIGNED'] } });
      try {
        await ok('lead', CREATE_TASK, {
          input: { problemId: internal.id, title: 'Muted', assigneeId: await userGid('member') },
        });
        expect(await created()).toEqual([]);
      } finally {
        await member.request(PREFS, { input: { muted: [] } });
      }
    });
  });

  it('ADDED_TO_TEAM: tells the person added, who may now see the problem', async () => {
    await ok('lead', ADD_MEMBER, {
      input: {
        problemId: restricted.id,
        userId: await userGid('partner'),
        role: 'PARTNER',
        allocationPercent: 20,
      },
    });
    try {
      expect(await created()).toEqual([
        {
          kind: 'ADDED_TO_TEAM',
          email: 'partner',
          summary: `Amira Haddad added you to ${restricted.key} Young people sleeping rough as partner`,
          url: `/problems/${restricted.key}/team`,
          subject_type: 'Problem',
        },
      ]);
    } finally {
      await t.dataSource.query('DELETE FROM membership WHERE problem_id = $1 AND user_id = $2', [
        restricted.uuid,
        await uuidOf('partner'),
      ]);
    }
  });

  it('OUTCOME_HEALTH_CHANGED: tells the lead when a measurement or a new target changes the health', async () => {
    const outcome = await ok<{ createOutcome: { id: string } }>(
      'lead',
      `mutation($input: CreateOutcomeInput!) { createOutcome(input: $input) { id } }`,
      {
        input: {
          problemId: internal.id,
          name: 'Untreated roads',
          unit: 'roads',
          direction: 'DECREASE',
          baselineValue: 100,
          baselineDate: '2026-01-01',
          targetValue: 50,
          targetDate: '2027-01-01',
        },
      },
    );
    const record = (email: string, observedAt: string, value: number) =>
      ok(
        email,
        `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`,
        { input: { outcomeId: outcome.createOutcome.id, observedAt, value } },
      );
    await record('member', '2026-07-02', 50); // No data → Achieved
    await record('member', '2026-08-01', 48); // still Achieved: nothing
    await record('member', '2026-03-01', 100); // earlier date: the latest stays, nothing
    expect((await created()).map((n) => [n.kind, n.email, n.summary, n.url])).toEqual([
      [
        'OUTCOME_HEALTH_CHANGED',
        'lead',
        `Tom Fairweather recorded 50 roads for Untreated roads, ${internal.key}: now Achieved (was No data)`,
        `/problems/${internal.key}/outcomes`,
      ],
    ]);

    await clear();
    // The admin asks for more, sooner: Achieved → Off track, and the lead is told.
    const [row] = await t.dataSource.query<{ version: number }[]>(
      'SELECT version FROM outcome WHERE name = $1',
      ['Untreated roads'],
    );
    await ok(
      'admin',
      `mutation($input: UpdateOutcomeInput!) { updateOutcome(input: $input) { id } }`,
      {
        input: {
          id: outcome.createOutcome.id,
          version: row?.version,
          targetValue: 0,
          targetDate: '2026-09-01',
        },
      },
    );
    // The lead's own measurement changes the health (to Achieved), and nobody is told.
    await record('lead', '2026-09-01', 0);
    expect((await created()).map((n) => [n.kind, n.email, n.summary])).toEqual([
      [
        'OUTCOME_HEALTH_CHANGED',
        'lead',
        `Priya Raman changed target value, target date of Untreated roads, ${internal.key}: now Off track (was Achieved)`,
      ],
    ]);
  });

  describe('the writer', () => {
    async function actorFor(email: string): Promise<Actor> {
      const [row] = await t.dataSource.query<
        { id: string; role: Actor['role']; organization_id: string; kind: OrganizationKind }[]
      >(
        `SELECT u.id, u.role, u.organization_id, o.kind FROM app_user u
           JOIN organization o ON o.id = u.organization_id WHERE u.email = $1`,
        [`${email}@demo.commons`],
      );
      if (!row) throw new Error(email);
      return {
        userId: row.id,
        role: row.role,
        organizationId: row.organization_id,
        organizationKind: row.kind,
        partnerOnly: isPartnerOnlyKind(row.kind),
      };
    }

    async function notify(actor: Actor, problemId: string | null, recipients: string[]) {
      const writer = t.app.get(NotificationsWriter);
      const ids = await Promise.all(recipients.map(uuidOf));
      return t.dataSource.transaction((tx) =>
        writer.notify(tx, actor, {
          kind: 'FEEDBACK_RECEIVED',
          recipientIds: [...ids, null, ...ids],
          problemId,
          subjectType: 'Problem',
          subjectId: problemId ?? ids[0] ?? '',
          summary: 'left feedback',
          url: '/problems',
        }),
      );
    }

    it('tells exactly who may see the problem, for every kind of person (API.md’s table)', async () => {
      // Team roles of the permission walk, on problems of each visibility.
      const callers = {
        admin: 'ADMIN',
        exec: 'EXECUTIVE',
        member: 'team MEMBER',
        'kwame.mensah': 'team OBSERVER',
        'olivia.brennan': 'team SPONSOR',
        partner: 'team PARTNER (partner-only)',
        outsider: 'staff outside the team',
        'leon.fischer': 'partner-only outside the team',
      };
      const SEE: Record<Visibility, string[]> = {
        PUBLIC: Object.keys(callers),
        INTERNAL: Object.keys(callers).filter((c) => c !== 'leon.fischer'),
        RESTRICTED: ['admin', 'exec', 'member', 'kwame.mensah', 'olivia.brennan', 'partner'],
      };
      const lead = await actorFor('lead');
      for (const visibility of ['PUBLIC', 'INTERNAL', 'RESTRICTED'] as const) {
        const problem = await problemOf(`${visibility} feedback`, visibility, [
          ['member', 'MEMBER'],
          ['kwame.mensah', 'OBSERVER'],
          ['olivia.brennan', 'SPONSOR'],
          ['partner', 'PARTNER'],
        ]);
        await clear();
        const made = await notify(lead, problem.uuid, [...Object.keys(callers), 'lead']);
        const told = (await created()).map((n) => n.email).sort();
        expect({ visibility, told }).toEqual({ visibility, told: [...SEE[visibility]].sort() });
        expect(made).toHaveLength(told.length);
      }
    });

    it('skips disabled accounts, the actor and repeats; returns the ids it created', async () => {
      const lead = await actorFor('lead');
      await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE email = $1`, [
        'outsider@demo.commons',
      ]);
      try {
        const made = await notify(lead, internal.uuid, ['outsider', 'member', 'lead', 'member']);
        const rows = await t.dataSource.query<{ id: string; user_id: string }[]>(
          'SELECT id, user_id FROM notification',
        );
        expect(made).toEqual([{ id: rows[0]?.id, userId: await uuidOf('member') }]);
        expect(rows).toHaveLength(1);
      } finally {
        await t.dataSource.query(`UPDATE app_user SET disabled_at = NULL WHERE email = $1`, [
          'outsider@demo.commons',
        ]);
      }
    });

    it('writes the summary alone for the system (no actor) and about no problem', async () => {
      const writer = t.app.get(NotificationsWriter);
      const member = await uuidOf('member');
      await t.dataSource.transaction((tx) =>
        writer.notify(tx, null, {
          kind: 'MEASUREMENT_DUE',
          recipientIds: [member],
          problemId: null,
          subjectType: 'User',
          subjectId: member,
          summary: 'A measurement is due',
          url: '/',
        }),
      );
      expect((await created()).filter((n) => n.kind === 'MEASUREMENT_DUE')).toEqual([
        {
          kind: 'MEASUREMENT_DUE',
          email: 'member',
          summary: 'A measurement is due',
          url: '/',
          subject_type: 'User',
        },
      ]);
    });

    it('announces one realtime message per notification at commit, none on rollback', async () => {
      const listener = new pg.Client({ connectionString: t.database.url });
      await listener.connect();
      const messages: RealtimeMessage[] = [];
      listener.on('notification', (message) => {
        if (message.channel === REALTIME_CHANNEL && message.payload)
          messages.push(JSON.parse(message.payload) as RealtimeMessage);
      });
      try {
        await listener.query(`LISTEN ${REALTIME_CHANNEL}`);
        const lead = await actorFor('lead');
        const writer = t.app.get(NotificationsWriter);
        // Rolled back: the NOTIFY goes with it.
        await t.dataSource
          .transaction(async (tx) => {
            await writer.notify(tx, lead, {
              kind: 'MENTIONED',
              recipientIds: [await uuidOf('exec')],
              problemId: internal.uuid,
              subjectType: 'Problem',
              subjectId: internal.uuid,
              summary: 'never',
              url: '/',
            });
            throw new Error('roll back');
          })
          .catch(() => undefined);
        await ok('lead', ADD_COMMENT, {
          input: { subjectId: internal.id, body: '@member and @outsider, see this' },
        });
        const rows = await t.dataSource.query<{ id: string; user_id: string }[]>(
          'SELECT id, user_id FROM notification',
        );
        expect(rows).toHaveLength(2);
        const deadline = Date.now() + 5000;
        // Activity events announce themselves on the same channel: count only notifications.
        const announcedCount = () => messages.filter((m) => m.type === 'notification').length;
        while (announcedCount() < rows.length && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
        // A moment more: anything extra (the rolled-back one) would have arrived by now.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const byId = (a: { notificationId: string }, b: { notificationId: string }) =>
          a.notificationId < b.notificationId ? -1 : 1;
        const announced = messages.flatMap((m) => (m.type === 'notification' ? [m] : []));
        expect(announced.sort(byId)).toEqual(
          rows
            .map((row) => ({ type: 'notification', userId: row.user_id, notificationId: row.id }))
            .sort(byId),
        );
      } finally {
        await listener.end();
      }
    });
  });

  describe('reading and marking', () => {
    let ids: string[];
    beforeEach(async () => {
      // Five for the member, one for the outsider, a millisecond apart.
      for (const n of [1, 2, 3, 4, 5])
        await ok('lead', ADD_COMMENT, { input: { subjectId: internal.id, body: `${n} @member` } });
      await ok('lead', ADD_COMMENT, { input: { subjectId: internal.id, body: '@outsider' } });
      const rows = await t.dataSource.query<{ id: string }[]>(
        `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.user_id
          WHERE u.email = 'member@demo.commons' ORDER BY n.created_at DESC, n.id DESC`,
      );
      ids = rows.map((row) => gid('Notification', row.id));
    });

    it('lists one’s own, newest first, in pages, with problem and actor', async () => {
      const first = await ok<ListResult>('member', LIST, { first: 2 });
      expect(first.notifications.totalCount).toBe(5);
      expect(first.notifications.pageInfo.hasNextPage).toBe(true);
      expect(first.notifications.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));
      expect(first.notifications.edges[0]?.node).toMatchObject({
        kind: 'MENTIONED',
        summary: `Amira Haddad mentioned you on ${internal.key} Winter gritting routes`,
        url: `/problems/${internal.key}/discussion`,
        readAt: null,
        problem: { key: internal.key },
        actor: { displayName: 'Amira Haddad' },
      });
      const rest = await ok<ListResult>('member', LIST, {
        first: 10,
        after: first.notifications.pageInfo.endCursor,
      });
      expect(rest.notifications.edges.map((e) => e.node.id)).toEqual(ids.slice(2));
      expect(rest.notifications.pageInfo.hasNextPage).toBe(false);

      const tooMany = await (await as('member')).request(LIST, { first: 101 });
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const forged = await (await as('member')).request(LIST, { after: 'nonsense' });
      expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('marks some or all read, only one’s own, and counts what changed', async () => {
      const count = async (email: string) =>
        (
          await ok<{ me: { unreadNotificationCount: number } }>(
            email,
            `{ me { unreadNotificationCount } }`,
          )
        ).me.unreadNotificationCount;
      expect(await count('member')).toBe(5);

      // The outsider can't mark the member's.
      expect(await ok('outsider', MARK, { ids: ids.slice(0, 2) })).toEqual({
        markNotificationsRead: 0,
      });
      expect(await ok('member', MARK, { ids: [ids[0], ids[1], ids[0]] })).toEqual({
        markNotificationsRead: 2,
      });
      expect(await ok('member', MARK, { ids: [ids[0]] })).toEqual({ markNotificationsRead: 0 });
      expect(await count('member')).toBe(3);

      const unread = await ok<ListResult>('member', LIST, { unreadOnly: true });
      expect(unread.notifications.totalCount).toBe(3);
      expect(unread.notifications.edges.map((e) => e.node.id)).toEqual(ids.slice(2));
      const all = await ok<ListResult>('member', LIST, {});
      expect(all.notifications.edges[0]?.node.readAt).not.toBeNull();

      expect(await ok('member', MARK, { all: true })).toEqual({ markNotificationsRead: 3 });
      expect(await count('member')).toBe(0);
      expect(await count('outsider')).toBe(1);
    });

    it('refuses neither or both of ids and all, and ids of other types', async () => {
      const member = await as('member');
      for (const variables of [{}, { ids: [ids[0]], all: true }, { all: false }]) {
        const result = await member.request(MARK, variables);
        expect({ variables, code: result.errors?.[0]?.extensions?.code }).toEqual({
          variables,
          code: 'BAD_USER_INPUT',
        });
      }
      const wrongType = await member.request(MARK, { ids: [internal.id] });
      expect(wrongType.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'ids' }],
      });
    });

    it('resolves node(id) for its recipient only', async () => {
      const query = `query($id: ID!) { node(id: $id) { id ... on Notification { kind } } }`;
      expect(await ok('member', query, { id: ids[0] })).toEqual({
        node: { id: ids[0], kind: 'MENTIONED' },
      });
      expect(await ok('outsider', query, { id: ids[0] })).toEqual({ node: null });
      expect(await ok('admin', query, { id: ids[0] })).toEqual({ node: null });
    });

    it('shows the problem only while the recipient may see it', async () => {
      const problem = await problemOf('Soon hidden', 'RESTRICTED', [['outsider', 'MEMBER']]);
      await ok('lead', ADD_COMMENT, { input: { subjectId: problem.id, body: 'Hi @outsider' } });
      await t.dataSource.query('DELETE FROM membership WHERE problem_id = $1 AND user_id = $2', [
        problem.uuid,
        await uuidOf('outsider'),
      ]);
      const list = await ok<ListResult>('outsider', LIST, { first: 1 });
      expect(list.notifications.edges[0]?.node).toMatchObject({
        summary: `Amira Haddad mentioned you on ${problem.key} Soon hidden`,
        problem: null,
      });
    });
  });

  describe('the viewer’s own counts and preferences', () => {
    it('round-trips preferences, deduplicating muted kinds', async () => {
      expect(
        await ok('member', `{ me { notificationPreferences { email muted emailAvailable } } }`),
      ).toEqual({
        me: { notificationPreferences: { email: 'DAILY', muted: [], emailAvailable: false } },
      });
      expect(
        await ok('member', PREFS, {
          input: { email: 'WEEKLY', muted: ['TASK_BLOCKED', 'MENTIONED', 'TASK_BLOCKED'] },
        }),
      ).toEqual({
        updateNotificationPreferences: {
          email: 'WEEKLY',
          muted: ['TASK_BLOCKED', 'MENTIONED'],
          emailAvailable: false,
        },
      });
      // Absent fields stay.
      expect(await ok('member', PREFS, { input: { email: 'OFF' } })).toEqual({
        updateNotificationPreferences: {
          email: 'OFF',
          muted: ['TASK_BLOCKED', 'MENTIONED'],
          emailAvailable: false,
        },
      });
      const bad = await (await as('member')).request(PREFS, { input: { email: 'HOURLY' } });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await ok('member', PREFS, { input: { email: 'DAILY', muted: [] } });
    });

    it('says email is available when SMTP is configured', async () => {
      const withMail = await startTestApp({
        database: t.database,
        env: { SMTP_URL: 'smtp://mail.example.org:587' },
      });
      try {
        const client = await withMail.signedIn('member@demo.commons');
        const result = await client.request(
          `{ me { notificationPreferences { emailAvailable } } }`,
        );
        expect(result.data).toEqual({ me: { notificationPreferences: { emailAvailable: true } } });
      } finally {
        await withMail.close();
      }
    });

    it('answers NOT_FOUND for anyone else’s count or preferences', async () => {
      for (const field of ['unreadNotificationCount', 'notificationPreferences { email }']) {
        const result = await (
          await as('admin')
        ).request(`query($id: ID!) { node(id: $id) { ... on User { ${field} } } }`, {
          id: await userGid('member'),
        });
        expect({ field, code: result.errors?.[0]?.extensions?.code }).toEqual({
          field,
          code: 'NOT_FOUND',
        });
      }
    });
  });
});
