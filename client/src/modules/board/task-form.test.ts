import { LIMITS } from '@commons/shared';
import {
  emptyTaskForm,
  taskFormFrom,
  toCreateInput,
  toUpdateInput,
  validateTaskForm,
  type TaskFormValues,
} from './task-form';

const valid: TaskFormValues = {
  ...emptyTaskForm('IN_PROGRESS'),
  title: '  Landlord incentive  ',
  dueDate: '2027-03-27',
  outcomeIds: ['o1'],
};

describe('the task form', () => {
  it('accepts a task with only a title', () => {
    expect(validateTaskForm({ ...emptyTaskForm(), title: 'Call the landlords' })).toEqual({});
    expect(validateTaskForm(valid)).toEqual({});
  });

  it('asks for a title, and a short enough one', () => {
    expect(validateTaskForm({ ...valid, title: '   ' })).toEqual({ title: 'Enter a title' });
    expect(validateTaskForm({ ...valid, title: 'x'.repeat(LIMITS.titleMax + 1) })).toEqual({
      title: `Title must be ${LIMITS.titleMax} characters or fewer`,
    });
  });

  it('refuses a date that does not exist and too many links', () => {
    const errors = validateTaskForm({
      ...valid,
      dueDate: '2027-02-30',
      blockedByIds: Array.from({ length: 51 }, (_, i) => `t${i}`),
    });
    expect(errors).toEqual({
      dueDate: 'Due date must be a real date, like 27 3 2027',
      blockedByIds: 'Choose at most 50 tasks that block it',
    });
  });

  it('sends nulls for empty choices, so an edit clears them', () => {
    expect(toCreateInput('p1', valid)).toEqual({
      problemId: 'p1',
      title: 'Landlord incentive',
      description: null,
      status: 'IN_PROGRESS',
      assigneeId: null,
      organizationId: null,
      dueDate: '2027-03-27',
      outcomeIds: ['o1'],
      blockedByIds: [],
    });
    expect(toUpdateInput('t1', 4, { ...valid, dueDate: '' })).toEqual({
      id: 't1',
      version: 4,
      title: 'Landlord incentive',
      description: null,
      status: 'IN_PROGRESS',
      assigneeId: null,
      organizationId: null,
      dueDate: null,
      outcomeIds: ['o1'],
      blockedByIds: [],
    });
  });

  it('fills the form from a task', () => {
    expect(
      taskFormFrom({
        id: 't1',
        number: 4,
        title: 'Benefit check',
        description: null,
        status: 'BLOCKED',
        version: 3,
        dueDate: null,
        assignee: { id: 'u1', displayName: 'Amira Haddad' },
        organization: null,
        outcomes: [{ id: 'o1', name: 'Households' }],
        blockedBy: [{ id: 't2', number: 2, title: 'Landlord incentive' }],
      } as Parameters<typeof taskFormFrom>[0]),
    ).toEqual({
      title: 'Benefit check',
      description: '',
      status: 'BLOCKED',
      assigneeId: 'u1',
      organizationId: '',
      dueDate: '',
      outcomeIds: ['o1'],
      blockedByIds: ['t2'],
    });
  });
});
