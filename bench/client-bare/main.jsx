// The bare baseline of the client benchmark: React 19 `createRoot` and nothing else. It reads the
// same board the same way Commons does (pages of 100 tasks over POST /graphql, the session
// cookie of the same origin) and renders the same 500 cards in four columns, with no router,
// no Apollo, no component library. `window.__boardReady` is set once all cards are on screen.
// Each card has a plain button that moves it to "In progress" in local state: the baseline of
// the card move (Commons moves optimistically too, so no request stands between press and paint).
import { memo, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const KEY = new URLSearchParams(location.search).get('key') ?? 'BNCH-1';
const COLUMNS = [
  ['TODO', 'To do'],
  ['IN_PROGRESS', 'In progress'],
  ['BLOCKED', 'Blocked'],
  ['DONE', 'Done'],
];
const QUERY = `query BareBoard($key: String!, $after: String) { problem(key: $key) {
  tasks(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id number title status dueDate overdue blocked
      assignee { id displayName } organization { id name } outcomes { id name } } } } } }`;

async function page(after) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { key: KEY, after } }),
  });
  return (await response.json()).data.problem.tasks;
}

const Card = memo(function Card({ task, onMove }) {
  return (
    <li className="card" data-task-id={task.id}>
      <strong>#{task.number}</strong> {task.title}
      <div>{task.assignee?.displayName ?? 'Unassigned'}</div>
      <div>{task.organization?.name}</div>
      {task.dueDate && <div>{task.overdue ? `Overdue: ${task.dueDate}` : task.dueDate}</div>}
      {task.blocked && <div>Blocked</div>}
      <ul>
        {task.outcomes.map((o) => (
          <li key={o.id}>{o.name}</li>
        ))}
      </ul>
      {task.status === 'IN_PROGRESS' ? null : (
        <button type="button" onClick={() => onMove(task.id)}>
          Move #{task.number} to In progress
        </button>
      )}
    </li>
  );
});

function Board() {
  const [tasks, setTasks] = useState([]);
  const [done, setDone] = useState(false);
  useEffect(() => {
    let after = null;
    (async () => {
      for (;;) {
        const next = await page(after);
        setTasks((previous) => [...previous, ...next.edges.map((e) => e.node)]);
        if (!next.pageInfo.hasNextPage) break;
        after = next.pageInfo.endCursor;
      }
      setDone(true);
    })();
  }, []);
  useEffect(() => {
    if (done) window.__boardReady = performance.now();
  }, [done]);
  const move = useCallback(
    (id) =>
      setTasks((previous) =>
        previous.map((task) => (task.id === id ? { ...task, status: 'IN_PROGRESS' } : task)),
      ),
    [],
  );
  return (
    <main>
      <h1>{KEY}</h1>
      <div style={{ display: 'flex', gap: 16 }}>
        {COLUMNS.map(([status, label]) => (
          <section key={status}>
            <h2>{label}</h2>
            <ul data-column={status}>
              {tasks
                .filter((t) => t.status === status)
                .map((t) => (
                  <Card key={t.id} task={t} onMove={move} />
                ))}
            </ul>
          </section>
        ))}
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<Board />);
