import { zodResolver } from '@hookform/resolvers/zod';
import { useFragment, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Controller, useForm, type FieldErrors } from 'react-hook-form';
import { graphql } from '@/generated';
import type {
  TaskPanel_ProblemFragment,
  TaskPanel_TaskFragment,
  TaskStatus,
} from '@/generated/graphql';
import { announce } from '@/ui/announce';
import { Button } from '@/ui/Button';
import { Checkbox, CheckboxGroup } from '@/ui/Checkbox';
import { DateField } from '@/ui/DateField';
import { ConfirmDialog, Dialog } from '@/ui/Dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { Select } from '@/ui/Select';
import { TextArea } from '@/ui/TextArea';
import { TextField } from '@/ui/TextField';
import { COLUMNS } from '../board-order';
import { taskRef } from '../board-messages';
import { TaskQueryDocument } from '../graphql/task.mutations';
import { useTaskChoices, type TaskChoice, type TaskChoices } from '../hooks/use-task-choices';
import { useDeleteTask, useSaveTask, type SaveOutcome } from '../hooks/use-save-task';
import {
  TASK_FIELD_IDS,
  TASK_FIELD_ORDER,
  emptyTaskForm,
  taskFormFrom,
  taskFormSchema,
  type TaskField,
  type TaskFormValues,
} from '../task-form';
import styles from './TaskPanel.module.css';

export const TaskPanelProblemFragment = graphql(`
  fragment TaskPanel_problem on Problem {
    __typename
    id
    key
    members {
      id
      user {
        id
        displayName
      }
    }
    organizations {
      id
      name
    }
    outcomes {
      id
      name
    }
  }
`);

export const TaskPanelTaskFragment = graphql(`
  fragment TaskPanel_task on Task {
    __typename
    id
    number
    title
    description
    status
    version
    dueDate
    assignee {
      id
      displayName
    }
    organization {
      id
      name
    }
    outcomes {
      id
      name
    }
    blockedBy {
      id
      number
      title
    }
  }
`);

/** What the panel is for: a new task (in a column), or an existing one. */
export type TaskPanelMode = { kind: 'new'; status: TaskStatus } | { kind: 'edit'; taskId: string };

export interface TaskPanelProps {
  /** The problem as the board's query returned it (masked: the panel reads its fragment). */
  problem: { __typename: 'Problem'; id: string };
  mode: TaskPanelMode;
  /** Closed; with the task's id when it was saved (the board then focuses its card). */
  onClose: (savedId?: string) => void;
}

/**
 * The task panel: a modal dialog to create a task or edit every field of one, with the server's
 * field errors on the fields and in an error summary, a way through an edit conflict that keeps
 * what was typed, and deletion with confirmation.
 */
export function TaskPanel({ problem: problemRef, mode, onClose }: TaskPanelProps) {
  const { data: problem, complete } = useFragment({
    fragment: TaskPanelProblemFragment,
    from: problemRef,
  });
  // Any task of the problem may block this one, not only the cards the board has loaded.
  const blockers = useTaskChoices(problem.key ?? '', { skip: !complete });
  const title = mode.kind === 'new' ? 'New task' : 'Edit task';
  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      title={title}
      isDismissable={false}
    >
      {!complete ? null : mode.kind === 'new' ? (
        <TaskForm
          problem={problem}
          initial={emptyTaskForm(mode.status)}
          task={null}
          blockers={blockers}
          onClose={onClose}
        />
      ) : (
        <EditTask problem={problem} taskId={mode.taskId} blockers={blockers} onClose={onClose} />
      )}
    </Dialog>
  );
}

function EditTask({
  problem,
  taskId,
  blockers,
  onClose,
}: {
  problem: TaskPanel_ProblemFragment;
  taskId: string;
  blockers: TaskChoices;
  onClose: (savedId?: string) => void;
}) {
  const { data, error, refetch } = useQuery(TaskQueryDocument, {
    variables: { id: taskId },
    fetchPolicy: 'network-only',
  });
  const node = data?.node?.__typename === 'Task' ? data.node : null;
  const { data: task, complete } = useFragment({
    fragment: TaskPanelTaskFragment,
    from: node ?? { __typename: 'Task', id: taskId },
  });
  if (error && !node) {
    return (
      <div role="alert">
        <p>The task could not be loaded.</p>
        <Button variant="secondary" onPress={() => void refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (!node || !complete) return <p role="status">Loading the task…</p>;
  return (
    <TaskForm
      problem={problem}
      initial={taskFormFrom(task)}
      task={task}
      blockers={blockers}
      onClose={onClose}
      reload={async () => {
        const result = await refetch();
        const fresh = result.data?.node;
        return fresh?.__typename === 'Task' ? fresh.version : null;
      }}
    />
  );
}

interface TaskFormProps {
  problem: TaskPanel_ProblemFragment;
  initial: TaskFormValues;
  /** The task being edited; null for a new one. */
  task: TaskPanel_TaskFragment | null;
  blockers: TaskChoices;
  onClose: (savedId?: string) => void;
  /** Reloads the task after a conflict; resolves to its current version. */
  reload?: () => Promise<number | null>;
}

function TaskForm({ problem, initial, task, blockers, onClose, reload }: TaskFormProps) {
  const { create, update, isPending } = useSaveTask(problem.id);
  const { remove, isPending: isDeleting } = useDeleteTask(problem.id);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TaskFormValues>({
    resolver: zodResolver(taskFormSchema),
    defaultValues: initial,
  });
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  /** The version the user's edits are based on: moves on only when they reload after a conflict. */
  const [version, setVersion] = useState(task?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const ref = task ? taskRef(problem.key, task.number) : null;

  const assignee = task?.assignee ?? null;
  const people = useMemo(() => {
    const seen = new Map<string, string>();
    for (const member of problem.members) seen.set(member.user.id, member.user.displayName);
    if (assignee && !seen.has(assignee.id)) seen.set(assignee.id, assignee.displayName);
    return [{ id: '', label: 'Nobody yet' }, ...[...seen].map(([id, label]) => ({ id, label }))];
  }, [problem.members, assignee]);

  const organization = task?.organization ?? null;
  const organizations = useMemo(() => {
    const options = problem.organizations.map((org) => ({ id: org.id, label: org.name }));
    if (organization && !options.some((option) => option.id === organization.id))
      options.push({ id: organization.id, label: organization.name });
    return [{ id: '', label: 'None' }, ...options];
  }, [problem.organizations, organization]);

  function showFailure(outcome: Extract<SaveOutcome, { ok: false }>) {
    switch (outcome.kind) {
      case 'invalid': {
        const items: ErrorSummaryItem[] = [];
        for (const field of TASK_FIELD_ORDER) {
          const message = outcome.fields[field];
          if (!message) continue;
          setError(field, { type: 'server', message });
          items.push({ message, fieldId: TASK_FIELD_IDS[field] });
        }
        for (const message of outcome.other) items.push({ message });
        setSummary(items);
        return;
      }
      case 'conflict':
        setConflict(true);
        setSummary([
          {
            message:
              'Someone else changed this task while you were editing it. Reload their version to save yours over it; what you typed stays in the form.',
          },
        ]);
        return;
      case 'error':
        setSummary([{ message: outcome.message }]);
        return;
    }
  }

  async function onValid(values: TaskFormValues) {
    if (isPending) return;
    const outcome = task
      ? await update(task.id, version, values)
      : await create(problem.id, values);
    if (!outcome.ok) {
      showFailure(outcome);
      return;
    }
    announce(`${taskRef(problem.key, outcome.number)} ${task ? 'saved' : 'created'}`);
    onClose(outcome.id);
  }

  function onInvalid(fieldErrors: FieldErrors<TaskFormValues>) {
    const items: ErrorSummaryItem[] = [];
    for (const field of TASK_FIELD_ORDER) {
      const message = fieldErrors[field]?.message;
      if (message) items.push({ message, fieldId: TASK_FIELD_IDS[field] });
    }
    setSummary(items);
  }

  async function reloadTheirs() {
    if (!reload) return;
    const current = await reload();
    if (current === null) return;
    setVersion(current);
    setConflict(false);
    setReloaded(true);
    setSummary([]);
    announce('Loaded their version. Your changes are still in the form: save to keep them.');
  }

  async function confirmDelete() {
    if (!task) return;
    const outcome = await remove({ id: task.id, version });
    setConfirmingDelete(false);
    if (outcome.ok) {
      announce(`${taskRef(problem.key, task.number)} deleted`);
      onClose();
    } else {
      showFailure(outcome);
    }
  }

  const blockerChoices = blockers.choices.filter((choice) => choice.id !== task?.id);
  // A live update brought a newer version than the one the edits are based on: say so now,
  // rather than at the CONFLICT of the save (the form keeps what was typed either way).
  const changedMeanwhile = task !== null && task.version > version && !conflict && !isPending;

  return (
    <form
      noValidate
      className={styles.form}
      onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)}
    >
      {ref ? <p className={styles.ref}>{ref}</p> : null}
      <ErrorSummary errors={summary} />
      {changedMeanwhile ? (
        <p className={styles.notice} role="status">
          Someone else changed this task while you were editing it. Your changes are still in the
          form; reload their version before you save, so that neither is lost.
        </p>
      ) : null}
      {(conflict || changedMeanwhile) && reload ? (
        <div className={styles.conflict}>
          <Button variant="secondary" onPress={() => void reloadTheirs()}>
            Reload their version
          </Button>
        </div>
      ) : null}
      {reloaded ? (
        <p className={styles.notice}>
          Their version is loaded. Your changes are still in the form: save to keep them.
        </p>
      ) : null}
      <Controller
        control={control}
        name="title"
        render={({ field }) => (
          <TextField
            id={TASK_FIELD_IDS.title}
            label="Title"
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isRequired
            errorMessage={errors.title?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="description"
        render={({ field }) => (
          <TextArea
            id={TASK_FIELD_IDS.description}
            label="Description (optional)"
            description="Markdown"
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            rows={4}
            errorMessage={errors.description?.message}
          />
        )}
      />
      <div className={styles.row}>
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Select
              id={TASK_FIELD_IDS.status}
              label="Status"
              options={COLUMNS.map((column) => ({ id: column.status, label: column.label }))}
              value={field.value}
              onChange={(value) => field.onChange(value || 'TODO')}
              errorMessage={errors.status?.message}
              width="medium"
            />
          )}
        />
        <Controller
          control={control}
          name="dueDate"
          render={({ field }) => (
            <DateField
              id={TASK_FIELD_IDS.dueDate}
              label="Due date (optional)"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorMessage={errors.dueDate?.message}
            />
          )}
        />
      </div>
      <div className={styles.row}>
        <Controller
          control={control}
          name="assigneeId"
          render={({ field }) => (
            <Select
              id={TASK_FIELD_IDS.assigneeId}
              label="Assignee"
              description="People on the team"
              options={people}
              value={field.value}
              onChange={field.onChange}
              errorMessage={errors.assigneeId?.message}
              width="medium"
            />
          )}
        />
        <Controller
          control={control}
          name="organizationId"
          render={({ field }) => (
            <Select
              id={TASK_FIELD_IDS.organizationId}
              label="Organisation"
              description="Responsible for it"
              options={organizations}
              value={field.value}
              onChange={field.onChange}
              errorMessage={errors.organizationId?.message}
              width="medium"
            />
          )}
        />
      </div>
      <Controller
        control={control}
        name="outcomeIds"
        render={({ field }) => (
          <CheckboxGroup
            id={TASK_FIELD_IDS.outcomeIds}
            label="Outcomes it contributes to"
            description={
              problem.outcomes.length === 0 ? 'This problem has no outcomes yet.' : undefined
            }
            value={field.value}
            onChange={field.onChange}
            errorMessage={errors.outcomeIds?.message}
          >
            {problem.outcomes.map((outcome) => (
              <Checkbox key={outcome.id} value={outcome.id}>
                {outcome.name}
              </Checkbox>
            ))}
          </CheckboxGroup>
        )}
      />
      <Controller
        control={control}
        name="blockedByIds"
        render={({ field }) => (
          <BlockedByField
            choices={blockerChoices}
            isComplete={blockers.isComplete}
            value={field.value}
            onChange={field.onChange}
            errorMessage={errors.blockedByIds?.message}
          />
        )}
      />
      <div className={styles.actions}>
        <Button type="submit" isPending={isPending} pendingLabel="Saving…">
          {task ? 'Save changes' : 'Create task'}
        </Button>
        <Button variant="secondary" onPress={() => onClose()}>
          Cancel
        </Button>
        {task ? (
          <Button variant="secondary" onPress={() => setConfirmingDelete(true)}>
            Delete task
          </Button>
        ) : null}
      </div>
      {task && ref ? (
        <ConfirmDialog
          isOpen={isConfirmingDelete}
          onOpenChange={setConfirmingDelete}
          title={`Delete ${ref}?`}
          confirmLabel="Delete task"
          pendingLabel="Deleting…"
          isPending={isDeleting}
          onConfirm={() => void confirmDelete()}
        >
          <p>“{task.title}” and its comments will be deleted. This can’t be undone.</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** How many unchosen tasks the "blocked by" list shows before asking for a search. */
const BLOCKER_LIST_LIMIT = 30;

function BlockedByField({
  choices,
  isComplete,
  value,
  onChange,
  errorMessage,
}: {
  choices: readonly TaskChoice[];
  /** False while the problem's tasks are still loading. */
  isComplete: boolean;
  value: string[];
  onChange: (value: string[]) => void;
  errorMessage?: string;
}) {
  const [search, setSearch] = useState('');
  const chosen = new Set(value);
  const needle = search.trim().toLowerCase().replace(/^#/, '');
  const matches = choices.filter(
    (choice) =>
      !chosen.has(choice.id) &&
      (needle === '' ||
        String(choice.number) === needle ||
        choice.title.toLowerCase().includes(needle)),
  );
  const shown = [
    ...choices.filter((choice) => chosen.has(choice.id)),
    ...matches.slice(0, BLOCKER_LIST_LIMIT),
  ];
  const hidden = matches.length - Math.min(matches.length, BLOCKER_LIST_LIMIT);
  return (
    <div className={styles.blockedBy}>
      <TextField
        id={`${TASK_FIELD_IDS.blockedByIds}-search`}
        label="Find tasks that block it"
        description="By number or words of the title"
        value={search}
        onChange={setSearch}
        width="medium"
      />
      <CheckboxGroup
        id={TASK_FIELD_IDS.blockedByIds}
        label="Blocked by"
        description={
          !isComplete
            ? 'Loading the problem’s tasks…'
            : hidden > 0
              ? `${String(shown.length)} shown; ${String(hidden)} more match. Search to narrow the list.`
              : undefined
        }
        value={value}
        onChange={onChange}
        errorMessage={errorMessage}
      >
        {shown.map((choice) => (
          <Checkbox key={choice.id} value={choice.id}>
            #{choice.number} {choice.title}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </div>
  );
}

export type { TaskField };
