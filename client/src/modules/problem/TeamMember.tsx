import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import type { Allocation } from '@commons/shared';
import { graphql } from '@/generated';
import type { TeamMember_MembershipFragment } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { ConfirmDialog } from '@/ui/Dialog';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { Link } from '@/ui/Link';
import { EditMemberDialog } from './EditMemberDialog';
import { useRemoveMember } from './hooks/use-team-mutations';
import { ROLE_LABELS } from './labels';
import styles from './TeamTab.module.css';

export const TeamMemberFragment = graphql(`
  fragment TeamMember_membership on Membership {
    id
    role
    allocationPercent
    version
    user {
      id
      displayName
      title
      email
      organization {
        id
        name
        kind
      }
    }
  }
`);

export interface TeamMemberProps {
  membership: FragmentType<TeamMember_MembershipFragment>;
  problemId: string;
  /** The problem's lead can't be removed or demoted here. */
  isProblemLead: boolean;
  canEdit: boolean;
  /** The team's allocations without this member (to recompute the index on removal). */
  remainingWithout: (membershipId: string) => Allocation[];
  onReload: () => Promise<unknown>;
}

/** One person on the team: name, title, role and time; the lead may change or remove them. */
export function TeamMember({
  membership: ref,
  problemId,
  isProblemLead,
  canEdit,
  remainingWithout,
  onReload,
}: TeamMemberProps) {
  const { data: membership, complete } = useFragment({ fragment: TeamMemberFragment, from: ref });
  const [isEditing, setIsEditing] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [removeErrors, setRemoveErrors] = useState<readonly ErrorSummaryItem[]>([]);
  const { removeMember, isRemoving } = useRemoveMember();
  if (!complete) return null;
  const name = membership.user.displayName;

  const remove = async () => {
    const outcome = await removeMember({
      id: membership.id,
      problemId,
      name,
      remaining: remainingWithout(membership.id),
    });
    if (outcome.ok) {
      setIsConfirming(false);
      return;
    }
    setRemoveErrors(
      [...outcome.fields.map((f) => ({ message: f.message }))].concat(
        outcome.message ? [{ message: outcome.message }] : [],
      ),
    );
  };

  return (
    <li className={styles.member}>
      <div className={styles.memberMain}>
        <Link href={`/people/${encodeURIComponent(membership.user.id)}`}>{name}</Link>
        {membership.user.title ? (
          <span className={styles.muted}> · {membership.user.title}</span>
        ) : null}
      </div>
      <dl className={styles.memberFacts}>
        <div>
          <dt>Role</dt>
          <dd>
            {ROLE_LABELS[membership.role]}
            {isProblemLead && membership.role !== 'LEAD' ? ' (problem lead)' : ''}
          </dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>{membership.allocationPercent}%</dd>
        </div>
      </dl>
      {canEdit ? (
        <div className={styles.memberActions}>
          <Button
            variant="secondary"
            onPress={() => {
              setIsEditing(true);
            }}
          >
            Change<span className="visually-hidden"> {name}’s role or time</span>
          </Button>
          {isProblemLead ? null : (
            <Button
              variant="secondary"
              onPress={() => {
                setRemoveErrors([]);
                setIsConfirming(true);
              }}
            >
              Remove<span className="visually-hidden"> {name} from the team</span>
            </Button>
          )}
        </div>
      ) : null}
      {isEditing ? (
        <EditMemberDialog
          membership={membership}
          isProblemLead={isProblemLead}
          onClose={() => {
            setIsEditing(false);
          }}
          onReload={onReload}
        />
      ) : null}
      <ConfirmDialog
        isOpen={isConfirming}
        onOpenChange={setIsConfirming}
        title={`Remove ${name} from the team?`}
        confirmLabel="Remove"
        pendingLabel="Removing…"
        isPending={isRemoving}
        onConfirm={() => void remove()}
      >
        <ErrorSummary errors={removeErrors} />
        <p>
          {name} will no longer be on this problem’s team. Their tasks stay on the board, and you
          can add them again later.
        </p>
      </ConfirmDialog>
    </li>
  );
}
