import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type SyntheticEvent } from 'react';
import { PageHeading } from '@/app/layout/PageHeading';
import type { EmailFrequency, NotificationKind } from '@/generated/graphql';
import { announce } from '@/ui/announce';
import { Button } from '@/ui/Button';
import { Checkbox, CheckboxGroup } from '@/ui/Checkbox';
import { Link } from '@/ui/Link';
import { QueryState } from '@/ui/QueryState';
import { Radio, RadioGroup } from '@/ui/RadioGroup';
import {
  NotificationPreferencesQueryDocument,
  UpdateNotificationPreferencesMutationDocument,
} from './graphql/notifications.graphql';
import styles from './NotificationPreferencesPage.module.css';

const FREQUENCIES: readonly [EmailFrequency, string][] = [
  ['OFF', 'Off'],
  ['IMMEDIATE', 'Immediately'],
  ['DAILY', 'Daily digest'],
  ['WEEKLY', 'Weekly digest'],
];

/** Every kind, in the words of the person told. */
export const KIND_LABELS: Record<NotificationKind, string> = {
  MENTIONED: 'Someone mentions me in a comment',
  ASSIGNED: 'Someone assigns a task to me',
  ADDED_TO_TEAM: 'Someone adds me to a problem’s team',
  TASK_BLOCKED: 'A task assigned to me becomes blocked',
  TASK_UNBLOCKED: 'A task assigned to me is no longer blocked',
  OUTCOME_HEALTH_CHANGED: 'The health of an outcome I own changes',
  MEASUREMENT_DUE: 'An outcome I own is due a new figure',
  FEEDBACK_RECEIVED: 'Someone leaves feedback on a problem I lead',
};
const KINDS = Object.keys(KIND_LABELS) as NotificationKind[];

function isFrequency(value: string): value is EmailFrequency {
  return FREQUENCIES.some(([frequency]) => frequency === value);
}

/**
 * How I am told: email frequency and the kinds I never want. The unsubscribe link of every email
 * points here, so the path (/settings/notifications) is part of the emails' contract.
 */
export function NotificationPreferencesPage() {
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQueryDocument);
  const saved = data?.me?.notificationPreferences;
  return (
    <>
      <PageHeading>Notification settings</PageHeading>
      <p>
        Choose how often notifications reach you by email, and what you never want to hear about.{' '}
        <Link href="/notifications">Back to your notifications</Link>
      </p>
      <QueryState
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={() => void refetch()}
        loadingLabel="Loading your settings…"
        errorMessage="Your notification settings could not be loaded."
      >
        {saved && data.me ? (
          // Starts from what is saved; after a save the form already shows it.
          <PreferencesForm
            viewerId={data.me.id}
            email={saved.email}
            muted={saved.muted}
            emailAvailable={saved.emailAvailable}
          />
        ) : null}
      </QueryState>
    </>
  );
}

function PreferencesForm(props: {
  viewerId: string;
  email: EmailFrequency;
  muted: readonly NotificationKind[];
  emailAvailable: boolean;
}) {
  const [email, setEmail] = useState<EmailFrequency>(props.email);
  const [muted, setMuted] = useState<string[]>([...props.muted]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, { loading }] = useMutation(UpdateNotificationPreferencesMutationDocument);

  async function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    try {
      await save({
        variables: {
          input: { email, muted: KINDS.filter((kind) => muted.includes(kind)) },
        },
        // The answer has no id of its own: it is written into the viewer's settings here.
        update: (cache, { data }) => {
          if (!data) return;
          cache.modify({
            id: cache.identify({ __typename: 'User', id: props.viewerId }),
            fields: { notificationPreferences: () => data.updateNotificationPreferences },
          });
        },
      });
      const text = 'Your notification settings are saved.';
      setMessage({ ok: true, text });
      announce(text);
    } catch {
      const text = 'Your settings could not be saved. Check your connection and try again.';
      setMessage({ ok: false, text });
      announce(text);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} className={styles.form}>
      {props.emailAvailable ? null : (
        <div className={styles.notice} id="no-email-notice">
          <h2 className={styles.noticeHeading}>This server sends no email</h2>
          <p>
            Email is not set up here (SMTP is not configured), so no notification reaches you by
            email whatever you choose below. Notifications still arrive in the app, under
            Notifications in the header. Your choice is kept for when email is set up.
          </p>
        </div>
      )}
      <RadioGroup
        id="email-frequency"
        label="Email me"
        description="Digests list the notifications you have not read since the last one."
        value={email}
        onChange={(value) => {
          if (isFrequency(value)) setEmail(value);
        }}
      >
        {FREQUENCIES.map(([value, label]) => (
          <Radio key={value} value={value}>
            {label}
          </Radio>
        ))}
      </RadioGroup>
      <CheckboxGroup
        id="muted-kinds"
        label="Never tell me when"
        description="Tick what you want muted: you will hear of it neither in the app nor by email."
        value={muted}
        onChange={setMuted}
      >
        {KINDS.map((kind) => (
          <Checkbox key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Button type="submit" isPending={loading} pendingLabel="Saving…">
        Save settings
      </Button>
      {message ? <p className={message.ok ? styles.saved : styles.failed}>{message.text}</p> : null}
    </form>
  );
}
