import { screen, waitFor, within } from '@testing-library/react';
import { ADA, meMock, signInMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import { SIGN_IN_MESSAGES } from './hooks/use-sign-in';

async function findErrorSummary() {
  return screen.findByRole('alert', { name: 'There is a problem' });
}

describe('SignInPage', () => {
  it('shows an error summary for empty fields, linking to each field', async () => {
    const { user } = renderApp({ path: '/sign-in', mocks: [meMock(null)] });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await findErrorSummary();
    expect(summary).toHaveFocus();
    const emailLink = within(summary).getByRole('link', { name: 'Enter your email address' });
    const passwordLink = within(summary).getByRole('link', { name: 'Enter your password' });
    expect(emailLink).toHaveAttribute('href', '#sign-in-email');
    expect(passwordLink).toHaveAttribute('href', '#sign-in-password');

    const email = screen.getByLabelText('Email address');
    const password = screen.getByLabelText('Password');
    expect(email).toHaveAttribute('id', 'sign-in-email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Error: Enter your email address');
    expect(password).toHaveAccessibleDescription('Error: Enter your password');
    expect(document.title).toBe('Error: Sign in — Commons');

    await user.click(passwordLink);
    expect(password).toHaveFocus();
    await user.click(emailLink);
    expect(email).toHaveFocus();
  });

  it('checks the email format before asking the server', async () => {
    const { user } = renderApp({ path: '/sign-in', mocks: [meMock(null)] });
    await user.type(await screen.findByLabelText('Email address'), 'ada.housing');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await findErrorSummary();
    expect(
      within(summary).getByRole('link', {
        name: 'Enter an email address in the correct format, like name@example.com',
      }),
    ).toBeInTheDocument();
    expect(within(summary).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says the email or password is not right when the server answers UNAUTHENTICATED', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [
        meMock(null),
        signInMock(
          { email: 'ada@housing.example.gov', password: 'not the password' },
          {
            errors: [{ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED' } }],
          },
        ),
      ],
    });
    // Typed with capitals: the client normalises the address before sending it.
    await user.type(await screen.findByLabelText('Email address'), 'Ada@Housing.Example.GOV');
    await user.type(screen.getByLabelText('Password'), 'not the password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await findErrorSummary();
    expect(summary).toHaveTextContent(SIGN_IN_MESSAGES.wrongCredentials);
    expect(summary).not.toHaveTextContent('Invalid credentials');
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Email address')).toHaveValue('Ada@Housing.Example.GOV');
  });

  it('asks the visitor to wait when the server answers RATE_LIMITED', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [
        meMock(null),
        signInMock(
          { email: 'ada@housing.example.gov', password: 'guess number six' },
          {
            errors: [
              {
                message: 'Too many requests',
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 240 },
              },
            ],
          },
        ),
      ],
    });
    await user.type(await screen.findByLabelText('Email address'), 'ada@housing.example.gov');
    await user.type(screen.getByLabelText('Password'), 'guess number six');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await findErrorSummary();
    expect(summary).toHaveTextContent(SIGN_IN_MESSAGES.rateLimited);
    expect(summary).toHaveTextContent('You can try again in 4 minutes.');
  });

  it('puts BAD_USER_INPUT field messages on their fields', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [
        meMock(null),
        signInMock(
          { email: 'ada@housing.example.gov', password: 'p' },
          {
            errors: [
              {
                message: 'Invalid input',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ path: 'email', message: 'Enter a work email address' }],
                },
              },
            ],
          },
        ),
      ],
    });
    await user.type(await screen.findByLabelText('Email address'), 'ada@housing.example.gov');
    await user.type(screen.getByLabelText('Password'), 'p');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = await findErrorSummary();
    expect(
      within(summary).getByRole('link', { name: 'Enter a work email address' }),
    ).toHaveAttribute('href', '#sign-in-email');
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      'Error: Enter a work email address',
    );
  });

  it('signs in and goes on to the page in `next`, in the workspace frame', async () => {
    const { user, router } = renderApp({
      path: '/sign-in?next=%2Fproblems',
      mocks: [
        meMock(null),
        signInMock(
          { email: 'ada@housing.example.gov', password: 'correct horse battery' },
          { user: ADA },
        ),
      ],
    });
    await user.type(await screen.findByLabelText('Email address'), 'ada@housing.example.gov');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Problems' });
    expect(router.state.location.pathname).toBe('/problems');
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Problems — Commons');
    expect(screen.getByRole('banner')).toHaveTextContent('Ada Okafor');
    // The form and its error summary are gone (the Problems page's own query is not mocked here).
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('goes home after sign-in when `next` points off the site', async () => {
    const { user, router } = renderApp({
      path: '/sign-in?next=%2F%2Fevil.example%2Fphish',
      mocks: [
        meMock(null),
        signInMock(
          { email: 'ada@housing.example.gov', password: 'correct horse battery' },
          { user: ADA },
        ),
      ],
    });
    await user.type(await screen.findByLabelText('Email address'), 'ada@housing.example.gov');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { level: 1, name: 'My work' });
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows the button as busy while signing in', async () => {
    const { user } = renderApp({
      path: '/sign-in',
      mocks: [
        meMock(null),
        {
          ...signInMock(
            { email: 'ada@housing.example.gov', password: 'correct horse battery' },
            { user: ADA },
          ),
          delay: 50,
        },
      ],
    });
    await user.type(await screen.findByLabelText('Email address'), 'ada@housing.example.gov');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const busyButton = await screen.findByRole('button', { name: 'Signing in…' });
    expect(busyButton).toHaveAttribute('aria-disabled', 'true');
    expect(busyButton).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Signing in…');
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('My work');
    });
  });

  it('sends a visitor who is already signed in straight on', async () => {
    const { router } = renderApp({ path: '/sign-in?next=%2Fpeople', mocks: [meMock(ADA)] });
    await screen.findByRole('heading', { level: 1, name: 'People' });
    expect(router.state.location.pathname).toBe('/people');
  });
});
