import { appLink, renderEmail } from './email-layout.js';

describe('the email layout', () => {
  it('escapes user text everywhere it appears in the HTML', () => {
    const evil = `<img src=x onerror="alert('x')">`;
    const { html, text, subject } = renderEmail({
      subject: `Re: ${evil}`,
      heading: evil,
      blocks: [
        { type: 'heading', text: evil },
        { type: 'paragraph', text: evil },
        {
          type: 'list',
          items: [{ text: evil, detail: evil, url: 'https://x.example/?a=1&b="2"' }],
        },
        { type: 'action', label: evil, url: 'https://x.example/' },
      ],
      footer: evil,
    });
    expect(html).not.toContain('<img');
    // title, aria-label, h1, h2, paragraph, item, its detail, action, footer
    expect(html.match(/&lt;img src=x onerror=&quot;alert\(&#39;x&#39;\)&quot;&gt;/g)).toHaveLength(
      9,
    );
    expect(html).toContain('href="https://x.example/?a=1&amp;b=%222%22"');
    // The text part is text/plain: the same words, unescaped.
    expect(text).toContain(`- ${evil}`);
    expect(subject).toBe(`Re: ${evil}`);
  });

  it('refuses links that are not absolute http(s) URLs', () => {
    const withLink = (url: string) => () =>
      renderEmail({ subject: 's', blocks: [{ type: 'action', label: 'Go', url }] });
    expect(withLink('javascript:alert(1)')).toThrow('absolute http(s) URL');
    expect(withLink('/problems/HOUS-1')).toThrow('absolute http(s) URL');
    expect(withLink('data:text/html,hi')).toThrow('absolute http(s) URL');
    expect(appLink('https://commons.example.org', '/problems/HOUS-1')).toBe(
      'https://commons.example.org/problems/HOUS-1',
    );
    expect(() => appLink('https://commons.example.org', '//evil.example/')).toThrow();
  });

  it('gives the document a language, a title and one h1, and leaves out an empty footer', () => {
    const { html, text } = renderEmail({
      subject: 'Weekly digest',
      lang: 'cy',
      blocks: [{ type: 'paragraph', text: 'Nothing new.' }],
    });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="cy"/);
    expect(html).toContain('<title>Weekly digest</title>');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).not.toContain('<hr');
    expect(text).toBe('Weekly digest\n=============\n\nNothing new.\n');
  });
});
