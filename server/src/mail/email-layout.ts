/**
 * The one email layout: plain, accessible HTML (a real document with `lang` and `<title>`, one
 * column, real headings, lists and underlined links, no images, minimal inline CSS that reads in
 * light and dark mode) and the same content as plain text. Every piece of text is escaped here,
 * so callers pass user text (titles, comments, names) as it is.
 */

/** A piece of an email's body, in reading order. */
export type EmailBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: EmailListItem[] }
  /** The one thing to do, drawn as a prominent link. */
  | { type: 'action'; label: string; url: string };

export interface EmailListItem {
  text: string;
  /** Absolute http(s) URL the item links to. */
  url?: string;
  /** A second, quieter line (who, when). */
  detail?: string;
}

export interface EmailContent {
  subject: string;
  /** The page's one `<h1>`; the subject when omitted. */
  heading?: string;
  blocks: EmailBlock[];
  /** Why the reader gets this email (shown small at the end). */
  footer?: string;
  /** Absolute http(s) URL; shown as a link at the end and sent as List-Unsubscribe. */
  unsubscribeUrl?: string;
  lang?: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Only http(s) links reach an email: no `javascript:`, `data:` or relative ones. */
export function assertHttpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('An email link must be an absolute http(s) URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error('An email link must be an absolute http(s) URL');
  }
  return parsed.toString();
}

/** An app path (`/problems/HOUS-12`) as an absolute link under PUBLIC_URL. */
export function appLink(publicUrl: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error('An app path starts with a single "/"');
  }
  return assertHttpUrl(publicUrl.replace(/\/+$/, '') + path);
}

/** Subjects are one line: a newline in user text must not reach a header. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Colours: dark text on white by default (contrast 15:1), inverted in clients that honour
// prefers-color-scheme; clients that invert on their own get the same pair the other way round.
const LINK = 'color:#1d4ed8;text-decoration:underline';
const STYLE = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  body, .page { background-color: #111827 !important; color: #f3f4f6 !important; }
  a { color: #93c5fd !important; }
  .quiet { color: #d1d5db !important; }
  .action { border-color: #93c5fd !important; }
}`;

export function renderEmail(content: EmailContent): RenderedEmail {
  const subject = oneLine(content.subject);
  const heading = content.heading ?? subject;
  const lang = content.lang ?? 'en';
  const unsubscribe = content.unsubscribeUrl ? assertHttpUrl(content.unsubscribeUrl) : undefined;

  const html: string[] = [];
  const text: string[] = [heading, '='.repeat(Math.min(heading.length, 72)), ''];
  for (const block of content.blocks) {
    switch (block.type) {
      case 'paragraph':
        html.push(`<p style="margin:0 0 16px">${escapeHtml(block.text)}</p>`);
        text.push(block.text, '');
        break;
      case 'heading':
        html.push(
          `<h2 style="font-size:18px;line-height:1.3;margin:24px 0 8px">${escapeHtml(block.text)}</h2>`,
        );
        text.push(block.text, '-'.repeat(Math.min(block.text.length, 72)), '');
        break;
      case 'list': {
        const items = block.items.map((item) => {
          const label = item.url
            ? `<a href="${escapeHtml(assertHttpUrl(item.url))}" style="${LINK}">${escapeHtml(item.text)}</a>`
            : escapeHtml(item.text);
          const detail = item.detail
            ? `<br><span class="quiet" style="color:#4b5563;font-size:14px">${escapeHtml(item.detail)}</span>`
            : '';
          text.push(`- ${item.text}`);
          if (item.detail) text.push(`  ${item.detail}`);
          if (item.url) text.push(`  ${assertHttpUrl(item.url)}`);
          return `<li style="margin:0 0 12px">${label}${detail}</li>`;
        });
        html.push(`<ul style="margin:0 0 16px;padding-left:24px">${items.join('')}</ul>`);
        text.push('');
        break;
      }
      case 'action': {
        const url = assertHttpUrl(block.url);
        html.push(
          `<p style="margin:24px 0"><a class="action" href="${escapeHtml(url)}" style="${LINK};display:inline-block;padding:10px 16px;border:2px solid #1d4ed8;border-radius:4px;font-weight:bold">${escapeHtml(block.label)}</a></p>`,
        );
        text.push(`${block.label}: ${url}`, '');
        break;
      }
    }
  }

  const footer: string[] = [];
  if (content.footer) footer.push(escapeHtml(content.footer));
  if (unsubscribe) {
    footer.push(`<a href="${escapeHtml(unsubscribe)}" style="${LINK}">Unsubscribe</a>`);
  }
  if (footer.length) text.push('--');
  if (content.footer) text.push(content.footer);
  if (unsubscribe) text.push(`Unsubscribe: ${unsubscribe}`);

  const document = `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(subject)}</title>
<style>${STYLE}</style>
</head>
<body style="margin:0;padding:0;background-color:#ffffff;color:#111827">
<div class="page" role="article" aria-label="${escapeHtml(subject)}" lang="${escapeHtml(lang)}" style="max-width:600px;margin:0 auto;padding:24px 16px;background-color:#ffffff;color:#111827;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">
<h1 style="font-size:22px;line-height:1.3;margin:0 0 16px">${escapeHtml(heading)}</h1>
${html.join('\n')}
${footer.length ? `<hr style="border:0;border-top:1px solid #9ca3af;margin:32px 0 16px">\n<p class="quiet" style="margin:0;color:#4b5563;font-size:14px">${footer.join('<br>')}</p>` : ''}
</div>
</body>
</html>
`;
  return { subject, html: document, text: text.join('\n').trimEnd() + '\n' };
}
