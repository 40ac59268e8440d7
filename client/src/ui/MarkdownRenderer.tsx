import type { ComponentProps, ReactNode } from 'react';
import type { Element, ElementContent, Root } from 'hast';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { Link } from './Link';
import { MENTION_PATTERN } from './mentions';
import type { MarkdownMention, MarkdownProps } from './Markdown';
import styles from './Markdown.module.css';

/**
 * The markdown renderer (loaded on demand by `Markdown`). GitHub-flavoured markdown; raw HTML in
 * the text is never rendered (react-markdown drops it) and the tree is sanitised anyway. Headings
 * start at `headingLevel` so a comment's `# Title` can't add a second h1 to the page.
 */
export function MarkdownRenderer({ children, mentions = [], headingLevel = 3 }: MarkdownProps) {
  return (
    <div className={styles.markdown}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        // Our mention links are added after sanitising: they are built here, not from the text.
        rehypePlugins={[rehypeSanitize, [rehypeMentions, mentions]]}
        components={componentsFor(headingLevel)}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function headingTag(level: number): HeadingTag {
  const clamped = Math.min(6, Math.max(2, level));
  return `h${String(clamped)}` as HeadingTag;
}

function componentsFor(headingLevel: number): Components {
  const heading = (offset: number) =>
    function Heading({ children }: { children?: ReactNode }) {
      const Tag = headingTag(headingLevel + offset);
      return <Tag className={styles.heading}>{children}</Tag>;
    };
  return {
    h1: heading(0),
    h2: heading(1),
    h3: heading(2),
    h4: heading(3),
    h5: heading(3),
    h6: heading(3),
    a: MarkdownLink,
  };
}

function MarkdownLink({ href, children, className }: ComponentProps<'a'>) {
  if (!href) return <>{children}</>;
  // In-app paths navigate in the app; anything else is an ordinary link.
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link href={href} className={className}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

/** Known mentions become links to the person ("@Sara Lindqvist"); unknown ones stay text. */
function rehypeMentions(mentions: readonly MarkdownMention[]) {
  const byHandle = new Map<string, MarkdownMention>();
  for (const mention of mentions) {
    byHandle.set(mention.handle.toLowerCase(), mention);
    if (mention.email) byHandle.set(mention.email.toLowerCase(), mention);
  }
  return (tree: Root) => {
    if (byHandle.size > 0) replaceIn(tree, byHandle);
  };
}

const SKIPPED = new Set(['a', 'code', 'pre']);

function replaceIn(parent: Root | Element, byHandle: ReadonlyMap<string, MarkdownMention>) {
  const next: ElementContent[] = [];
  let changed = false;
  for (const child of parent.children) {
    if (child.type === 'element') {
      if (!SKIPPED.has(child.tagName)) replaceIn(child, byHandle);
      next.push(child);
    } else if (child.type === 'text') {
      const parts = splitMentions(child.value, byHandle);
      if (parts.length !== 1 || parts[0] !== child) changed = true;
      next.push(...parts);
    } else if (child.type !== 'doctype') {
      next.push(child);
    }
  }
  if (changed) parent.children = next;
}

function splitMentions(
  value: string,
  byHandle: ReadonlyMap<string, MarkdownMention>,
): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(new RegExp(MENTION_PATTERN.source, 'gi'))) {
    const local = match[1]?.toLowerCase() ?? '';
    const domain = match[2]?.toLowerCase();
    const mention = byHandle.get(domain ? `${local}@${domain}` : local);
    if (!mention) continue;
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    const text: ElementContent = { type: 'text', value: `@${mention.label}` };
    parts.push(
      mention.href
        ? {
            type: 'element',
            tagName: 'a',
            properties: { href: mention.href, className: [styles.mention ?? 'mention'] },
            children: [text],
          }
        : {
            type: 'element',
            tagName: 'strong',
            properties: { className: [styles.mention ?? 'mention'] },
            children: [text],
          },
    );
    last = match.index + match[0].length;
  }
  if (last === 0) return [{ type: 'text', value }];
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}
