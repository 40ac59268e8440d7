import { screen, within } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import {
  bellMock,
  inboxMock,
  markReadMock,
  notification,
  notificationAddedMock,
} from './test/notification-fixtures';

const first = notification('N1', 'Amira Haddad mentioned you on HOUS-12');
const second = notification('N2', 'Amira Haddad assigned you HOUS-12 #4 Find beds');
const old = notification('N3', 'Amira Haddad added you to HOUS-12', true);

function items() {
  return within(screen.getByRole('list', { name: 'Notifications, newest first' })).getAllByRole(
    'listitem',
  );
}

describe('the inbox', () => {
  it('lists notifications newest first, unread ones saying so, with actor, problem and time', async () => {
    renderApp({
      path: '/notifications',
      mocks: [meMock(ADA), bellMock(2), inboxMock([first, second, old])],
    });

    await screen.findByRole('heading', { level: 1, name: 'Notifications' });
    expect(document.title).toBe('Notifications — Commons');
    await screen.findByRole('link', { name: first.summary });
    const [one, , three] = items();
    expect(one).toHaveTextContent('Unread:');
    expect(one).toHaveTextContent('Amira Haddad');
    expect(one).toHaveTextContent('HOUS-12 Rough sleeping');
    expect(one).toHaveTextContent('3 hours ago');
    expect(within(one!).getByRole('link', { name: first.summary })).toHaveAttribute(
      'href',
      '/problems/HOUS-12/discussion',
    );
    expect(three).not.toHaveTextContent('Unread:');
    expect(within(three!).queryByRole('button', { name: /Mark as read/ })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Notification settings' }),
    ).toHaveAttribute('href', '/settings/notifications');
  });

  it('marks one as read: it stops saying unread, the bell counts one fewer', async () => {
    const { user } = renderApp({
      path: '/notifications',
      mocks: [
        meMock(ADA),
        bellMock(2),
        inboxMock([first, second, old]),
        markReadMock({ ids: ['N1'] }, 1),
      ],
    });
    const banner = await screen.findByRole('banner');
    await within(banner).findByRole('link', { name: 'Notifications, 2 unread' });
    await screen.findByRole('link', { name: first.summary });

    // (jsdom puts a space before the hidden ": summary"; browsers don't.)
    await user.click(within(items()[0]!).getByRole('button', { name: /^Mark as read/ }));

    await within(banner).findByRole('link', { name: 'Notifications, 1 unread' });
    const [one, two] = items();
    expect(one).not.toHaveTextContent('Unread:');
    expect(two).toHaveTextContent('Unread:');
    expect(screen.getByRole('link', { name: first.summary })).toHaveFocus();
  });

  it('marks all as read', async () => {
    const { user } = renderApp({
      path: '/notifications',
      mocks: [
        meMock(ADA),
        bellMock(2),
        inboxMock([first, second, old]),
        markReadMock({ all: true }, 2),
      ],
    });
    const banner = await screen.findByRole('banner');
    await within(banner).findByRole('link', { name: 'Notifications, 2 unread' });
    await screen.findByRole('link', { name: first.summary });

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));

    await within(banner).findByRole('link', { name: 'Notifications' });
    for (const item of items()) expect(item).not.toHaveTextContent('Unread:');
    expect(screen.queryByRole('button', { name: /^Mark as read/ })).not.toBeInTheDocument();
  });

  it('opening a notification marks it read and goes where it is about', async () => {
    const { user, router } = renderApp({
      path: '/notifications',
      mocks: [
        meMock(ADA),
        bellMock(2),
        inboxMock([first, second]),
        markReadMock({ ids: ['N1'] }, 1),
      ],
    });
    const banner = await screen.findByRole('banner');
    await within(banner).findByRole('link', { name: 'Notifications, 2 unread' });

    await user.click(await screen.findByRole('link', { name: first.summary }));

    expect(router.state.location.pathname).toBe('/problems/HOUS-12/discussion');
    await within(banner).findByRole('link', { name: 'Notifications, 1 unread' });
  });

  it('shows the unread ones only when asked, and says when there are none', async () => {
    const { user, router } = renderApp({
      path: '/notifications',
      mocks: [meMock(ADA), bellMock(0), inboxMock([old]), inboxMock([], { unreadOnly: true })],
    });
    await screen.findByRole('link', { name: old.summary });

    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));

    await screen.findByText('You have no unread notifications.');
    expect(router.state.location.search).toBe('?unread=1');
    expect(screen.queryByRole('link', { name: old.summary })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Unread only' })).toBeChecked();
  });

  it('loads the next page on “Show more”', async () => {
    const { user } = renderApp({
      path: '/notifications',
      mocks: [
        meMock(ADA),
        bellMock(2),
        inboxMock([first], { endCursor: 'c1', totalCount: 2 }),
        inboxMock([old], { after: 'c1', totalCount: 2 }),
      ],
    });
    await screen.findByRole('link', { name: first.summary });

    await user.click(screen.getByRole('button', { name: 'Show more notifications' }));

    await screen.findByRole('link', { name: old.summary });
    expect(items()).toHaveLength(2);
    expect(
      screen.queryByRole('button', { name: 'Show more notifications' }),
    ).not.toBeInTheDocument();
  });

  it('puts a notification that arrives at the top of the open inbox', async () => {
    const fresh = notification('N9', 'Amira Haddad mentioned you on HOUS-3');
    renderApp({
      path: '/notifications',
      mocks: [meMock(ADA), bellMock(1), inboxMock([first]), notificationAddedMock(fresh, 400)],
    });
    await screen.findByRole('link', { name: first.summary });

    await screen.findByRole('link', { name: fresh.summary });
    expect(items()[0]).toHaveTextContent(fresh.summary);
    expect(items()).toHaveLength(2);
    await within(screen.getByRole('banner')).findByRole('link', {
      name: 'Notifications, 2 unread',
    });
  });

  it('says when the inbox could not be loaded, with a way to try again', async () => {
    renderApp({
      path: '/notifications',
      mocks: [
        meMock(ADA),
        bellMock(0),
        {
          request: inboxMock([]).request,
          result: { errors: [{ message: 'Internal server error' }] },
        },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your notifications could not be loaded.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
