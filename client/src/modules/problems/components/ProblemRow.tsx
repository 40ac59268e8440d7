import { useFragment } from '@apollo/client/react';
import { graphql } from '@/generated';
import { Link } from '@/ui/Link';
import { STATUS_LABELS, VISIBILITY_LABELS } from '../problem-labels';
import { ProblemHealthSummary } from './ProblemHealthSummary';
import styles from './ProblemRow.module.css';

export const ProblemRowFragment = graphql(`
  fragment ProblemRow_problem on Problem {
    __typename
    id
    key
    title
    status
    visibility
    themes
    updatedAt
    portfolio {
      id
      name
    }
    ...ProblemHealthSummary_problem
  }
`);

/** One problem in a list: key and title (the link), status, visibility, portfolio, health. */
export function ProblemRow({ problem }: { problem: { __typename: 'Problem'; id: string } }) {
  const { data, complete } = useFragment({
    fragment: ProblemRowFragment,
    fragmentName: 'ProblemRow_problem',
    from: problem,
  });
  if (!complete) return null;
  return (
    <article className={styles.row}>
      <h3 className={styles.title}>
        <Link href={`/problems/${data.key}`}>
          <span className={styles.key}>{data.key}</span> {data.title}
        </Link>
      </h3>
      <p className={styles.meta}>
        <span className={styles.tag}>{STATUS_LABELS[data.status]}</span>
        <span className={styles.tag}>{VISIBILITY_LABELS[data.visibility]}</span>
        {data.portfolio ? <span>Portfolio: {data.portfolio.name}</span> : null}
        {data.themes.length > 0 ? <span>Themes: {data.themes.join(', ')}</span> : null}
      </p>
      <ProblemHealthSummary problem={data} />
    </article>
  );
}
