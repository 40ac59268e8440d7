import { dueGroupOf, groupByDue, localToday } from './due-groups';

const TODAY = '2026-12-02';

describe('dueGroupOf', () => {
  it.each([
    [{ dueDate: null }, 'noDueDate'],
    [{ dueDate: '2026-12-01' }, 'overdue'],
    [{ dueDate: '2026-12-02' }, 'thisWeek'],
    [{ dueDate: '2026-12-08' }, 'thisWeek'],
    [{ dueDate: '2026-12-09' }, 'later'],
    [{ dueDate: '2027-01-01' }, 'later'],
    // The server knows the workspace's time zone: its word wins near midnight.
    [{ dueDate: '2026-12-02', overdue: true }, 'overdue'],
    [{ dueDate: '2026-12-01', overdue: false }, 'thisWeek'],
  ] as const)('%j is %s', (task, group) => {
    expect(dueGroupOf(task, TODAY)).toBe(group);
  });
});

describe('groupByDue', () => {
  it('keeps the groups in order, and each group’s tasks in the order given', () => {
    const tasks = [
      { id: 'a', dueDate: '2026-11-20', overdue: true },
      { id: 'b', dueDate: '2026-11-30', overdue: true },
      { id: 'c', dueDate: '2026-12-03', overdue: false },
      { id: 'd', dueDate: '2027-02-01', overdue: false },
      { id: 'e', dueDate: null, overdue: false },
    ];
    expect(
      groupByDue(tasks, TODAY).map((group) => [group.title, group.tasks.map((t) => t.id)]),
    ).toEqual([
      ['Overdue', ['a', 'b']],
      ['This week', ['c']],
      ['Later', ['d']],
      ['No due date', ['e']],
    ]);
  });
});

it('localToday writes the local calendar date', () => {
  expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
});
