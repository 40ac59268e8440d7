import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: './.data',
      NODE_ENV: 'production',
      WORKSPACE_TIME_ZONE: 'UTC',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid setting PORT: /],
    [{ PORT: '70000' }, /^Invalid setting PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^Invalid setting DATABASE_URL: /],
    [{ COOKIE_SECURE: 'maybe' }, /^Invalid setting COOKIE_SECURE: /],
    [
      { WORKSPACE_TIME_ZONE: 'Mars/Olympus' },
      /^Invalid setting WORKSPACE_TIME_ZONE: must be an IANA/,
    ],
    [{ SESSION_SECRET: 'short' }, /^Invalid setting SESSION_SECRET: must be at least 32/],
    [{ SMTP_URL: 'http://mail.example.org' }, /^Invalid setting SMTP_URL: must be an smtp/],
    [{ PUBLIC_URL: 'ftp://commons.example.org' }, /^Invalid setting PUBLIC_URL: must be an http/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('requires a session secret in production with a shared database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/commons' })).toThrow(
      /^Invalid setting SESSION_SECRET: is required/,
    );
    expect(
      loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://u:p@db:5432/commons' })
        .DATABASE_URL,
    ).toBe('postgres://u:p@db:5432/commons');
  });

  it('has no email unless SMTP_URL is set, and links from PUBLIC_URL without a trailing slash', () => {
    const plain = loadConfig({});
    expect(plain.SMTP_URL).toBeUndefined();
    expect(plain).toMatchObject({
      MAIL_FROM: 'Commons <no-reply@localhost>',
      PUBLIC_URL: 'http://localhost:3000',
    });
    const mail = loadConfig({
      SMTP_URL: 'smtps://user:pass@mail.example.org:465',
      PUBLIC_URL: 'https://commons.example.org/',
    });
    expect(mail.SMTP_URL).toBe('smtps://user:pass@mail.example.org:465');
    expect(mail.PUBLIC_URL).toBe('https://commons.example.org');
  });

  it('takes an empty SMTP_URL (docker compose passing a blank one through) as unset', () => {
    expect(loadConfig({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: ' ' })).toThrow(/^Invalid setting SMTP_URL/);
  });

  it('reads booleans and numbers', () => {
    expect(loadConfig({ COOKIE_SECURE: 'true', PORT: '8080', SEED_DEMO: '0' })).toMatchObject({
      COOKIE_SECURE: true,
      PORT: 8080,
      SEED_DEMO: false,
    });
  });

  it('runs background jobs unless told not to', () => {
    expect(loadConfig({})).toMatchObject({ JOBS_ENABLED: true, JOBS_SCHEDULE_CHECK_SECONDS: 30 });
    expect(loadConfig({ JOBS_ENABLED: 'false' }).JOBS_ENABLED).toBe(false);
    expect(() => loadConfig({ JOBS_SCHEDULE_CHECK_SECONDS: '60' })).toThrow(
      /^Invalid setting JOBS_SCHEDULE_CHECK_SECONDS: /,
    );
  });
});
