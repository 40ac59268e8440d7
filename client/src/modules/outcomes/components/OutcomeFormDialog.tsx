import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { OutcomeDirection } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { Checkbox } from '@/ui/Checkbox';
import { DateField } from '@/ui/DateField';
import { Dialog } from '@/ui/Dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { Select, type SelectOption } from '@/ui/Select';
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

const CADENCE_OPTIONS: SelectOption[] = [
  { id: '', label: 'Not on a schedule' },
  { id: 'WEEKLY', label: 'Weekly' },
  { id: 'MONTHLY', label: 'Monthly' },
  { id: 'QUARTERLY', label: 'Quarterly' },
  { id: 'ANNUAL', label: 'Every year' },
];

/** Who may report an outcome: the lead by default, or a team member who records measurements. */
export interface OwnerChoices {
  leadName: string | null;
  /** Team members other than the lead who may record measurements (user id, name). */
  members: readonly SelectOption[];
}

export interface OutcomeFormDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  submitLabel: string;
  initialValues?: OutcomeFormValues;
  /** Saves the outcome; resolves `{ ok: true }` to close the dialog. */
  onSave: (values: OutcomeDefinitionValues) => Promise<SaveOutcome>;
  isPending: boolean;
  owners: OwnerChoices;
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
  owners,
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

  const ownerOptions: SelectOption[] = [
    {
      id: '',
      label: owners.leadName ? `${owners.leadName}, the lead (default)` : 'The lead (default)',
    },
    ...owners.members,
  ];

  const text = (
    name: 'name' | 'unit' | 'baselineValue' | 'targetValue' | 'dataSource' | 'suppressBelow',
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
      <Controller
        control={control}
        name="ownerId"
        render={({ field }) => (
          <Select
            id={idOf('ownerId')}
            label="Reported by"
            description="Who records its figures: the lead, or someone on the team who records measurements."
            options={ownerOptions}
            value={field.value}
            onChange={field.onChange}
            errorMessage={errors.ownerId?.message}
            width="medium"
          />
        )}
      />
      <Controller
        control={control}
        name="cadence"
        render={({ field }) => (
          <Select
            id={idOf('cadence')}
            label="How often a figure is expected"
            description="A figure is due one period after the latest; after that the outcome is stale."
            options={CADENCE_OPTIONS}
            value={field.value}
            onChange={field.onChange}
            errorMessage={errors.cadence?.message}
            width="medium"
          />
        )}
      />
      {text('suppressBelow', 'Hide published values below (optional)', {
        description:
          'For small counts of people: public pages and open data say “fewer than” this number instead. The team still sees the values.',
        inputMode: 'decimal',
        width: 'medium',
      })}
      <Controller
        control={control}
        name="isPublic"
        render={({ field }) => (
          <Checkbox id={idOf('isPublic')} isSelected={field.value} onChange={field.onChange}>
            Publish it with the problem when the problem is public
          </Checkbox>
        )}
      />
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
