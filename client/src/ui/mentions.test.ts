import { insertMention, mentionHandleOf, mentionQueryAt } from './mentions';

describe('mentionQueryAt', () => {
  it('finds the mention being typed at the caret', () => {
    expect(mentionQueryAt('Thanks @sa', 10)).toEqual({ start: 7, query: 'sa' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('(@sara.l', 8)).toEqual({ start: 1, query: 'sara.l' });
  });

  it('ignores email addresses, finished words and text without @', () => {
    expect(mentionQueryAt('write to lead@demo', 18)).toBeNull();
    expect(mentionQueryAt('@sara and more', 14)).toBeNull();
    expect(mentionQueryAt('nothing here', 5)).toBeNull();
    expect(mentionQueryAt('`@code', 6)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the typed query with the handle and a space, caret after it', () => {
    expect(insertMention('Thanks @sa', 7, 10, 'sara.lindqvist')).toEqual({
      text: 'Thanks @sara.lindqvist ',
      caret: 23,
    });
  });

  it('keeps the text after the caret and does not double the space', () => {
    expect(insertMention('Hi @a please', 3, 5, 'amira')).toEqual({
      text: 'Hi @amira please',
      caret: 10,
    });
  });
});

it('derives the handle from the email', () => {
  expect(mentionHandleOf('Sara.Lindqvist@demo.commons')).toBe('sara.lindqvist');
});
