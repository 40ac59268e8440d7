import { useState, type SubmitEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useAuth } from '@/app/auth/use-auth';
import { PageHeading } from '@/app/layout/PageHeading';
import { safeNextPath } from '@/app/routing/navigation-state';
import { Button } from '@/ui/Button';
import { ErrorSummary, type ErrorSummaryItem } from '@/ui/ErrorSummary';
import { TextField } from '@/ui/TextField';
import { useSignIn } from './hooks/use-sign-in';
import {
  SIGN_IN_FIELD_IDS,
  validateSignIn,
  type SignInField,
  type SignInFieldErrors,
} from './sign-in-form';
import styles from './SignInPage.module.css';

const FIELD_ORDER: readonly SignInField[] = ['email', 'password'];

export function SignInPage() {
  const auth = useAuth();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const { signIn, isPending } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [summary, setSummary] = useState<readonly ErrorSummaryItem[]>([]);

  // Signed in (already, or just now: sign-in writes `me`): on to where the visitor was going.
  if (auth.status === 'signed-in' && !auth.isSigningOut) return <Navigate to={next} replace />;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const errors = validateSignIn({ email, password });
    const invalidFields = FIELD_ORDER.filter((field) => errors[field]);
    if (invalidFields.length > 0) {
      setFieldErrors(errors);
      setSummary(
        invalidFields.map((field) => ({
          message: errors[field] ?? '',
          fieldId: SIGN_IN_FIELD_IDS[field],
        })),
      );
      return;
    }
    setFieldErrors({});
    const outcome = await signIn({ email, password });
    if (!outcome.ok) {
      setFieldErrors(outcome.fieldErrors);
      setSummary(outcome.summary);
      setPassword('');
    }
  }

  return (
    <div className={styles.page}>
      <ErrorSummary errors={summary} />
      <PageHeading title={summary.length > 0 ? 'Error: Sign in' : 'Sign in'}>Sign in</PageHeading>
      <p>Sign in with the email address and password of your Commons account.</p>
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className={styles.form}>
        <TextField
          id={SIGN_IN_FIELD_IDS.email}
          name="email"
          type="email"
          label="Email address"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck="false"
          value={email}
          onChange={setEmail}
          errorMessage={fieldErrors.email}
        />
        <TextField
          id={SIGN_IN_FIELD_IDS.password}
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          errorMessage={fieldErrors.password}
        />
        <Button type="submit" isPending={isPending} pendingLabel="Signing in…">
          Sign in
        </Button>
      </form>
      <p className={styles.help}>
        Forgotten your password, or no account yet? Ask your workspace administrator.
      </p>
    </div>
  );
}
