import { LIMITS, TASK_STATUSES, isIsoDate } from '@commons/shared';
import { z } from 'zod/mini';
import type {
  CreateTaskInput,
  TaskPanel_TaskFragment,
  TaskStatus,
  UpdateTaskInput,
} from '@/generated/graphql';

/** A task can link at most this many outcomes and blockers (the server's cap). */
export const MAX_LINKS = 50;

/** The form's ids: error summaries link to them. */
export const TASK_FIELD_IDS = {
  title: 'task-title',
  description: 'task-description',
  status: 'task-status',
  assigneeId: 'task-assignee',
  organizationId: 'task-organization',
  dueDate: 'task-due-date',
  outcomeIds: 'task-outcomes',
  blockedByIds: 'task-blocked-by',
} as const;

export type TaskField = keyof typeof TASK_FIELD_IDS;

/** The order fields appear in, for the error summary. */
export const TASK_FIELD_ORDER: readonly TaskField[] = [
  'title',
  'description',
  'status',
  'assigneeId',
  'organizationId',
  'dueDate',
  'outcomeIds',
  'blockedByIds',
];

export function isTaskField(name: string): name is TaskField {
  return Object.hasOwn(TASK_FIELD_IDS, name);
}

/** What the form holds: `''` for "none" in the single choices, as the inputs do. */
export const taskFormSchema = z.object({
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter a title'),
      z.maxLength(LIMITS.titleMax, `Title must be ${LIMITS.titleMax} characters or fewer`),
    ),
  description: z
    .string()
    .check(
      z.maxLength(
        LIMITS.bodyMax,
        `Description must be ${LIMITS.bodyMax.toLocaleString('en-GB')} characters or fewer`,
      ),
    ),
  status: z.enum(TASK_STATUSES),
  assigneeId: z.string(),
  organizationId: z.string(),
  dueDate: z
    .string()
    .check(
      z.refine(
        (value) => value === '' || isIsoDate(value),
        'Due date must be a real date, like 27 3 2027',
      ),
    ),
  outcomeIds: z
    .array(z.string())
    .check(z.maxLength(MAX_LINKS, `Choose at most ${MAX_LINKS} outcomes`)),
  blockedByIds: z
    .array(z.string())
    .check(z.maxLength(MAX_LINKS, `Choose at most ${MAX_LINKS} tasks that block it`)),
});

export type TaskFormValues = z.infer<typeof taskFormSchema>;

export function emptyTaskForm(status: TaskStatus = 'TODO'): TaskFormValues {
  return {
    title: '',
    description: '',
    status,
    assigneeId: '',
    organizationId: '',
    dueDate: '',
    outcomeIds: [],
    blockedByIds: [],
  };
}

export function taskFormFrom(task: TaskPanel_TaskFragment): TaskFormValues {
  return {
    title: task.title,
    description: task.description ?? '',
    status: task.status,
    assigneeId: task.assignee?.id ?? '',
    organizationId: task.organization?.id ?? '',
    dueDate: task.dueDate ?? '',
    outcomeIds: task.outcomes.map((outcome) => outcome.id),
    blockedByIds: task.blockedBy.map((blocker) => blocker.id),
  };
}

/** Checks the values as the form's resolver does; field → first message. */
export function validateTaskForm(values: TaskFormValues): Partial<Record<TaskField, string>> {
  const result = taskFormSchema.safeParse(values);
  const errors: Partial<Record<TaskField, string>> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && isTaskField(field) && !errors[field])
      errors[field] = issue.message;
  }
  return errors;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

export function toCreateInput(problemId: string, values: TaskFormValues): CreateTaskInput {
  return {
    problemId,
    title: values.title.trim(),
    description: orNull(values.description),
    status: values.status,
    assigneeId: orNull(values.assigneeId),
    organizationId: orNull(values.organizationId),
    dueDate: orNull(values.dueDate),
    outcomeIds: values.outcomeIds,
    blockedByIds: values.blockedByIds,
  };
}

/** Every field is sent: null clears, lists replace (UpdateTaskInput's contract). */
export function toUpdateInput(
  id: string,
  version: number,
  values: TaskFormValues,
): UpdateTaskInput {
  const { problemId: _problemId, ...fields } = toCreateInput('', values);
  return { id, version, ...fields };
}
