import { ActivityWriter } from '../activity/activity.writer.js';
import type { Actor } from '../auth/actor.js';
import { LISTENER_APPLICATION_NAME } from './realtime-listener.js';
import { LiveClient, type LiveMessage, type LiveSubscription } from '../../test/live-client.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`;
const REMOVE_MEMBER = `mutation($id: ID!) { removeMember(id: $id) }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`;
const MOVE_TASK = `mutation($input: MoveTaskInput!) { moveTask(input: $input) { id version } }`;
const FOLLOW = `subscription($problemId: ID!) {
  problemChanged(problemId: $problemId) {
    kind subjectId at actor { displayName } problem { key }
    task { title status } activity { summary }
  }
}`;
const EVERYTHING = `subscription { problemsChanged { kind problem { key } } }`;

type Event = {
  kind: string;
  subjectId: string;
  actor: { displayName: string } | null;
  problem: { key: string };
  task: { title: string; status: string } | null;
  activity: { summary: string } | null;
};

/** The next change, past the presence events that people opening the problem cause. */
async function nextChange(events: LiveSubscription): Promise<Event> {
  for (;;) {
    const event = eventOf(await events.next());
    if (event.kind !== 'PRESENCE_CHANGED') return event;
  }
}

/** The changes (not presence) that arrive within `ms`. */
async function quietChanges(events: LiveSubscription, ms: number): Promise<LiveMessage[]> {
  return (await events.quiet(ms)).filter(
    (message) => message.type !== 'next' || eventOf(message).kind !== 'PRESENCE_CHANGED',
  );
}

function eventOf(message: LiveMessage): Event {
  if (message.type !== 'next') throw new Error(`expected an event, got ${JSON.stringify(message)}`);
  expect(message.payload.errors).toBeUndefined();
  const data = message.payload.data ?? {};
  return (data.problemChanged ?? data.problemsChanged) as Event;
}

async function userGlobalId(t: TestApp, email: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM app_user WHERE email = $1',
    [email],
  );
  return Buffer.from(`User:${row?.id ?? ''}`).toString('base64url');
}

/**
 * Live updates across two server instances on one PostgreSQL: LISTEN/NOTIFY carries ids, each
 * subscriber reads the change as itself. Real sockets, real database, no fakes.
 */
describe('live problem events', () => {
  let a: TestApp;
  let b: TestApp;
  let lead: GraphQLClient;
  let problem: { id: string; key: string };
  let task: { id: string; version: number };
  const sockets: LiveClient[] = [];

  async function live(app: TestApp, client: GraphQLClient | null): Promise<LiveClient> {
    const socket = await LiveClient.connect(app.url, { cookie: client?.cookie });
    sockets.push(socket);
    return socket;
  }

  beforeAll(async () => {
    a = await startTestApp({ seed: 'directory' });
    b = await startTestApp({ database: a.database });
    lead = await a.signedIn('lead@demo.commons');
    const created = await lead.request<{ createProblem: { id: string; key: string } }>(
      CREATE_PROBLEM,
      {
        input: {
          title: 'Rough sleeping in Riverside',
          keyPrefix: 'LIVE',
          visibility: 'RESTRICTED',
        },
      },
    );
    problem = created.data?.createProblem ?? { id: '', key: '' };
    const made = await lead.request<{ createTask: { id: string; version: number } }>(CREATE_TASK, {
      input: { problemId: problem.id, title: 'Find twenty beds' },
    });
    task = made.data?.createTask ?? { id: '', version: 0 };
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await b.close();
    await a.close();
  });

  it('delivers a change made on instance A to a subscriber on instance B, read as that subscriber', async () => {
    const socket = await live(b, await b.signedIn('lead@demo.commons'));
    const events = socket.subscribe(FOLLOW, { problemId: problem.id });
    await events.quiet(200); // the subscription is set up before the change
    const moved = await lead.request<{ moveTask: { version: number } }>(MOVE_TASK, {
      input: { id: task.id, status: 'IN_PROGRESS', afterId: null },
    });
    expect(moved.errors).toBeUndefined();
    task.version = moved.data?.moveTask.version ?? 0;

    const event = await nextChange(events);
    expect(event).toMatchObject({
      kind: 'TASK_MOVED',
      subjectId: task.id,
      actor: { displayName: 'Amira Haddad' },
      problem: { key: problem.key },
      task: { title: 'Find twenty beds', status: 'IN_PROGRESS' },
    });
    expect(event.activity?.summary).toMatch(/^Amira Haddad moved .+ to In progress/);
  });

  it('refuses to follow a RESTRICTED problem the caller is not on with NOT_FOUND', async () => {
    const socket = await live(a, await a.signedIn('partner@demo.commons'));
    const events = socket.subscribe(FOLLOW, { problemId: problem.id });
    const refusal = await events.next();
    expect(refusal).toMatchObject({
      type: 'error',
      payload: [{ extensions: { code: 'NOT_FOUND' } }],
    });
    expect(JSON.stringify(refusal)).not.toContain('Rough sleeping');
  });

  it('completes the subscription of a partner removed from the team, who hears nothing more', async () => {
    const added = await lead.request<{ addMember: { id: string } }>(ADD_MEMBER, {
      input: {
        problemId: problem.id,
        userId: await userGlobalId(a, 'partner@demo.commons'),
        role: 'PARTNER',
        allocationPercent: 10,
      },
    });
    const membership = added.data?.addMember.id ?? '';
    const socket = await live(b, await b.signedIn('partner@demo.commons'));
    const events = socket.subscribe(FOLLOW, { problemId: problem.id });
    await events.quiet(200);

    await lead.request(MOVE_TASK, { input: { id: task.id, status: 'TODO', afterId: null } });
    expect((await nextChange(events)).kind).toBe('TASK_MOVED');

    await lead.request(REMOVE_MEMBER, { id: membership });
    let last = await events.next();
    while (last.type === 'next' && eventOf(last).kind === 'PRESENCE_CHANGED')
      last = await events.next();
    expect(last).toMatchObject({ type: 'complete' });
    await lead.request(MOVE_TASK, { input: { id: task.id, status: 'BLOCKED', afterId: null } });
    expect(await events.quiet(500)).toEqual([]);
  });

  it('skips, on the workspace-wide stream, the changes of problems the subscriber may not see', async () => {
    const outsider = await live(a, await a.signedIn('outsider@demo.commons'));
    const hidden = outsider.subscribe(EVERYTHING);
    const mine = (await live(b, await b.signedIn('lead@demo.commons'))).subscribe(EVERYTHING);
    await mine.quiet(200);

    await lead.request(MOVE_TASK, { input: { id: task.id, status: 'DONE', afterId: null } });
    expect(await nextChange(mine)).toMatchObject({
      kind: 'TASK_MOVED',
      problem: { key: problem.key },
    });
    expect(await hidden.quiet(300)).toEqual([]);
  });

  it('never announces a change that rolled back', async () => {
    const events = (await live(a, await a.signedIn('lead@demo.commons'))).subscribe(FOLLOW, {
      problemId: problem.id,
    });
    await events.quiet(200);
    const [row] = await a.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = 'lead@demo.commons'`,
    );
    const actor = { userId: row?.id ?? '' } as Actor;
    const problemUuid = Buffer.from(problem.id, 'base64url').toString().split(':')[1] ?? '';
    const writer = a.app.get(ActivityWriter);
    await expect(
      a.dataSource.transaction(async (tx) => {
        await writer.record(tx, actor, {
          action: 'problem.updated',
          subjectType: 'Problem',
          subjectId: problemUuid,
          problemId: problemUuid,
          summary: 'changed nothing, then rolled back',
        });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await lead.request(MOVE_TASK, { input: { id: task.id, status: 'TODO', afterId: null } });

    expect((await nextChange(events)).kind).toBe('TASK_MOVED');
    expect(await quietChanges(events, 300)).toEqual([]);
  });

  it('comes back after its LISTEN connection is killed, and asks clients to reconnect and refetch', async () => {
    const socket = await live(b, await b.signedIn('lead@demo.commons'));
    socket.subscribe(FOLLOW, { problemId: problem.id });
    const [killed] = await a.dataSource.query<{ n: number }[]>(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE application_name = $1 AND datname = current_database()`,
      [LISTENER_APPLICATION_NAME],
    );
    expect(killed?.n).toBe(2); // one per instance
    // Messages sent while it was away are lost: the client is told to reconnect (1012).
    expect((await socket.closed).code).toBe(1012);

    const again = await live(b, await b.signedIn('lead@demo.commons'));
    const events = again.subscribe(FOLLOW, { problemId: problem.id });
    await events.quiet(200);
    await lead.request(MOVE_TASK, { input: { id: task.id, status: 'IN_PROGRESS', afterId: null } });
    expect((await nextChange(events)).kind).toBe('TASK_MOVED');
  });

  it('closes the socket of a person who signs out elsewhere, and of a disabled account', async () => {
    const member = await a.signedIn('member@demo.commons');
    const signedOut = await live(b, member);
    await member.request('mutation { signOut }');
    expect((await signedOut.closed).code).toBe(4401);

    const sara = await b.signedIn('sara.lindqvist@demo.commons');
    const socket = await live(a, sara);
    const events = socket.subscribe(EVERYTHING);
    await events.quiet(200);
    await a.dataSource.query(
      `UPDATE app_user SET disabled_at = now() WHERE email = 'sara.lindqvist@demo.commons'`,
    );
    await lead.request(MOVE_TASK, { input: { id: task.id, status: 'TODO', afterId: null } });
    expect((await socket.closed).code).toBe(4401);
    expect(events.messages).toEqual([]);
  });

  it('brings a person their new notification live, from the instance where it was made', async () => {
    const NEW = `subscription { notificationAdded { kind summary url readAt problem { key } } }`;
    const socket = await live(b, await b.signedIn('director.health@demo.commons'));
    const mine = socket.subscribe(NEW);
    const someoneElse = (await live(b, await b.signedIn('exec@demo.commons'))).subscribe(NEW);
    await mine.quiet(200);
    await lead.request(ADD_MEMBER, {
      input: {
        problemId: problem.id,
        userId: await userGlobalId(a, 'director.health@demo.commons'),
        role: 'OBSERVER',
        allocationPercent: 0,
      },
    });
    expect(await mine.next()).toMatchObject({
      type: 'next',
      payload: {
        data: {
          notificationAdded: {
            kind: 'ADDED_TO_TEAM',
            readAt: null,
            problem: { key: problem.key },
            summary: expect.stringContaining('Amira Haddad') as unknown,
          },
        },
      },
    });
    expect(await someoneElse.quiet(300)).toEqual([]);
  });

  it('reads one change for all the subscribers of an instance in a constant number of statements', async () => {
    const READ = `subscription($problemId: ID!) { problemChanged(problemId: $problemId) { kind task { id status version } } }`;
    const statementsFor = async (subscribers: number) => {
      const streams = [];
      const opened: LiveClient[] = [];
      for (let i = 0; i < subscribers; i++) {
        const email = i % 2 === 0 ? 'lead@demo.commons' : 'exec@demo.commons';
        const socket = await live(b, await b.signedIn(email));
        opened.push(socket);
        streams.push(socket.subscribe(READ, { problemId: problem.id }));
      }
      await new Promise((resolve) => setTimeout(resolve, 600)); // presence settles
      b.resetQueries();
      const moved = await lead.request<{ moveTask: { version: number } }>(MOVE_TASK, {
        input: { id: task.id, status: subscribers % 2 ? 'TODO' : 'DONE', afterId: null },
      });
      const version = moved.data?.moveTask.version;
      for (const stream of streams) {
        let event = await nextChange(stream);
        while ((event.task as { version?: number } | null)?.version !== version) {
          event = await nextChange(stream);
        }
      }
      const statements = b.queries.length;
      for (const socket of opened) socket.close();
      await Promise.all(opened.map((socket) => socket.closed));
      return statements;
    };
    const one = await statementsFor(1);
    const eight = await statementsFor(8);
    // The session checks, the problem with each one's membership, the task: once each, however
    // many subscribers (what the earlier tests' open subscriptions select comes on top).
    expect(eight).toBe(one);
  });

  it('shows who else has the problem open, on any instance, until they leave', async () => {
    const VIEWERS = `query($key: String!) { problem(key: $key) { viewers { displayName } } }`;
    const viewers = async () =>
      (
        await lead.request<{ problem: { viewers: { displayName: string }[] } }>(VIEWERS, {
          key: problem.key,
        })
      ).data?.problem.viewers.map((person) => person.displayName);
    const mine = (await live(b, await b.signedIn('lead@demo.commons'))).subscribe(FOLLOW, {
      problemId: problem.id,
    });
    await mine.quiet(200);
    expect(await viewers()).toEqual([]); // not the lead itself

    const exec = await live(a, await a.signedIn('exec@demo.commons'));
    exec.subscribe(FOLLOW, { problemId: problem.id });
    // Past the lead's own arrival, Margaret Okafor's (on the other instance): one event per
    // burst, with no actor, after which the list has her.
    await mine.next();
    let present = await viewers();
    for (let tries = 0; tries < 20 && present?.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      present = await viewers();
    }
    expect(present).toEqual(['Margaret Okafor']);

    exec.close();
    expect(eventOf(await mine.next())).toMatchObject({ kind: 'PRESENCE_CHANGED', actor: null });
    expect(await viewers()).toEqual([]);
  });
});

describe('the WebSocket door', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    lead = await t.signedIn('lead@demo.commons');
  });
  afterAll(() => t.close());

  it('refuses a cross-site upgrade (the browser would send the cookie)', async () => {
    await expect(
      LiveClient.connect(t.url, { cookie: lead.cookie, origin: 'https://evil.example' }),
    ).rejects.toThrow('upgrade refused: 403');
    const sameSite = await LiveClient.connect(t.url, {
      cookie: lead.cookie,
      origin: t.url,
    });
    sameSite.close();
  });

  it('closes an anonymous connection with 4401, which clients take as final', async () => {
    await expect(LiveClient.connect(t.url)).rejects.toThrow('closed: 4401');
  });

  it('runs only subscriptions, under the same limits as HTTP', async () => {
    const socket = await LiveClient.connect(t.url, { cookie: lead.cookie });
    const query = await socket.subscribe('{ me { id } }').next();
    expect(query).toMatchObject({
      type: 'error',
      payload: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(JSON.stringify(query)).toContain('Only subscriptions');

    const deep = `subscription { problemsChanged { problem { portfolio { problems { edges { node {
      portfolio { problems { edges { node { portfolio { problems { edges { node { key } } } } } } } }
    } } } } } } }`;
    const refused = await socket.subscribe(deep).next();
    expect(refused).toMatchObject({
      type: 'error',
      payload: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(JSON.stringify(refused)).toMatch(/depth/i);

    const invalid = await socket.subscribe('subscription { nope }').next();
    expect(invalid).toMatchObject({
      type: 'error',
      payload: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    });
    socket.close();
  });

  it('caps the subscriptions of one connection', async () => {
    const socket = await LiveClient.connect(t.url, { cookie: lead.cookie });
    const subscriptions = Array.from({ length: 26 }, () =>
      socket.subscribe('subscription { problemsChanged { kind } }'),
    );
    const last = await subscriptions[25]?.next();
    expect(last).toMatchObject({
      type: 'error',
      payload: [{ extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(subscriptions[24]?.messages).toEqual([]);
    socket.close();
  });

  it('caps the connections of one session', async () => {
    const open = await Promise.all(
      Array.from({ length: 10 }, () => LiveClient.connect(t.url, { cookie: lead.cookie })),
    );
    await expect(LiveClient.connect(t.url, { cookie: lead.cookie })).rejects.toThrow(
      'upgrade refused: 429',
    );
    for (const socket of open) socket.close();
    await Promise.all(open.map((socket) => socket.closed));
    // Closed sockets give their places back.
    const again = await LiveClient.connect(t.url, { cookie: lead.cookie });
    again.close();
  });

  it('holds the cap against upgrades that arrive all at once', async () => {
    const session = await t.signedIn('lead@demo.commons');
    const attempts = await Promise.allSettled(
      Array.from({ length: 14 }, () => LiveClient.connect(t.url, { cookie: session.cookie })),
    );
    const opened = attempts.filter((attempt) => attempt.status === 'fulfilled');
    expect(opened).toHaveLength(10);
    for (const attempt of opened) attempt.value.close();
  });
});
