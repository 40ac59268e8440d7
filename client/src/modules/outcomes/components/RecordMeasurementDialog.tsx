import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Button } from '@/ui/Button';
import { DateField } from '@/ui/DateField';
import { Dialog } from '@/ui/Dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { TextArea } from '@/ui/TextArea';
import { TextField } from '@/ui/TextField';
import { useRecordMeasurement } from '../hooks/use-record-measurement';
import { localToday } from '../local-today';
import {
  MEASUREMENT_FIELDS,
  measurementSchema,
  toMeasurementInput,
  type MeasurementField,
  type MeasurementFormValues,
} from '../outcome-forms';
import { applyFailure, summaryOfErrors } from './form-errors';
import styles from './forms.module.css';

export interface RecordMeasurementDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  outcomeId: string;
  outcomeName: string;
  unit: string;
  problemId: string;
}

/** Records a measurement of one outcome: date (today or earlier), value, and a note. */
export function RecordMeasurementDialog({
  isOpen,
  onOpenChange,
  ...props
}: RecordMeasurementDialogProps) {
  return (
    <Dialog isOpen={isOpen} onOpenChange={onOpenChange} title="Record a measurement">
      <RecordMeasurementForm {...props} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function RecordMeasurementForm({
  outcomeId,
  outcomeName,
  unit,
  problemId,
  onDone,
}: Omit<RecordMeasurementDialogProps, 'isOpen' | 'onOpenChange'> & { onDone: () => void }) {
  const [today] = useState(localToday);
  const prefix = useId();
  const idOf = (field: MeasurementField) => `${prefix}-${field}`;
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const { record, isPending } = useRecordMeasurement(outcomeId, problemId);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<MeasurementFormValues>({
    resolver: zodResolver(measurementSchema(today)),
    defaultValues: { observedAt: today, value: '', note: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setSummary([]);
      const outcome = await record(toMeasurementInput(values));
      if (outcome.ok) onDone();
      else setSummary(applyFailure(outcome, MEASUREMENT_FIELDS, idOf, setError));
    },
    (invalid) => {
      setSummary(summaryOfErrors(invalid, MEASUREMENT_FIELDS, idOf));
    },
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className={styles.form}>
      <ErrorSummary errors={summary} />
      <p className={styles.lead}>
        {outcomeName}, in {unit}.
      </p>
      <Controller
        control={control}
        name="observedAt"
        render={({ field }) => (
          <DateField
            id={idOf('observedAt')}
            label="Date"
            description="The day the value describes: today or earlier."
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorMessage={errors.observedAt?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="value"
        render={({ field }) => (
          <TextField
            id={idOf('value')}
            label={`Value (${unit})`}
            inputMode="decimal"
            width="medium"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorMessage={errors.value?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="note"
        render={({ field }) => (
          <TextArea
            id={idOf('note')}
            label="Note (optional)"
            description="Where the figure comes from, or anything unusual about it."
            rows={3}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            errorMessage={errors.note?.message}
          />
        )}
      />
      <div className={styles.actions}>
        <Button type="submit" isPending={isPending} pendingLabel="Recording…">
          Record measurement
        </Button>
        <Button variant="secondary" onPress={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
