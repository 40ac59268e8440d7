import { csvCell, csvFileName, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
  ])('quotes %j as RFC 4180 says', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['a=b', 'a=b'],
  ])('neutralises the formula %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as numbers and nothing as empty', () => {
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins cells with commas and rows with CRLF, ending with one', () => {
    expect(
      toCsv([
        ['Key', 'Title'],
        ['HOUS-3', 'Rough sleeping, city centre'],
        ['SNOW-1', null],
      ]),
    ).toBe('Key,Title\r\nHOUS-3,"Rough sleeping, city centre"\r\nSNOW-1,\r\n');
  });
});

describe('csvFileName', () => {
  it('names the file after the title', () => {
    expect(csvFileName('Streets & Places 2026')).toBe('streets-places-2026.csv');
    expect(csvFileName('Children’s Partnership — Café')).toBe('children-s-partnership-cafe.csv');
    expect(csvFileName('***')).toBe('export.csv');
  });
});
