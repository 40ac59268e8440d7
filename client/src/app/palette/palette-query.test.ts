import { parsePaletteQuery } from './palette-query';

describe('parsePaletteQuery', () => {
  it.each([
    ['HOUS-12 #4', { key: 'HOUS-12', number: 4 }, 'HOUS-12'],
    ['  hous-12 #4 ', { key: 'HOUS-12', number: 4 }, 'HOUS-12'],
    ['HOUS-12#4', { key: 'HOUS-12', number: 4 }, 'HOUS-12'],
    ['HOUS-12 4', { key: 'HOUS-12', number: 4 }, 'HOUS-12'],
    ['HOUS-12-4', { key: 'HOUS-12', number: 4 }, 'HOUS-12'],
    ['HOUS-12', null, 'HOUS-12'],
  ])('%j is a reference', (text, task, problemKey) => {
    const query = parsePaletteQuery(text);
    expect(query.task).toEqual(task);
    expect(query.problemKey).toBe(problemKey);
    expect(query.problemSearch).toBe(problemKey);
  });

  it.each(['rough sleeping', '#4', 'HOUS', '12-4', 'HOUS-12 #4 extra'])(
    '%j is words to search for',
    (text) => {
      const query = parsePaletteQuery(text);
      expect(query).toEqual({ text, task: null, problemKey: null, problemSearch: text });
    },
  );

  it('trims and caps the text', () => {
    expect(parsePaletteQuery('   ').text).toBe('');
    expect(parsePaletteQuery('x'.repeat(500)).text).toHaveLength(200);
  });
});
