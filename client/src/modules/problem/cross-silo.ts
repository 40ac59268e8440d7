/** The cross-silo index in words (PRODUCT.md: 1 / Σ pᵢ², the inverse Simpson index). */
export interface CrossSiloWords {
  /** The finding: "Work is shared fairly evenly among about 3.2 organisations." */
  headline: string;
  /** How to read the number. */
  explanation: string;
}

const ONE_DECIMAL = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * Explains a problem's cross-silo index. `organisations` is how many organisations have time
 * allocated to the problem (members with allocation 0 don't count, as in the index).
 */
export function crossSiloWords(index: number, organisations: number): CrossSiloWords {
  const figure = ONE_DECIMAL.format(index);
  if (index <= 0 || organisations === 0) {
    return {
      headline: 'No time is allocated to this problem yet.',
      explanation:
        'The cross-silo index is 0: it counts how evenly the team’s allocated time is shared between organisations.',
    };
  }
  const scale = `1 would mean all the work sits in one organisation; ${String(organisations)} would mean it is shared equally among the ${String(organisations)} organisations with time allocated.`;
  if (organisations === 1 || index < 1.05) {
    return {
      headline: 'The work sits in one organisation.',
      explanation: `The cross-silo index is ${figure}. ${organisations === 1 ? 'Only one organisation has time allocated.' : scale}`,
    };
  }
  const evenness = index / organisations;
  const headline =
    evenness >= 0.8
      ? `Work is shared fairly evenly among about ${figure} organisations.`
      : evenness >= 0.5
        ? `Work is shared among ${String(organisations)} organisations, unevenly: as if among about ${figure} equally.`
        : `Work is concentrated in a few of the ${String(organisations)} organisations: as if shared among about ${figure} equally.`;
  return { headline, explanation: `The cross-silo index is ${figure}. ${scale}` };
}

/** How many organisations have time allocated, from the team's memberships. */
export function allocatingOrganisations(
  members: readonly { allocationPercent: number; organizationId: string }[],
): number {
  return new Set(members.filter((m) => m.allocationPercent > 0).map((m) => m.organizationId)).size;
}
