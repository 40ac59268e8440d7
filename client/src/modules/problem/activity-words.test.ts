import { fieldLabel, fieldValue, readableSummary, shownChanges } from './activity-words';

describe('activity in words', () => {
  it('turns enum values in a summary into words, keeping problem keys', () => {
    expect(readableSummary('Amira Haddad moved HOUS-12 #4 to DONE')).toBe(
      'Amira Haddad moved HOUS-12 #4 to done',
    );
    expect(readableSummary('Amira Haddad added Callum Reid to HOUS-3 as MEMBER (20%)')).toBe(
      'Amira Haddad added Callum Reid to HOUS-3 as member (20%)',
    );
  });

  it('names fields and values readably', () => {
    expect(fieldLabel('allocationPercent')).toBe('Allocation percent');
    expect(fieldValue('IN_PROGRESS')).toBe('In progress');
    expect(fieldValue(null)).toBe('(none)');
    expect(fieldValue('40')).toBe('40');
    expect(fieldLabel('blockedBy')).toBe('Blocked by');
  });

  it('leaves out the board’s ordering key, which means nothing to people', () => {
    const moved = [
      { field: 'status', before: 'TODO', after: 'DONE' },
      { field: 'rank', before: 'a0', after: 'a0V' },
    ];
    expect(shownChanges(moved).map((change) => change.field)).toEqual(['status']);
  });
});
