import { Inject, Injectable } from '@nestjs/common';
import { EMAIL_PATTERN, isPartnerOnlyKind, LIMITS, normalizeEmail } from '@commons/shared';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { InvalidInputError, UnauthenticatedError, type FieldError } from '../graphql/errors.js';
import { toUserModel, type User } from '../users/user.model.js';
import { UsersRepository } from '../users/users.repository.js';
import type { Actor } from './actor.js';
import { AuthRepository } from './auth.repository.js';
import { timingDummyHash, verifyPassword } from './passwords.js';
import { SESSION_COOKIE } from './session.middleware.js';
import { SignInLimiter } from './sign-in-limiter.js';

const WRONG_CREDENTIALS = 'The email address or password is not right.';

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly auth: AuthRepository,
    private readonly limiter: SignInLimiter,
  ) {}

  /**
   * A wrong email, a wrong password and a disabled account all fail the same way after the
   * same argon2 work, so the answer says nothing about which accounts exist.
   */
  async signIn(
    rawEmail: string,
    password: string,
    req: Request,
  ): Promise<{ user: User; actor: Actor }> {
    const email = normalizeEmail(rawEmail);
    validateCredentials(email, password);
    const clientKey = req.ip ?? 'unknown';
    await this.limiter.assertAllowed(clientKey, email);

    const user = await this.users.findByEmail(email);
    const passwordOk = await verifyPassword(
      user?.passwordHash ?? (await timingDummyHash()),
      password,
    );
    if (!user || !passwordOk || user.disabledAt) {
      await this.limiter.recordFailure(clientKey, email);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await this.limiter.recordSuccess(email);
    // A new session id at every sign-in (no session fixation).
    await promisify((done) => req.session.regenerate(done));
    req.session.userId = user.id;
    req.session.signedInAt = Date.now();
    await promisify((done) => req.session.save(done));
    const actor = await this.actorFor(req);
    if (!actor) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    return { user: toUserModel(user), actor };
  }

  /** Deletes the session server-side and clears the cookie; true even when not signed in. */
  async signOut(req: Request, res: Response): Promise<boolean> {
    const userId = req.session.userId;
    if (userId) {
      await promisify((done) => req.session.destroy(done));
      // Its open sockets (live views in other tabs) close now, not at their next check.
      await this.auth.announceSessionsEnded(userId);
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  /** The caller behind the request's session, or null (expired, disabled, deleted, none). */
  async actorFor(req: Request): Promise<Actor | null> {
    const session = req.session;
    const userId = session.userId;
    if (!userId) return null;
    const absoluteMs = this.config.SESSION_ABSOLUTE_HOURS * 3_600_000;
    const row =
      Date.now() - (session.signedInAt ?? 0) <= absoluteMs
        ? await this.auth.findActor(userId)
        : null;
    if (!row || row.disabled) {
      await promisify((done) => session.destroy(done));
      return null;
    }
    return {
      userId: row.id,
      role: row.role,
      organizationId: row.organization_id,
      organizationKind: row.organization_kind,
      partnerOnly: isPartnerOnlyKind(row.organization_kind),
    };
  }
}

function validateCredentials(email: string, password: string): void {
  const fields: FieldError[] = [];
  if (!email) fields.push({ path: 'email', message: 'Enter your email address.' });
  else if (email.length > LIMITS.emailMax || !EMAIL_PATTERN.test(email))
    fields.push({ path: 'email', message: 'Enter an email address like name@example.org.' });
  if (!password) fields.push({ path: 'password', message: 'Enter your password.' });
  else if (password.length > LIMITS.passwordMax)
    fields.push({
      path: 'password',
      message: `A password is at most ${LIMITS.passwordMax} characters.`,
    });
  if (fields.length) throw new InvalidInputError(fields);
}

function promisify(run: (done: (error?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    run((error) => {
      if (error) reject(error instanceof Error ? error : new Error('session store failed'));
      else resolve();
    });
  });
}
