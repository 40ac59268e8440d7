import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { EMAIL_PATTERN, LIMITS, normalizeEmail } from '@commons/shared';
import { hashPassword } from '../auth/passwords.js';
import { CliError, withDatabase } from './run-cli.js';

const USAGE = `Usage: npm run create-admin -- --email EMAIL --name "DISPLAY NAME" --organization "ORGANISATION"
  The password is read from the COMMONS_ADMIN_PASSWORD environment variable or asked for.
  The organisation is created (as a DEPARTMENT) if it does not exist.`;

/** Creates the first administrator of a real deployment. */
void withDatabase(async (dataSource) => {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      organization: { type: 'string' },
    },
  });
  const email = normalizeEmail(values.email ?? '');
  if (!EMAIL_PATTERN.test(email) || email.length > LIMITS.emailMax) throw new CliError(USAGE);
  const displayName = (values.name ?? email.split('@')[0] ?? '').trim();
  const organization = (values.organization ?? 'Administration').trim();
  const password = process.env.COMMONS_ADMIN_PASSWORD ?? (await ask('Password: '));
  if (password.length < LIMITS.passwordMin || password.length > LIMITS.passwordMax) {
    throw new CliError(
      `The password must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters long.`,
    );
  }
  const passwordHash = await hashPassword(password);
  const created: unknown[] = await dataSource.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO organization (name, kind) VALUES ($1, 'DEPARTMENT') ON CONFLICT (name) DO NOTHING`,
      [organization],
    );
    return tx.query(
      `INSERT INTO app_user (email, display_name, organization_id, role, password_hash)
       SELECT $1, $2, id, 'ADMIN', $4 FROM organization WHERE name = $3
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, displayName, organization, passwordHash],
    );
  });
  if (!created.length) throw new CliError(`A user with the email ${email} already exists.`);
  console.log(`Administrator ${email} created in ${organization}.`);
});

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError(USAGE);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}
