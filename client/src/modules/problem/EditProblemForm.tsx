import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, type FieldErrors } from 'react-hook-form';
import { PROBLEM_STATUSES, PUBLIC_VALUES, VISIBILITIES } from '@commons/shared';
import { graphql } from '@/generated';
import type { EditProblemForm_ProblemFragment } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { Checkbox, CheckboxGroup } from '@/ui/Checkbox';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { MarkdownEditor } from '@/ui/MarkdownEditor';
import { Select } from '@/ui/Select';
import { TextField } from '@/ui/TextField';
import { useUpdateProblem, UPDATE_PROBLEM_MESSAGES } from './hooks/use-update-problem';
import {
  PUBLIC_VALUE_LABELS,
  STATUS_LABELS,
  VISIBILITY_DESCRIPTIONS,
  VISIBILITY_LABELS,
} from './labels';
import {
  PROBLEM_FIELD_IDS,
  PROBLEM_FIELD_ORDER,
  isProblemField,
  parseThemes,
  problemFormSchema,
  type ProblemField,
  type ProblemFormValues,
} from './problem-form';
import styles from './OverviewTab.module.css';

export const EditProblemFormFragment = graphql(`
  fragment EditProblemForm_problem on Problem {
    id
    version
    title
    statement
    affectedPopulation
    geography
    status
    visibility
    publicValues
    themes
  }
`);

export function formValuesOf(problem: EditProblemForm_ProblemFragment): ProblemFormValues {
  return {
    title: problem.title,
    statement: problem.statement,
    affectedPopulation: problem.affectedPopulation ?? '',
    geography: problem.geography ?? '',
    status: problem.status,
    visibility: problem.visibility,
    publicValues: [...problem.publicValues],
    themes: problem.themes.join(', '),
  };
}

const FIELD_LABELS: Record<ProblemField, string> = {
  title: 'Title',
  statement: 'Problem statement',
  affectedPopulation: 'Affected population',
  geography: 'Geography',
  status: 'Status',
  visibility: 'Visibility',
  publicValues: 'Public values at stake',
  themes: 'Themes',
};

export interface EditProblemFormProps {
  problem: FragmentType<EditProblemForm_ProblemFragment>;
  onDone: () => void;
  /** Reloads the problem from the server (after a conflict). */
  onReload: () => Promise<unknown>;
}

/**
 * The lead's (or an admin's) form for the problem's framing. Saves with the version it read; if
 * someone else saved in between, it says so, reloads the latest version, shows what differs,
 * and keeps what was typed so nothing is lost.
 */
export function EditProblemForm({ problem: ref, onDone, onReload }: EditProblemFormProps) {
  const { data: problem, complete } = useFragment({ fragment: EditProblemFormFragment, from: ref });
  if (!complete) return null;
  return <ProblemForm problem={problem} onDone={onDone} onReload={onReload} />;
}

interface ProblemFormProps extends Omit<EditProblemFormProps, 'problem'> {
  problem: EditProblemForm_ProblemFragment;
}

function ProblemForm({ problem, onDone, onReload }: ProblemFormProps) {
  const { updateProblem, isSaving } = useUpdateProblem();
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const [hasConflict, setHasConflict] = useState(false);
  const {
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<ProblemFormValues>({
    resolver: zodResolver(problemFormSchema),
    defaultValues: formValuesOf(problem),
  });

  function showInvalid(fieldErrors: FieldErrors<ProblemFormValues>) {
    setSummary(
      PROBLEM_FIELD_ORDER.flatMap((field) => {
        const message = fieldErrors[field]?.message;
        return message ? [{ message, fieldId: PROBLEM_FIELD_IDS[field] }] : [];
      }),
    );
  }

  async function save(values: ProblemFormValues) {
    const outcome = await updateProblem(problem.id, problem.version, values);
    if (outcome.ok) {
      setSummary([]);
      setHasConflict(false);
      onDone();
      return;
    }
    switch (outcome.kind) {
      case 'conflict':
        setHasConflict(true);
        setSummary([{ message: UPDATE_PROBLEM_MESSAGES.conflict }]);
        await onReload();
        return;
      case 'invalid': {
        const items: ErrorSummaryItem[] = [];
        for (const { path, message } of outcome.fields) {
          if (isProblemField(path)) {
            setError(path, { type: 'server', message });
            items.push({ message, fieldId: PROBLEM_FIELD_IDS[path] });
          } else {
            items.push({ message });
          }
        }
        setSummary(items.length > 0 ? items : [{ message: UPDATE_PROBLEM_MESSAGES.invalid }]);
        return;
      }
      case 'failed':
        setSummary([{ message: outcome.message }]);
        return;
    }
  }

  const latest = formValuesOf(problem);
  const mine = getValues();
  const differences = hasConflict
    ? PROBLEM_FIELD_ORDER.filter((field) => !sameValue(field, latest, mine))
    : [];

  return (
    <section aria-labelledby="edit-problem-heading">
      <ErrorSummary errors={summary} />
      <h2 id="edit-problem-heading">Edit the problem</h2>
      {hasConflict ? (
        <div className={styles.conflict}>
          <h3>The latest saved version</h3>
          {differences.length === 0 ? (
            <p>It now matches what you have in the form. Save to confirm.</p>
          ) : (
            <dl className={styles.facts}>
              {differences.map((field) => (
                <div key={field} className={styles.conflictRow}>
                  <dt>{FIELD_LABELS[field]}</dt>
                  <dd className={styles.conflictValue}>
                    {displayValue(field, latest) || <em>empty</em>}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      ) : null}
      <form
        noValidate
        className={styles.form}
        onSubmit={(event) => void handleSubmit(save, showInvalid)(event)}
      >
        <Controller
          control={control}
          name="title"
          render={({ field }) => (
            <TextField
              id={PROBLEM_FIELD_IDS.title}
              label="Title"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorMessage={errors.title?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="statement"
          render={({ field }) => (
            <MarkdownEditor
              id={PROBLEM_FIELD_IDS.statement}
              label="Problem statement"
              description="What is wrong, for whom, and why it matters. You can use Markdown."
              value={field.value}
              onChange={field.onChange}
              errorMessage={errors.statement?.message}
              rows={10}
            />
          )}
        />
        <Controller
          control={control}
          name="affectedPopulation"
          render={({ field }) => (
            <TextField
              id={PROBLEM_FIELD_IDS.affectedPopulation}
              label="Affected population"
              description="Who is affected, and roughly how many people"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorMessage={errors.affectedPopulation?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="geography"
          render={({ field }) => (
            <TextField
              id={PROBLEM_FIELD_IDS.geography}
              label="Geography"
              description="Where, e.g. wards or districts"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorMessage={errors.geography?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <Select
              id={PROBLEM_FIELD_IDS.status}
              label="Status"
              width="medium"
              options={PROBLEM_STATUSES.map((status) => ({
                id: status,
                label: STATUS_LABELS[status],
              }))}
              value={field.value}
              onChange={field.onChange}
              errorMessage={errors.status?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="visibility"
          render={({ field }) => (
            <Select
              id={PROBLEM_FIELD_IDS.visibility}
              label="Visibility"
              width="medium"
              options={VISIBILITIES.map((visibility) => ({
                id: visibility,
                label: `${VISIBILITY_LABELS[visibility]}: ${VISIBILITY_DESCRIPTIONS[visibility].toLowerCase()}`,
              }))}
              value={field.value}
              onChange={field.onChange}
              errorMessage={errors.visibility?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="publicValues"
          render={({ field }) => (
            <CheckboxGroup
              id={PROBLEM_FIELD_IDS.publicValues}
              label="Public values at stake"
              orientation="horizontal"
              value={field.value}
              onChange={field.onChange}
              errorMessage={errors.publicValues?.message}
            >
              {PUBLIC_VALUES.map((value) => (
                <Checkbox key={value} value={value}>
                  {PUBLIC_VALUE_LABELS[value]}
                </Checkbox>
              ))}
            </CheckboxGroup>
          )}
        />
        <Controller
          control={control}
          name="themes"
          render={({ field }) => (
            <TextField
              id={PROBLEM_FIELD_IDS.themes}
              label="Themes"
              description="Separate themes with commas, e.g. housing, health inequalities"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorMessage={errors.themes?.message}
            />
          )}
        />
        <div className={styles.actions}>
          <Button type="submit" isPending={isSaving} pendingLabel="Saving…">
            Save changes
          </Button>
          <Button variant="secondary" onPress={onDone}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}

function displayValue(field: ProblemField, values: ProblemFormValues): string {
  switch (field) {
    case 'status':
      return STATUS_LABELS[values.status];
    case 'visibility':
      return VISIBILITY_LABELS[values.visibility];
    case 'publicValues':
      return values.publicValues.map((value) => PUBLIC_VALUE_LABELS[value]).join(', ');
    case 'themes':
      return parseThemes(values.themes).join(', ');
    case 'title':
    case 'statement':
    case 'affectedPopulation':
    case 'geography':
      return values[field];
  }
}

function sameValue(field: ProblemField, a: ProblemFormValues, b: ProblemFormValues): boolean {
  if (field === 'publicValues') {
    return [...a.publicValues].sort().join() === [...b.publicValues].sort().join();
  }
  if (field === 'themes') return parseThemes(a.themes).join() === parseThemes(b.themes).join();
  return displayValue(field, a).trim() === displayValue(field, b).trim();
}
