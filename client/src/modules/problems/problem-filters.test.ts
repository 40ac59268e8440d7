import {
  activeFilterCount,
  DEFAULT_VIEW,
  filterFromView,
  searchParamsFromView,
  sortProblems,
  viewFromSearchParams,
} from './problem-filters';

describe('the Problems list view in the address', () => {
  it('reads every filter, in a stable order, ignoring what it does not know', () => {
    const view = viewFromSearchParams(
      new URLSearchParams(
        'status=ACTIVE&status=DRAFT&status=NOPE&status=ACTIVE&visibility=INTERNAL&portfolio=UG9y&organization=T3Jn&theme=housing&q=rough&mine=1&sort=title',
      ),
    );
    expect(view).toEqual({
      status: ['DRAFT', 'ACTIVE'],
      visibility: 'INTERNAL',
      portfolioId: 'UG9y',
      organizationId: 'T3Jn',
      theme: 'housing',
      search: 'rough',
      mine: true,
      sort: 'title',
    });
    expect(activeFilterCount(view)).toBe(7);
  });

  it('falls back to the defaults for nothing or nonsense', () => {
    expect(viewFromSearchParams(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
    expect(
      viewFromSearchParams(new URLSearchParams('visibility=SECRET&sort=random&mine=yes')),
    ).toEqual(DEFAULT_VIEW);
  });

  it('writes short addresses (defaults left out) that read back the same', () => {
    expect(searchParamsFromView(DEFAULT_VIEW).toString()).toBe('');
    const view = {
      ...DEFAULT_VIEW,
      status: ['FRAMING' as const, 'ACTIVE' as const],
      mine: true,
      search: ' rough sleeping ',
    };
    const params = searchParamsFromView(view);
    expect(params.toString()).toBe('q=rough+sleeping&status=FRAMING&status=ACTIVE&mine=1');
    expect(viewFromSearchParams(params)).toEqual({ ...view, search: 'rough sleeping' });
  });

  it('becomes the API filter, without empty fields', () => {
    expect(filterFromView(DEFAULT_VIEW)).toEqual({});
    expect(
      filterFromView({
        ...DEFAULT_VIEW,
        status: ['ACTIVE'],
        visibility: 'PUBLIC',
        theme: ' health ',
      }),
    ).toEqual({ status: ['ACTIVE'], visibility: ['PUBLIC'], theme: 'health' });
  });
});

describe('sortProblems', () => {
  const problems = [
    { key: 'HOUS-12', title: 'b', createdAt: '2026-01-03', updatedAt: '2026-02-01' },
    { key: 'HOUS-2', title: 'C', createdAt: '2026-01-02', updatedAt: '2026-03-01' },
    { key: 'ACC-1', title: 'a', createdAt: '2026-01-01', updatedAt: '2026-01-01' },
  ];
  it.each([
    ['newest', ['HOUS-12', 'HOUS-2', 'ACC-1']],
    ['updated', ['HOUS-2', 'HOUS-12', 'ACC-1']],
    ['key', ['ACC-1', 'HOUS-2', 'HOUS-12']],
    ['title', ['ACC-1', 'HOUS-12', 'HOUS-2']],
  ] as const)('%s', (sort, keys) => {
    expect(sortProblems(problems, sort).map((p) => p.key)).toEqual(keys);
  });
});
