import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, type FieldErrors } from 'react-hook-form';
import { Button } from '@/ui/Button';
import { ComboBox } from '@/ui/ComboBox';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { Select } from '@/ui/Select';
import { TextField } from '@/ui/TextField';
import { usePeopleSearch } from './hooks/use-people-search';
import { useAddMember } from './hooks/use-team-mutations';
import { ROLE_LABELS } from './labels';
import {
  ADD_MEMBER_FIELD_IDS,
  ADD_MEMBER_FIELD_ORDER,
  ASSIGNABLE_ROLES,
  addMemberSchema,
  isAddMemberField,
  type AddMemberValues,
} from './team-form';
import styles from './TeamTab.module.css';

const EMPTY: AddMemberValues = { userId: '', role: 'MEMBER', allocationPercent: '' };

/**
 * Adds a person from the people directory (any organisation) with a role and a share of their
 * time. Field errors — the form's own and the server's (already on the team, bad allocation) —
 * show on the fields and in a summary above the form.
 */
export function AddMemberForm({ problemId }: { problemId: string }) {
  const [personText, setPersonText] = useState('');
  const [personName, setPersonName] = useState('');
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const { people, isLoading } = usePeopleSearch(personText.trim() ? personText : null);
  const { addMember, isAdding } = useAddMember();
  const {
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<AddMemberValues>({
    resolver: zodResolver(addMemberSchema),
    defaultValues: EMPTY,
  });

  function showInvalid(fieldErrors: FieldErrors<AddMemberValues>) {
    setSummary(
      ADD_MEMBER_FIELD_ORDER.flatMap((field) => {
        const message = fieldErrors[field]?.message;
        return message ? [{ message, fieldId: ADD_MEMBER_FIELD_IDS[field] }] : [];
      }),
    );
  }

  async function add(values: AddMemberValues) {
    const outcome = await addMember({
      problemId,
      userId: values.userId,
      role: values.role,
      allocationPercent: Number(values.allocationPercent.trim()),
      name: personName || 'The person',
    });
    if (outcome.ok) {
      setSummary([]);
      reset(EMPTY);
      setPersonText('');
      setPersonName('');
      return;
    }
    const items: ErrorSummaryItem[] = [];
    for (const { path, message } of outcome.fields) {
      if (isAddMemberField(path)) {
        setError(path, { type: 'server', message });
        items.push({ message, fieldId: ADD_MEMBER_FIELD_IDS[path] });
      } else {
        items.push({ message });
      }
    }
    if (outcome.message) items.push({ message: outcome.message });
    setSummary(items);
  }

  return (
    <section aria-labelledby="add-member-heading" className={styles.addMember}>
      <ErrorSummary errors={summary} />
      <h3 id="add-member-heading">Add a person to the team</h3>
      <form noValidate onSubmit={(event) => void handleSubmit(add, showInvalid)(event)}>
        <Controller
          control={control}
          name="userId"
          render={({ field }) => (
            <ComboBox
              id={ADD_MEMBER_FIELD_IDS.userId}
              label="Person"
              description="Type part of a name, job title, email or organisation"
              options={people.map((person) => ({
                id: person.id,
                label: person.displayName,
                description: [person.title, person.organization.name].filter(Boolean).join(', '),
              }))}
              inputValue={personText}
              onInputChange={(text) => {
                setPersonText(text);
                if (text !== personName && field.value) field.onChange('');
              }}
              selectedId={field.value || null}
              onSelectionChange={(id) => {
                const person = people.find((p) => p.id === id);
                field.onChange(id ?? '');
                setPersonName(person?.displayName ?? '');
                if (person) setPersonText(person.displayName);
              }}
              isLoading={isLoading}
              emptyText="No one matches"
              errorMessage={errors.userId?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <Select
              id={ADD_MEMBER_FIELD_IDS.role}
              label="Role"
              width="medium"
              options={ASSIGNABLE_ROLES.map((role) => ({ id: role, label: ROLE_LABELS[role] }))}
              value={field.value}
              onChange={field.onChange}
              errorMessage={errors.role?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="allocationPercent"
          render={({ field }) => (
            <TextField
              id={ADD_MEMBER_FIELD_IDS.allocationPercent}
              label="Share of their time (%)"
              description="A whole number from 0 to 100. Observers and sponsors are usually 0."
              inputMode="numeric"
              width="medium"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorMessage={errors.allocationPercent?.message}
            />
          )}
        />
        <Button type="submit" isPending={isAdding} pendingLabel="Adding…">
          Add to the team
        </Button>
      </form>
    </section>
  );
}
