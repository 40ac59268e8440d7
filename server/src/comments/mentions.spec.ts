import { parseMentions, resolveMentions } from './mentions.js';

describe('parseMentions', () => {
  it('reads handles (the part of an email before @), lower case, once each', () => {
    expect(parseMentions('Thanks @Lead and @sara.lindqvist, see @lead.').handles).toEqual([
      'lead',
      'sara.lindqvist',
    ]);
  });

  it('reads a full address as one mention, not as a handle', () => {
    expect(parseMentions('cc @lead@demo.commons')).toEqual({
      handles: [],
      emails: ['lead@demo.commons'],
    });
  });

  it('ignores email addresses, URLs and escaped @', () => {
    expect(
      parseMentions('mail lead@demo.commons or https://x.org/@lead, \\@member').handles,
    ).toEqual([]);
  });

  it('ignores mentions inside inline code and fenced code blocks', () => {
    const body = [
      'Ask @member about `@lead` and ``a ` @exec``',
      '```ts',
      'const who = "@admin";',
      '```',
      '~~~',
      '@partner',
      '~~~',
      'and @sara.lindqvist',
    ].join('\n');
    expect(parseMentions(body).handles).toEqual(['member', 'sara.lindqvist']);
  });

  it('treats an unclosed fence as code to the end and a lone backtick as text', () => {
    expect(parseMentions('it`s @member\n```\n@lead').handles).toEqual(['member']);
  });
});

describe('resolveMentions', () => {
  const people = [
    { id: 'a', email: 'lead@demo.commons' },
    { id: 'b', email: 'sam@demo.commons' },
    { id: 'c', email: 'sam@partner.org' },
  ];

  it('resolves unique handles and full addresses; unknown and ambiguous ones mention nobody', () => {
    expect(
      resolveMentions({ handles: ['lead', 'sam', 'nobody'], emails: ['sam@partner.org'] }, people),
    ).toEqual(['c', 'a']);
  });
});
