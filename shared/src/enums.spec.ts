import { isPartnerOnlyKind, ORGANIZATION_KINDS } from './enums.js';
import { EMAIL_PATTERN, normalizeEmail } from './limits.js';

describe('isPartnerOnlyKind', () => {
  it('treats public-sector kinds as staff and the rest as partners', () => {
    const partners = ORGANIZATION_KINDS.filter(isPartnerOnlyKind);
    expect(partners).toEqual(['NONPROFIT', 'PRIVATE', 'ACADEMIC', 'COMMUNITY']);
  });
});

describe('emails', () => {
  it('normalises case and surrounding space', () => {
    expect(normalizeEmail('  Lead@Demo.Commons ')).toBe('lead@demo.commons');
  });
  it('accepts an ordinary address and rejects obvious nonsense', () => {
    expect(EMAIL_PATTERN.test('amira.haddad@housing.riverside.gov')).toBe(true);
    expect(EMAIL_PATTERN.test('no-at-sign')).toBe(false);
    expect(EMAIL_PATTERN.test('two words@x.org')).toBe(false);
  });
});
