import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorCodeOf, fieldProblemsOf, isUnreachable, retryAfterSecondsOf } from './graphql-errors';

describe('graphql-errors', () => {
  it('reads the code, field problems and retry delay of a GraphQL error response', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: 'email', message: 'Enter an email address' },
              { path: ['input', 'title'], message: 'Enter a title' },
              { path: 'input.statement', message: 'Enter a statement' },
              { path: 'ignored' },
              'nonsense',
            ],
          },
        },
      ],
    });

    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
    expect(fieldProblemsOf(error)).toEqual([
      { path: 'email', message: 'Enter an email address' },
      { path: 'title', message: 'Enter a title' },
      { path: 'statement', message: 'Enter a statement' },
    ]);
    expect(isUnreachable(error)).toBe(false);
  });

  it('reads GraphQL errors from the body of a non-2xx JSON response', () => {
    const bodyText = JSON.stringify({
      errors: [
        { message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 90 } },
      ],
    });
    const error = new ServerError('Response not successful: Received status code 429', {
      response: new Response(bodyText, { status: 429 }),
      bodyText,
    });

    expect(errorCodeOf(error)).toBe('RATE_LIMITED');
    expect(retryAfterSecondsOf(error)).toBe(90);
    expect(isUnreachable(error)).toBe(false);
  });

  it('finds nothing in an HTML error page, and ignores unknown codes', () => {
    const html = new ServerError('Bad gateway', {
      response: new Response('<html>502</html>', { status: 502 }),
      bodyText: '<html>502</html>',
    });
    expect(errorCodeOf(html)).toBeUndefined();
    expect(fieldProblemsOf(html)).toEqual([]);

    const unknown = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Teapot', extensions: { code: 'I_AM_A_TEAPOT' } }],
    });
    expect(errorCodeOf(unknown)).toBeUndefined();
  });

  it('tells a request that never got an answer from an error answer', () => {
    expect(isUnreachable(new TypeError('Failed to fetch'))).toBe(true);
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
