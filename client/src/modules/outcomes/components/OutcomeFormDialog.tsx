import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { OutcomeDirection } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { DateField } from '@/ui/DateField';
import { Dialog } from '@/ui/Dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { Select } from '@/ui/Select';
import { TextArea } from '@/ui/TextArea';
import { TextField } from '@/ui/TextField';
import type { SaveOutcome } from '../hooks/use-save-outcome';
import type { OutcomeDefinitionValues } from '../hooks/use-save-outcome';
import {
  EMPTY_OUTCOME_FORM,
  OUTCOME_FIELDS,
  outcomeSchema,
  toOutcomeInput,
  type OutcomeField,
  type OutcomeFormValues,
} from '../outcome-forms';
import { applyFailure, summaryOfErrors } from './form-errors';
import styles from './forms.module.css';

const DIRECTION_OPTIONS: { id: OutcomeDirection; label: string }[] = [
  { id: 'DECREASE', label: 'Decrease: lower is better' },
  { id: 'INCREASE', label: 'Increase: higher is better' },
];

export interface OutcomeFormDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  submitLabel: string;
  initialValues?: OutcomeFormValues;
  /** Saves the outcome; resolves `{ ok: true }` to close the dialog. */
  onSave: (values: OutcomeDefinitionValues) => Promise<SaveOutcome>;
  isPending: boolean;
}

/** Defines or edits an outcome: what is measured, in which unit, which way, from where to where by when. */
export function OutcomeFormDialog({
  isOpen,
  onOpenChange,
  title,
  ...props
}: OutcomeFormDialogProps) {
  return (
    <Dialog isOpen={isOpen} onOpenChange={onOpenChange} title={title}>
      <OutcomeForm {...props} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function OutcomeForm({
  submitLabel,
  initialValues = EMPTY_OUTCOME_FORM,
  onSave,
  isPending,
  onDone,
}: Omit<OutcomeFormDialogProps, 'isOpen' | 'onOpenChange' | 'title'> & { onDone: () => void }) {
  const prefix = useId();
  const idOf = (field: OutcomeField) => `${prefix}-${field}`;
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<OutcomeFormValues>({
    resolver: zodResolver(outcomeSchema),
    defaultValues: initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setSummary([]);
      const outcome = await onSave(toOutcomeInput(values));
      if (outcome.ok) onDone();
      else setSummary(applyFailure(outcome, OUTCOME_FIELDS, idOf, setError));
    },
    (invalid) => {
      setSummary(summaryOfErrors(invalid, OUTCOME_FIELDS, idOf));
    },
  );

  const text = (
    name: Exclude<OutcomeField, 'direction' | 'baselineDate' | 'targetDate' | 'description'>,
    label: string,
    extra: { description?: string; inputMode?: 'decimal'; width?: 'medium' } = {},
  ) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField
          id={idOf(name)}
          label={label}
          {...extra}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          errorMessage={errors[name]?.message}
        />
      )}
    />
  );

  const date = (name: 'baselineDate' | 'targetDate', label: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateField
          id={idOf(name)}
          label={label}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          errorMessage={errors[name]?.message}
        />
      )}
    />
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className={styles.form}>
      <ErrorSummary errors={summary} />
      {text('name', 'What is measured', {
        description: 'For example, “People sleeping rough on a typical night”.',
      })}
      <Controller
        control={control}
        name="description"
        render={({ field }) => (
          <TextArea
            id={idOf('description')}
            label="Description (optional)"
            description="How it is counted. Markdown."
            rows={3}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorMessage={errors.description?.message}
          />
        )}
      />
      {text('unit', 'Unit', {
        description: 'For example, people, %, days or beds.',
        width: 'medium',
      })}
      <Controller
        control={control}
        name="direction"
        render={({ field }) => (
          <Select
            id={idOf('direction')}
            label="Success means the number goes"
            options={DIRECTION_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            placeholder="Choose a direction"
            errorMessage={errors.direction?.message}
            width="medium"
          />
        )}
      />
      <div className={styles.pair}>
        {text('baselineValue', 'Baseline value', { inputMode: 'decimal', width: 'medium' })}
        {date('baselineDate', 'Baseline date')}
      </div>
      <div className={styles.pair}>
        {text('targetValue', 'Target value', { inputMode: 'decimal', width: 'medium' })}
        {date('targetDate', 'Target date')}
      </div>
      {text('dataSource', 'Data source (optional)', {
        description: 'Where the figures come from, for example “Monthly street count”.',
      })}
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
