/** A problem as the API sends it for ProblemRow (with its health), for the module's tests. */
export function problemNode(key: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Problem' as const,
    id: `Problem:${key}`,
    key,
    title,
    status: 'ACTIVE',
    visibility: 'INTERNAL',
    themes: ['housing'],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    portfolio: null,
    health: {
      __typename: 'ProblemHealth' as const,
      onTrack: 1,
      atRisk: 0,
      offTrack: 2,
      achieved: 0,
      noData: 0,
      openTasks: 4,
      overdueTasks: 1,
    },
    ...overrides,
  };
}
