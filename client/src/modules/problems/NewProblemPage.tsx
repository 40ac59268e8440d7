import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, type FieldErrors } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { PageHeading } from '@/app/layout/PageHeading';
import { Button } from '@/ui/Button';
import { Checkbox, CheckboxGroup } from '@/ui/Checkbox';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { Link } from '@/ui/Link';
import { MarkdownEditor } from '@/ui/MarkdownEditor';
import { QueryState } from '@/ui/QueryState';
import { Select } from '@/ui/Select';
import { TextField } from '@/ui/TextField';
import { NewProblemPageQueryDocument } from './graphql/create-problem.mutation';
import { CREATE_PROBLEM_MESSAGES, useCreateProblem } from './hooks/use-create-problem';
import {
  isNewProblemField,
  NEW_PROBLEM_DEFAULTS,
  NEW_PROBLEM_FIELD_IDS,
  NEW_PROBLEM_FIELD_ORDER,
  newProblemSchema,
  parseThemes,
  type NewProblemValues,
} from './new-problem-form';
import {
  PUBLIC_VALUE_LABELS,
  PUBLIC_VALUES,
  VISIBILITIES,
  VISIBILITY_HINTS,
  VISIBILITY_LABELS,
} from './problem-labels';
import styles from './NewProblemPage.module.css';

/** Frames a new problem, then opens it. Only for accounts that may create problems. */
export function NewProblemPage() {
  const { data, loading, error, refetch } = useQuery(NewProblemPageQueryDocument);
  return (
    <QueryState
      loading={loading && !data}
      error={data ? undefined : error}
      onRetry={() => void refetch()}
      loadingLabel="Loading…"
    >
      {data && !data.viewerCan.createProblem ? (
        <>
          <PageHeading>You cannot create problems</PageHeading>
          <p>
            Accounts of partner organisations work on the problems they are invited to. Ask a team
            lead to add you to a problem.
          </p>
          <p>
            <Link href="/problems">Go to the problems you can see</Link>
          </p>
        </>
      ) : (
        <NewProblemForm portfolios={data?.portfolios ?? []} />
      )}
    </QueryState>
  );
}

function NewProblemForm({ portfolios }: { portfolios: readonly { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const { createProblem, isCreating } = useCreateProblem();
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<NewProblemValues>({
    resolver: zodResolver(newProblemSchema),
    defaultValues: NEW_PROBLEM_DEFAULTS,
  });

  function showInvalid(fieldErrors: FieldErrors<NewProblemValues>) {
    setSummary(
      NEW_PROBLEM_FIELD_ORDER.flatMap((field) => {
        const message = fieldErrors[field]?.message;
        return message ? [{ message, fieldId: NEW_PROBLEM_FIELD_IDS[field] }] : [];
      }),
    );
  }

  async function save(values: NewProblemValues) {
    const outcome = await createProblem(values);
    if (outcome.ok) {
      await navigate(`/problems/${outcome.key}`);
      return;
    }
    if (outcome.kind === 'failed') {
      setSummary([{ message: outcome.message }]);
      return;
    }
    const items: ErrorSummaryItem[] = [];
    for (const { path, message } of outcome.fields) {
      if (isNewProblemField(path)) {
        setError(path, { type: 'server', message });
        items.push({ message, fieldId: NEW_PROBLEM_FIELD_IDS[path] });
      } else {
        items.push({ message });
      }
    }
    setSummary(items.length > 0 ? items : [{ message: CREATE_PROBLEM_MESSAGES.invalid }]);
  }

  return (
    <div className={styles.page}>
      <ErrorSummary errors={summary} />
      <PageHeading title={summary.length > 0 ? 'Error: New problem' : 'New problem'}>
        New problem
      </PageHeading>
      <p>
        Frame the public problem, not the solution: who is affected, where, and why it matters. You
        become its lead; you can add the team and outcomes next.
      </p>
      <form
        noValidate
        onSubmit={(event) => void handleSubmit(save, showInvalid)(event)}
        className={styles.form}
      >
        <Controller
          control={control}
          name="title"
          render={({ field }) => (
            <TextField
              id={NEW_PROBLEM_FIELD_IDS.title}
              label="Title"
              description="A short name for the problem, such as “Young people sleeping rough in Riverside”"
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
              id={NEW_PROBLEM_FIELD_IDS.statement}
              label="Problem statement"
              description="What is wrong, for whom, and what we know. Markdown works; check it under Preview."
              value={field.value}
              onChange={field.onChange}
              rows={8}
              errorMessage={errors.statement?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="affectedPopulation"
          render={({ field }) => (
            <TextField
              id={NEW_PROBLEM_FIELD_IDS.affectedPopulation}
              label="Affected population (optional)"
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
              id={NEW_PROBLEM_FIELD_IDS.geography}
              label="Geography (optional)"
              description="Where the problem is, such as “Riverside city centre”"
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
          name="publicValues"
          render={({ field }) => (
            <CheckboxGroup
              id={NEW_PROBLEM_FIELD_IDS.publicValues}
              label="Public values at stake (optional)"
              description="Select all that apply"
              value={field.value}
              onChange={(value) => {
                field.onChange(PUBLIC_VALUES.filter((v) => value.includes(v)));
              }}
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
          render={({ field }) => {
            const themes = parseThemes(field.value);
            return (
              <div className={styles.themes}>
                <TextField
                  id={NEW_PROBLEM_FIELD_IDS.themes}
                  label="Themes (optional)"
                  description="Separate themes with commas, such as “housing, youth”"
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  errorMessage={errors.themes?.message}
                />
                {themes.length > 0 ? (
                  <ul className={styles.tags} aria-label="Themes">
                    {themes.map((theme) => (
                      <li key={theme} className={styles.tag}>
                        {theme}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            );
          }}
        />
        <Controller
          control={control}
          name="visibility"
          render={({ field }) => (
            <Select
              id={NEW_PROBLEM_FIELD_IDS.visibility}
              label="Who can see it"
              description={VISIBILITY_HINTS[field.value]}
              value={field.value}
              options={VISIBILITIES.map((v) => ({ id: v, label: VISIBILITY_LABELS[v] }))}
              onChange={(value) => {
                field.onChange(VISIBILITIES.find((v) => v === value) ?? 'INTERNAL');
              }}
              errorMessage={errors.visibility?.message}
            />
          )}
        />
        {portfolios.length > 0 ? (
          <Controller
            control={control}
            name="portfolioId"
            render={({ field }) => (
              <Select
                id={NEW_PROBLEM_FIELD_IDS.portfolioId}
                label="Portfolio (optional)"
                value={field.value}
                options={[
                  { id: '', label: 'No portfolio' },
                  ...portfolios.map((p) => ({ id: p.id, label: p.name })),
                ]}
                onChange={field.onChange}
                errorMessage={errors.portfolioId?.message}
              />
            )}
          />
        ) : null}
        <Controller
          control={control}
          name="keyPrefix"
          render={({ field }) => (
            <TextField
              id={NEW_PROBLEM_FIELD_IDS.keyPrefix}
              label="Key prefix (optional)"
              description="2 to 8 letters that start the problem’s key, such as HOUS for HOUS-12. Left empty, one is made from the themes or title."
              name={field.name}
              width="medium"
              autoCapitalize="characters"
              spellCheck="false"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorMessage={errors.keyPrefix?.message}
            />
          )}
        />
        <div className={styles.actions}>
          <Button type="submit" isPending={isCreating} pendingLabel="Creating the problem…">
            Create problem
          </Button>
          <Link href="/problems">Cancel</Link>
        </div>
      </form>
    </div>
  );
}
