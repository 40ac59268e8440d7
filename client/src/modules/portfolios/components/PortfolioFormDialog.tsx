import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { applyFailure, summaryOfErrors } from '@/modules/outcomes/components/form-errors';
import { Button } from '@/ui/Button';
import { Checkbox, CheckboxGroup } from '@/ui/Checkbox';
import { Dialog } from '@/ui/Dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { QueryState } from '@/ui/QueryState';
import { TextArea } from '@/ui/TextArea';
import { TextField } from '@/ui/TextField';
import { PortfolioProblemChoicesQuery } from '../graphql/portfolios.graphql';
import type { SavePortfolio } from '../hooks/use-portfolio-mutations';
import {
  PORTFOLIO_FIELDS,
  portfolioSchema,
  type PortfolioField,
  type PortfolioFormValues,
} from '../portfolio-form';
import styles from './PortfolioFormDialog.module.css';

export interface PortfolioFormDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  submitLabel: string;
  initialValues?: PortfolioFormValues;
  /** The portfolio being edited: its problems can then be chosen. Absent when creating. */
  portfolioId?: string;
  onSave: (values: PortfolioFormValues) => Promise<SavePortfolio>;
  isPending: boolean;
}

const EMPTY: PortfolioFormValues = { name: '', description: '', problemIds: [] };

/** Creates a portfolio (name, description) or edits one (and chooses its problems). */
export function PortfolioFormDialog({
  isOpen,
  onOpenChange,
  title,
  ...props
}: PortfolioFormDialogProps) {
  return (
    <Dialog isOpen={isOpen} onOpenChange={onOpenChange} title={title}>
      <PortfolioForm {...props} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function PortfolioForm({
  submitLabel,
  initialValues = EMPTY,
  portfolioId,
  onSave,
  isPending,
  onDone,
}: Omit<PortfolioFormDialogProps, 'isOpen' | 'onOpenChange' | 'title'> & { onDone: () => void }) {
  const prefix = useId();
  const idOf = (field: PortfolioField) => `${prefix}-${field}`;
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PortfolioFormValues>({
    resolver: zodResolver(portfolioSchema),
    defaultValues: initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setSummary([]);
      const outcome = await onSave(values);
      if (outcome.ok) onDone();
      else setSummary(applyFailure(outcome, PORTFOLIO_FIELDS, idOf, setError));
    },
    (invalid) => {
      setSummary(summaryOfErrors(invalid, PORTFOLIO_FIELDS, idOf));
    },
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className={styles.form}>
      <ErrorSummary errors={summary} />
      <Controller
        control={control}
        name="name"
        render={({ field }) => (
          <TextField
            id={idOf('name')}
            label="Name"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorMessage={errors.name?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="description"
        render={({ field }) => (
          <TextArea
            id={idOf('description')}
            label="What it is for (optional)"
            rows={3}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorMessage={errors.description?.message}
          />
        )}
      />
      {portfolioId ? (
        <Controller
          control={control}
          name="problemIds"
          render={({ field }) => (
            <ProblemChoices
              id={idOf('problemIds')}
              portfolioId={portfolioId}
              value={field.value}
              onChange={field.onChange}
              errorMessage={errors.problemIds?.message}
            />
          )}
        />
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" isPending={isPending} pendingLabel="Saving…">
          {submitLabel}
        </Button>
        <Button variant="secondary" onPress={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function ProblemChoices({
  id,
  portfolioId,
  value,
  onChange,
  errorMessage,
}: {
  id: string;
  portfolioId: string;
  value: string[];
  onChange: (value: string[]) => void;
  errorMessage?: string;
}) {
  const { data, loading, error, refetch } = useQuery(PortfolioProblemChoicesQuery);
  const problems = data?.problems.edges.map((edge) => edge.node) ?? [];
  return (
    <QueryState
      loading={loading && !data}
      error={data ? undefined : error}
      onRetry={() => void refetch()}
      loadingLabel="Loading the problems…"
      errorMessage="The problems could not be loaded."
    >
      <CheckboxGroup
        id={id}
        label="Problems in this portfolio"
        description="A problem belongs to one portfolio at most: choosing one from another portfolio moves it here."
        value={value}
        onChange={onChange}
        errorMessage={errorMessage}
      >
        {problems.map((problem) => (
          <Checkbox key={problem.id} value={problem.id}>
            <strong>{problem.key}</strong> {problem.title}
            {problem.portfolio && problem.portfolio.id !== portfolioId ? (
              <span className={styles.elsewhere}> (now in {problem.portfolio.name})</span>
            ) : null}
          </Checkbox>
        ))}
      </CheckboxGroup>
    </QueryState>
  );
}
