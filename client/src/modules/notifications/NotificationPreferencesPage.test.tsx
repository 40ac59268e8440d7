import { screen, within } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import {
  NotificationPreferencesQueryDocument,
  UpdateNotificationPreferencesMutationDocument,
} from './graphql/notifications.graphql';
import { bellMock } from './test/notification-fixtures';

function preferences(email: string, muted: string[], emailAvailable: boolean) {
  return { __typename: 'NotificationPreferences', email, emailAvailable, muted };
}

function preferencesMock(email: string, muted: string[], emailAvailable: boolean) {
  return {
    request: { query: NotificationPreferencesQueryDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: ADA.id,
          notificationPreferences: preferences(email, muted, emailAvailable),
        },
      },
    },
  };
}

describe('notification settings', () => {
  it('saves the email frequency and the muted kinds, and says so', async () => {
    const { user } = renderApp({
      path: '/settings/notifications',
      mocks: [
        meMock(ADA),
        bellMock(0),
        preferencesMock('IMMEDIATE', ['TASK_UNBLOCKED'], true),
        {
          request: {
            query: UpdateNotificationPreferencesMutationDocument,
            variables: { input: { email: 'DAILY', muted: ['ASSIGNED', 'TASK_UNBLOCKED'] } },
          },
          result: {
            data: {
              updateNotificationPreferences: preferences(
                'DAILY',
                ['ASSIGNED', 'TASK_UNBLOCKED'],
                true,
              ),
            },
          },
        },
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Notification settings' });
    expect(document.title).toBe('Notification settings — Commons');
    const frequency = await screen.findByRole('radiogroup', { name: 'Email me' });
    expect(within(frequency).getByRole('radio', { name: 'Immediately' })).toBeChecked();
    expect(
      within(frequency)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Off', 'Immediately', 'Daily digest', 'Weekly digest']);
    expect(screen.queryByText(/sends no email/)).not.toBeInTheDocument();
    const muted = screen.getByRole('group', { name: 'Never tell me when' });
    expect(
      within(muted).getByRole('checkbox', { name: 'A task assigned to me is no longer blocked' }),
    ).toBeChecked();

    await user.click(within(frequency).getByRole('radio', { name: 'Daily digest' }));
    await user.click(within(muted).getByRole('checkbox', { name: 'Someone assigns a task to me' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('Your notification settings are saved.');
    expect(within(frequency).getByRole('radio', { name: 'Daily digest' })).toBeChecked();
    expect(
      within(muted).getByRole('checkbox', { name: 'Someone assigns a task to me' }),
    ).toBeChecked();
  });

  it('says plainly when this server sends no email, and that the app still notifies', async () => {
    renderApp({
      path: '/settings/notifications',
      mocks: [meMock(ADA), bellMock(0), preferencesMock('DAILY', [], false)],
    });

    const notice = await screen.findByRole('heading', {
      level: 2,
      name: 'This server sends no email',
    });
    const text = notice.parentElement?.textContent ?? '';
    expect(text).toContain('SMTP is not configured');
    expect(text).toContain('Notifications still arrive in the app');
    expect(screen.getByRole('radio', { name: 'Daily digest' })).toBeChecked();
  });

  it('tells the reader when saving failed', async () => {
    const { user } = renderApp({
      path: '/settings/notifications',
      mocks: [
        meMock(ADA),
        bellMock(0),
        preferencesMock('OFF', [], true),
        {
          request: {
            query: UpdateNotificationPreferencesMutationDocument,
            variables: { input: { email: 'WEEKLY', muted: [] } },
          },
          result: { errors: [{ message: 'Internal server error' }] },
        },
      ],
    });
    await user.click(await screen.findByRole('radio', { name: 'Weekly digest' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/could not be saved/);
  });
});
