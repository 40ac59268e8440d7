import { fieldInWords } from './words.js';

describe('fieldInWords', () => {
  it('splits a field name into lower-case words', () => {
    expect(fieldInWords('allocationPercent')).toBe('allocation percent');
    expect(fieldInWords('blockedBy')).toBe('blocked by');
    expect(fieldInWords('title')).toBe('title');
  });
});
