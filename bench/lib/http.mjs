// GraphQL over HTTP from the bench itself (sign-in, checks, capture). The load is autocannon's.

/** POSTs a GraphQL body (object or JSON text) to /graphql. */
export async function post(port, body, cookie) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: reported through `text`
  }
  return { status: res.status, text, json, bytes: Buffer.byteLength(text), headers: res.headers };
}

/** Signs in and returns the session cookie (`commons.sid=…`) to send back. */
export async function signIn(port, { email, password }) {
  const res = await post(port, {
    query:
      'mutation BenchSignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
    variables: { email, password },
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('commons.sid='));
  if (!cookie || res.json?.errors) throw new Error(`sign-in failed: ${res.text}`);
  return cookie.split(';')[0];
}

/** The session id inside a signed express-session cookie: `commons.sid=s:<id>.<signature>`. */
export function sessionIdOf(cookie) {
  const value = decodeURIComponent(cookie.slice('commons.sid='.length));
  return value.slice(2, value.lastIndexOf('.'));
}

/** Null when the answer is what the benchmark means to measure, else what is wrong with it. */
export function problemWith(operation, response) {
  if (response.status !== 200)
    return `HTTP ${response.status}: ${response.text.trim().slice(0, 400)}`;
  if (response.json?.errors?.length) {
    return response.json.errors
      .map((e) => `${e.extensions?.code ?? ''} ${e.message}`.trim())
      .join('; ')
      .slice(0, 600);
  }
  return operation.check(response.json?.data);
}
