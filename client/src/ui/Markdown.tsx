import { Component, lazy, Suspense, type ReactNode } from 'react';
import styles from './Markdown.module.css';

/** A person a text @mentions, as the server resolved them (Comment.mentions). */
export interface MarkdownMention {
  /** The handle written after `@` (the email's local part), e.g. `sara.lindqvist`. */
  handle: string;
  /** The full email, for `@handle@domain` mentions. */
  email?: string;
  /** Shown instead of the handle: "@Sara Lindqvist". */
  label: string;
  /** Where the mention links to, e.g. `/people/<id>`. */
  href?: string;
}

export interface MarkdownProps {
  /** Markdown as written by a person: rendered sanitised, never as raw HTML. */
  children: string;
  /** Known mentions: shown as links with the person's name. */
  mentions?: readonly MarkdownMention[];
  /** The level of the text's top headings (`#`): 3 by default, so a page keeps one h1. */
  headingLevel?: number;
}

const LazyMarkdownRenderer = lazy(async () => ({
  default: (await import('./MarkdownRenderer')).MarkdownRenderer,
}));

/**
 * Renders markdown safely (react-markdown + GFM + rehype-sanitize). The renderer is loaded on
 * first use, so it is not in the first page's bundle; meanwhile the text shows as written.
 */
export function Markdown(props: MarkdownProps) {
  const plain = <div className={styles.plain}>{props.children}</div>;
  return (
    <PlainOnError fallback={plain}>
      <Suspense fallback={plain}>
        <LazyMarkdownRenderer {...props} />
      </Suspense>
    </PlainOnError>
  );
}

/** If the renderer can't load (offline, a new release replaced its file), the text stays readable. */
class PlainOnError extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
