import { initialsOf } from './PresenceList';

describe('initialsOf', () => {
  it('takes the first letter of the first and last names, and two of a single one', () => {
    expect(initialsOf('Amira Haddad')).toBe('AH');
    expect(initialsOf('Dr Helen Kovacs')).toBe('DK');
    expect(initialsOf('  Priya  ')).toBe('PR');
    expect(initialsOf('Élodie Ørsted')).toBe('ÉØ');
    expect(initialsOf('')).toBe('');
  });
});
