import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { Allocation } from '@commons/shared';
import { graphql } from '@/generated';
import { QueryState } from '@/ui/QueryState';
import { AddMemberForm } from './AddMemberForm';
import { allocatingOrganisations, crossSiloWords } from './cross-silo';
import { useProblemContext } from './problem-context';
import { TeamMember } from './TeamMember';
import styles from './TeamTab.module.css';

export const ProblemTeamQuery = graphql(`
  query ProblemTeam($key: String!) {
    problem(key: $key) {
      id
      lead {
        id
      }
      health {
        ...ProblemHealthFields @unmask
      }
      members {
        id
        allocationPercent
        user {
          id
          displayName
          organization {
            id
            name
          }
        }
        ...TeamMember_membership
      }
    }
  }
`);

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** The team by organisation, with role and time; the lead adds, changes and removes people. */
export function TeamTab() {
  const { problemKey, problemId, viewerCan } = useProblemContext();
  const { data, loading, error, refetch } = useQuery(ProblemTeamQuery, {
    variables: { key: problemKey },
  });
  const problem = data?.problem;
  const members = problem?.members;

  const remainingWithout = useCallback(
    (membershipId: string): Allocation[] =>
      (members ?? [])
        .filter((m) => m.id !== membershipId)
        .map((m) => ({
          organizationId: m.user.organization.id,
          allocationPercent: m.allocationPercent,
        })),
    [members],
  );

  const groups = groupByOrganisation(members ?? []);
  const total = (members ?? []).reduce((sum, m) => sum + Math.max(0, m.allocationPercent), 0);
  const words = crossSiloWords(
    problem?.health.crossSiloIndex ?? 0,
    allocatingOrganisations(
      (members ?? []).map((m) => ({
        allocationPercent: m.allocationPercent,
        organizationId: m.user.organization.id,
      })),
    ),
  );

  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      <QueryState
        loading={loading && !problem}
        error={problem ? undefined : error}
        onRetry={() => void refetch()}
        loadingLabel="Loading the team…"
        errorMessage="Sorry, the team could not be loaded."
      >
        {problem ? (
          <>
            <p className={styles.headline}>{words.headline}</p>
            <p className={styles.muted}>{words.explanation}</p>
            {viewerCan.edit ? <AddMemberForm problemId={problemId} /> : null}
            {groups.length === 0 ? (
              <p>No one is on the team yet.</p>
            ) : (
              groups.map((group) => (
                <section
                  key={group.id}
                  aria-labelledby={`team-org-${group.id}`}
                  className={styles.group}
                >
                  <h3 id={`team-org-${group.id}`} className={styles.groupHeading}>
                    {group.name}
                  </h3>
                  <p className={styles.muted}>
                    {group.members.length} {group.members.length === 1 ? 'person' : 'people'}
                    {total > 0
                      ? `, ${PERCENT.format(group.allocation / total)} of the team’s time`
                      : ''}
                  </p>
                  <ul className={styles.members}>
                    {group.members.map((m) => (
                      <TeamMember
                        key={m.id}
                        membership={m}
                        problemId={problem.id}
                        isProblemLead={m.user.id === problem.lead?.id}
                        canEdit={viewerCan.edit}
                        remainingWithout={remainingWithout}
                        onReload={() => refetch()}
                      />
                    ))}
                  </ul>
                </section>
              ))
            )}
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

interface Member {
  id: string;
  allocationPercent: number;
  user: { id: string; displayName: string; organization: { id: string; name: string } };
}

function groupByOrganisation<M extends Member>(members: readonly M[]) {
  const groups = new Map<string, { id: string; name: string; allocation: number; members: M[] }>();
  for (const m of members) {
    const org = m.user.organization;
    const group = groups.get(org.id) ?? { id: org.id, name: org.name, allocation: 0, members: [] };
    group.allocation += Math.max(0, m.allocationPercent);
    group.members.push(m);
    groups.set(org.id, group);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      id: g.id.replace(/[^\w-]/g, ''),
      members: [...g.members].sort((a, b) => a.user.displayName.localeCompare(b.user.displayName)),
    }))
    .sort((a, b) => b.allocation - a.allocation || a.name.localeCompare(b.name));
}
