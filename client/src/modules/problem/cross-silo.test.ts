import { crossSiloIndex } from '@commons/shared';
import { allocatingOrganisations, crossSiloWords } from './cross-silo';

describe('crossSiloWords', () => {
  it('says work is shared fairly evenly when the index is close to the number of organisations', () => {
    expect(crossSiloWords(3.2, 4).headline).toBe(
      'Work is shared fairly evenly among about 3.2 organisations.',
    );
    expect(crossSiloWords(3.2, 4).explanation).toContain('The cross-silo index is 3.2.');
  });

  it('says when work is shared unevenly or concentrated', () => {
    expect(crossSiloWords(2.6, 5).headline).toBe(
      'Work is shared among 5 organisations, unevenly: as if among about 2.6 equally.',
    );
    expect(crossSiloWords(1.4, 6).headline).toMatch(/^Work is concentrated in a few of the 6/);
  });

  it('handles one silo and no allocation', () => {
    expect(crossSiloWords(1, 1).headline).toBe('The work sits in one organisation.');
    expect(crossSiloWords(0, 0).headline).toBe('No time is allocated to this problem yet.');
  });

  it('counts organisations the way the index does (allocation 0 left out)', () => {
    const members = [
      { organizationId: 'a', allocationPercent: 40 },
      { organizationId: 'a', allocationPercent: 10 },
      { organizationId: 'b', allocationPercent: 50 },
      { organizationId: 'c', allocationPercent: 0 },
    ];
    expect(allocatingOrganisations(members)).toBe(2);
    expect(crossSiloWords(crossSiloIndex(members), 2).headline).toBe(
      'Work is shared fairly evenly among about 2.0 organisations.',
    );
  });
});
