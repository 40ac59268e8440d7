import { useQuery } from '@apollo/client/react';
import { graphql } from '@/generated';
import styles from './PresenceList.module.css';

export const ProblemPresenceQuery = graphql(`
  query ProblemPresence($key: String!) {
    problem(key: $key) {
      id
      viewers {
        id
        displayName
      }
    }
  }
`);

const graphemes = new Intl.Segmenter();

/** The first `count` letters of a word as people read them (accents and emoji kept whole). */
function firstLetters(word: string, count: number): string {
  return [...graphemes.segment(word)]
    .slice(0, count)
    .map((part) => part.segment)
    .join('');
}

/** "AH" for Amira Haddad; the first two letters of a single name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const initials =
    words.length > 1
      ? firstLetters(words[0] ?? '', 1) + firstLetters(words[words.length - 1] ?? '', 1)
      : firstLetters(words[0] ?? '', 2);
  return initials.toUpperCase();
}

/**
 * Who else has this problem open right now, as initials with their names for screen readers
 * and on hover. Refetched by `useProblemLive` when someone arrives or leaves; nothing is shown
 * when nobody else is here.
 */
export function PresenceList({ problemKey }: { problemKey: string }) {
  const { data } = useQuery(ProblemPresenceQuery, { variables: { key: problemKey } });
  const viewers = data?.problem.viewers ?? [];
  if (!viewers.length) return null;
  return (
    <div className={styles.presence}>
      <span className={styles.label}>Also here now:</span>
      <ul className={styles.list}>
        {viewers.map((person) => (
          <li key={person.id} className={styles.avatar} title={person.displayName}>
            <span aria-hidden="true">{initialsOf(person.displayName)}</span>
            <span className="visually-hidden">{person.displayName}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
