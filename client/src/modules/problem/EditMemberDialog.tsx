import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, type FieldErrors } from 'react-hook-form';
import type { TeamMember_MembershipFragment } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { Dialog } from '@/ui/Dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { Select } from '@/ui/Select';
import { TextField } from '@/ui/TextField';
import { useUpdateMember } from './hooks/use-team-mutations';
import { ROLE_LABELS } from './labels';
import {
  ASSIGNABLE_ROLES,
  EDIT_MEMBER_FIELD_IDS,
  editMemberSchema,
  type EditMemberValues,
} from './team-form';
import styles from './TeamTab.module.css';

export interface EditMemberDialogProps {
  membership: TeamMember_MembershipFragment;
  isProblemLead: boolean;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

/** Changes one member's role and share of time, in a dialog. */
export function EditMemberDialog({
  membership,
  isProblemLead,
  onClose,
  onReload,
}: EditMemberDialogProps) {
  const name = membership.user.displayName;
  const { updateMember, isUpdating } = useUpdateMember();
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<EditMemberValues>({
    resolver: zodResolver(editMemberSchema),
    defaultValues: {
      role: membership.role,
      allocationPercent: String(membership.allocationPercent),
    },
  });
  const roles = isProblemLead ? (['LEAD'] as const) : ASSIGNABLE_ROLES;

  function showInvalid(fieldErrors: FieldErrors<EditMemberValues>) {
    setSummary(
      (['role', 'allocationPercent'] as const).flatMap((field) => {
        const message = fieldErrors[field]?.message;
        return message ? [{ message, fieldId: EDIT_MEMBER_FIELD_IDS[field] }] : [];
      }),
    );
  }

  async function save(values: EditMemberValues) {
    const outcome = await updateMember({
      id: membership.id,
      version: membership.version,
      role: values.role,
      allocationPercent: Number(values.allocationPercent.trim()),
      name,
    });
    if (outcome.ok) {
      onClose();
      return;
    }
    const items: ErrorSummaryItem[] = [];
    for (const { path, message } of outcome.fields) {
      if (path === 'role' || path === 'allocationPercent') {
        setError(path, { type: 'server', message });
        items.push({ message, fieldId: EDIT_MEMBER_FIELD_IDS[path] });
      } else {
        items.push({ message });
      }
    }
    if (outcome.message) items.push({ message: outcome.message });
    setSummary(items);
    if (outcome.isConflict) await onReload();
  }

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
      title={`Change ${name}’s place on the team`}
    >
      <ErrorSummary errors={summary} />
      <form noValidate onSubmit={(event) => void handleSubmit(save, showInvalid)(event)}>
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <Select
              id={EDIT_MEMBER_FIELD_IDS.role}
              label="Role"
              description={
                isProblemLead ? 'They lead the problem: choose another lead first.' : undefined
              }
              width="medium"
              options={roles.map((role) => ({ id: role, label: ROLE_LABELS[role] }))}
              value={field.value}
              onChange={field.onChange}
              isDisabled={isProblemLead}
              errorMessage={errors.role?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="allocationPercent"
          render={({ field }) => (
            <TextField
              id={EDIT_MEMBER_FIELD_IDS.allocationPercent}
              label="Share of their time (%)"
              description="A whole number from 0 to 100"
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
        <div className={styles.actions}>
          <Button type="submit" isPending={isUpdating} pendingLabel="Saving…">
            Save
          </Button>
          <Button variant="secondary" onPress={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
