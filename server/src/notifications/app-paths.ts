/** The client's routes (client/src/app/routing/routes.tsx) a notification opens. */
export const appPaths = {
  problem: (key: string) => `/problems/${encodeURIComponent(key)}`,
  team: (key: string) => `${appPaths.problem(key)}/team`,
  discussion: (key: string) => `${appPaths.problem(key)}/discussion`,
  outcomes: (key: string) => `${appPaths.problem(key)}/outcomes`,
  /** The board with the task's panel open (`?task=4`, client/src/modules/board/task-link.ts). */
  task: (key: string, number: number) => `${appPaths.problem(key)}/board?task=${String(number)}`,
  /** The viewer's notification preferences, where an email's unsubscribe link leads. */
  notificationSettings: () => '/settings/notifications',
};
