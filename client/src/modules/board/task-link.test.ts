import { resolveTaskLink, taskNumberOf } from './task-link';

const TASKS = [
  { id: 't1', number: 1 },
  { id: 't12', number: 12 },
];

describe('resolveTaskLink', () => {
  it('finds the task by its number', () => {
    expect(resolveTaskLink('12', TASKS, true)).toEqual({
      kind: 'found',
      taskId: 't12',
      number: 12,
    });
    expect(resolveTaskLink(' #1 ', TASKS, false)).toEqual({
      kind: 'found',
      taskId: 't1',
      number: 1,
    });
  });

  it('asks for nothing without a parameter', () => {
    expect(resolveTaskLink(null, TASKS, true)).toEqual({ kind: 'none' });
    expect(resolveTaskLink('', TASKS, true)).toEqual({ kind: 'none' });
  });

  it('waits for the lookup of a card not loaded before calling a number missing', () => {
    expect(resolveTaskLink('7', TASKS, false)).toEqual({ kind: 'pending' });
    expect(resolveTaskLink('7', TASKS, true)).toEqual({
      kind: 'missing',
      message: 'There is no task #7 on this board.',
    });
  });

  it.each(['0', '-1', '1.5', 'abc', '01', '9999999999'])('refuses %p as a task number', (param) => {
    expect(resolveTaskLink(param, TASKS, false)).toMatchObject({
      kind: 'missing',
      message: expect.stringMatching(/is not a task number\.$/) as unknown,
    });
  });

  it('reads the number a link names, for looking it up', () => {
    expect(taskNumberOf('12')).toBe(12);
    expect(taskNumberOf(' #7 ')).toBe(7);
    for (const param of [null, '', '0', '01', 'abc', '9999999999'])
      expect(taskNumberOf(param)).toBeNull();
  });
});
