import { EMAIL_PATTERN, LIMITS } from '@commons/shared';

export const SIGN_IN_FIELD_IDS = {
  email: 'sign-in-email',
  password: 'sign-in-password',
} as const;

export type SignInField = keyof typeof SIGN_IN_FIELD_IDS;

export type SignInFieldErrors = Partial<Record<SignInField, string>>;

export interface SignInValues {
  email: string;
  password: string;
}

/**
 * Checks what can be checked before asking the server: that both fields are filled in and the
 * email looks like one. Password length rules are for setting a password, not for signing in.
 */
export function validateSignIn({ email, password }: SignInValues): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  const trimmedEmail = email.trim();
  if (trimmedEmail === '') {
    errors.email = 'Enter your email address';
  } else if (trimmedEmail.length > LIMITS.emailMax) {
    errors.email = `Email address must be ${String(LIMITS.emailMax)} characters or fewer`;
  } else if (!EMAIL_PATTERN.test(trimmedEmail)) {
    errors.email = 'Enter an email address in the correct format, like name@example.com';
  }
  if (password === '') {
    errors.password = 'Enter your password';
  } else if (password.length > LIMITS.passwordMax) {
    errors.password = `Password must be ${String(LIMITS.passwordMax)} characters or fewer`;
  }
  return errors;
}

export function isSignInField(name: string): name is SignInField {
  return Object.hasOwn(SIGN_IN_FIELD_IDS, name);
}
