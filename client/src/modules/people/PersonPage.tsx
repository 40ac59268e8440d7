import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { errorCodeOf } from '@/app/apollo/graphql-errors';
import { NotFoundPage } from '@/app/errors/NotFoundPage';
import { PageHeading } from '@/app/layout/PageHeading';
import type { MemberRole } from '@/generated/graphql';
import { ProblemRow } from '@/modules/problems/components/ProblemRow';
import { Link } from '@/ui/Link';
import { QueryState } from '@/ui/QueryState';
import { PersonPageQueryDocument } from './graphql/people.query';
import styles from './PersonPage.module.css';

const ROLE_LABELS: Record<MemberRole, string> = {
  LEAD: 'Lead',
  MEMBER: 'Member',
  PARTNER: 'Partner',
  SPONSOR: 'Sponsor',
  OBSERVER: 'Observer',
};

/** One person: who they are, where from, and the problems they are on that you may see. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PersonPageQueryDocument, {
    variables: { id },
  });
  const person = data?.node?.__typename === 'User' ? data.node : null;

  const code = errorCodeOf(error);
  if ((data && !person) || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
    return <NotFoundPage />;

  return (
    <QueryState
      loading={loading && !data}
      error={data ? undefined : error}
      onRetry={() => void refetch()}
      loadingLabel="Loading…"
      errorMessage="This person could not be loaded."
    >
      {person ? (
        <>
          <p className={styles.back}>
            <Link href="/people">People</Link>
          </p>
          <PageHeading>{person.displayName}</PageHeading>
          <dl className={styles.facts}>
            {person.title ? (
              <>
                <dt>Job title</dt>
                <dd>{person.title}</dd>
              </>
            ) : null}
            <dt>Organisation</dt>
            <dd>{person.organization.name}</dd>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
          </dl>
          <h2>Problems</h2>
          {person.memberships.length === 0 ? (
            <p>{person.displayName} is not on the team of any problem you can see.</p>
          ) : (
            <ul className={styles.list}>
              {person.memberships.map((membership) => (
                <li key={membership.id}>
                  <p className={styles.role}>
                    {ROLE_LABELS[membership.role]}, {membership.allocationPercent}% of their time
                  </p>
                  <ProblemRow problem={membership.problem} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </QueryState>
  );
}
