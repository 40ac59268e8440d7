import { screen, within } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import {
  bellMock,
  inboxMock,
  notification,
  notificationAddedMock,
} from '../test/notification-fixtures';

describe('NotificationBell', () => {
  it('shows the unread count, named for screen readers, and leads to the inbox', async () => {
    const { user, router } = renderApp({
      path: '/people',
      mocks: [meMock(ADA), bellMock(3), inboxMock([notification('N1', 'Amira mentioned you')])],
    });

    const banner = await screen.findByRole('banner');
    const bell = await within(banner).findByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent(/3/);

    await user.click(bell);
    await screen.findByRole('heading', { level: 1, name: 'Notifications' });
    expect(router.state.location.pathname).toBe('/notifications');
    expect(within(banner).getByRole('link', { name: /^Notifications/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('says nothing about a count when all is read', async () => {
    renderApp({ path: '/people', mocks: [meMock(ADA), bellMock(0)] });
    const banner = await screen.findByRole('banner');
    const bell = await within(banner).findByRole('link', { name: 'Notifications' });
    expect(bell).toHaveTextContent(/^Notifications$/);
  });

  it('counts a new notification as it arrives, and announces it politely', async () => {
    renderApp({
      path: '/people',
      mocks: [
        meMock(ADA),
        bellMock(3),
        notificationAddedMock(notification('N9', 'Amira Haddad mentioned you on HOUS-12'), 300),
      ],
    });
    const banner = await screen.findByRole('banner');
    await within(banner).findByRole('link', { name: 'Notifications, 3 unread' });

    await within(banner).findByRole('link', { name: 'Notifications, 4 unread' });
    const live = screen
      .getAllByRole('status')
      .find((region) => region.getAttribute('aria-live') === 'polite');
    await within(live ?? document.body).findByText(
      'New notification: Amira Haddad mentioned you on HOUS-12',
    );
  });
});
