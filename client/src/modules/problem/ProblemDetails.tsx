import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '@/generated';
import type { ProblemDetails_ProblemFragment } from '@/generated/graphql';
import { Link } from '@/ui/Link';
import { Markdown } from '@/ui/Markdown';
import { PUBLIC_VALUE_LABELS } from './labels';
import styles from './OverviewTab.module.css';

export const ProblemDetailsFragment = graphql(`
  fragment ProblemDetails_problem on Problem {
    id
    statement
    affectedPopulation
    geography
    publicValues
    themes
    portfolio {
      id
      name
    }
    lead {
      id
      displayName
      title
      organization {
        id
        name
      }
    }
    sponsor {
      id
      displayName
      title
      organization {
        id
        name
      }
    }
  }
`);

type Person = NonNullable<ProblemDetails_ProblemFragment['lead']>;

/** The problem as framed: statement, who and where, values, themes, lead and sponsor. */
export function ProblemDetails({
  problem: ref,
}: {
  problem: FragmentType<ProblemDetails_ProblemFragment>;
}) {
  const { data: problem, complete } = useFragment({ fragment: ProblemDetailsFragment, from: ref });
  if (!complete) return null;
  return (
    <section aria-labelledby="problem-statement-heading">
      <h2 id="problem-statement-heading">The problem</h2>
      {problem.statement.trim() ? (
        <Markdown headingLevel={3}>{problem.statement}</Markdown>
      ) : (
        <p className={styles.muted}>No statement yet.</p>
      )}
      <dl className={styles.facts}>
        <dt>Affected population</dt>
        <dd>{problem.affectedPopulation || <span className={styles.muted}>Not given</span>}</dd>
        <dt>Geography</dt>
        <dd>{problem.geography || <span className={styles.muted}>Not given</span>}</dd>
        <dt>Public values at stake</dt>
        <dd>
          {problem.publicValues.length > 0 ? (
            problem.publicValues.map((value) => PUBLIC_VALUE_LABELS[value]).join(', ')
          ) : (
            <span className={styles.muted}>None given</span>
          )}
        </dd>
        <dt>Themes</dt>
        <dd>
          {problem.themes.length > 0 ? (
            <ul className={styles.tags}>
              {problem.themes.map((theme) => (
                <li key={theme} className={styles.tag}>
                  {theme}
                </li>
              ))}
            </ul>
          ) : (
            <span className={styles.muted}>None</span>
          )}
        </dd>
        <dt>Lead</dt>
        <dd>
          <PersonLine person={problem.lead} />
        </dd>
        <dt>Sponsor</dt>
        <dd>
          <PersonLine person={problem.sponsor} />
        </dd>
        <dt>Portfolio</dt>
        <dd>
          {problem.portfolio ? (
            <Link href={`/portfolios/${encodeURIComponent(problem.portfolio.id)}`}>
              {problem.portfolio.name}
            </Link>
          ) : (
            <span className={styles.muted}>None</span>
          )}
        </dd>
      </dl>
    </section>
  );
}

function PersonLine({ person }: { person: Person | null | undefined }) {
  if (!person) return <span className={styles.muted}>None</span>;
  return (
    <>
      <Link href={`/people/${encodeURIComponent(person.id)}`}>{person.displayName}</Link>
      <span className={styles.muted}>
        {person.title ? `, ${person.title}` : ''}, {person.organization.name}
      </span>
    </>
  );
}
