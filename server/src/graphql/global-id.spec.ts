import { InvalidInputError } from './errors.js';
import { decodeGlobalId, requireGlobalId, toGlobalId } from './global-id.js';

const UUID = '3f2b6c1e-8a4d-4f6e-9b1a-2c3d4e5f6a7b';

describe('global ids', () => {
  it('round-trips a type and uuid through an opaque string', () => {
    const id = toGlobalId('Problem', UUID);
    expect(id).not.toContain(UUID);
    expect(decodeGlobalId(id)).toEqual({ type: 'Problem', id: UUID });
  });

  it.each([
    '',
    'not-base64!',
    toGlobalId('Problem', 'not-a-uuid'),
    Buffer.from(`:${UUID}`).toString('base64url'),
    'x'.repeat(500),
  ])('rejects %j', (bad) => {
    expect(decodeGlobalId(bad)).toBeNull();
  });

  it('names the field when an id is of the wrong type', () => {
    let thrown: unknown;
    try {
      requireGlobalId(toGlobalId('User', UUID), 'Problem', 'input.problemId');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.problemId', message: 'is not a Problem id' }],
    });
  });
});
