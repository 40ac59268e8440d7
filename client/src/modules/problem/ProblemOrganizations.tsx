import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '@/generated';
import type { ProblemOrganizations_ProblemFragment } from '@/generated/graphql';
import { allocatingOrganisations, crossSiloWords } from './cross-silo';
import styles from './OverviewTab.module.css';

export const ProblemOrganizationsFragment = graphql(`
  fragment ProblemOrganizations_problem on Problem {
    id
    health {
      ...ProblemHealthFields @unmask
    }
    members {
      id
      allocationPercent
      user {
        id
        organization {
          id
          name
        }
      }
    }
  }
`);

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** The organisations on the team, their share of the allocated time, and the index in words. */
export function ProblemOrganizations({
  problem: ref,
}: {
  problem: FragmentType<ProblemOrganizations_ProblemFragment>;
}) {
  const { data: problem, complete } = useFragment({
    fragment: ProblemOrganizationsFragment,
    fragmentName: 'ProblemOrganizations_problem',
    from: ref,
  });
  if (!complete) return null;
  const rows = organisationShares(problem.members);
  const allocating = allocatingOrganisations(
    problem.members.map((m) => ({
      allocationPercent: m.allocationPercent,
      organizationId: m.user.organization.id,
    })),
  );
  const words = crossSiloWords(problem.health.crossSiloIndex, allocating);
  return (
    <section aria-labelledby="problem-organisations-heading">
      <h2 id="problem-organisations-heading">Organisations involved</h2>
      <p className={styles.headline}>{words.headline}</p>
      <p className={styles.muted}>{words.explanation}</p>
      {rows.length === 0 ? (
        <p>No one is on the team yet.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">
              Organisations by share of the team’s allocated time
            </caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">People</th>
                <th scope="col">Share of time</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td>{row.people}</td>
                  <td>{row.share === null ? '—' : PERCENT.format(row.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface OrganisationShare {
  id: string;
  name: string;
  people: number;
  /** Of the team's total allocation; null when nobody has time allocated. */
  share: number | null;
}

function organisationShares(
  members: ProblemOrganizations_ProblemFragment['members'],
): OrganisationShare[] {
  const total = members.reduce((sum, m) => sum + Math.max(0, m.allocationPercent), 0);
  const byId = new Map<string, { name: string; people: number; allocation: number }>();
  for (const m of members) {
    const org = m.user.organization;
    const entry = byId.get(org.id) ?? { name: org.name, people: 0, allocation: 0 };
    entry.people += 1;
    entry.allocation += Math.max(0, m.allocationPercent);
    byId.set(org.id, entry);
  }
  return [...byId.entries()]
    .map(([id, e]) => ({
      id,
      name: e.name,
      people: e.people,
      share: total > 0 ? e.allocation / total : null,
    }))
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.name.localeCompare(b.name));
}
