import {
  activeFilterCount,
  DEFAULT_VIEW,
  filterFromView,
  PROBLEM_SORTS,
  searchParamsFromView,
  SORT_ORDERS,
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

describe('the sort in the address', () => {
  it('keeps its short words and asks the API for the matching order', () => {
    expect(PROBLEM_SORTS.map((sort) => [sort, SORT_ORDERS[sort]])).toEqual([
      ['newest', 'NEWEST'],
      ['updated', 'RECENTLY_UPDATED'],
      ['key', 'KEY'],
      ['title', 'TITLE'],
    ]);
  });

  it.each(PROBLEM_SORTS)('%s reads back from the address it writes', (sort) => {
    const params = searchParamsFromView({ ...DEFAULT_VIEW, sort });
    expect(params.toString()).toBe(sort === 'newest' ? '' : `sort=${sort}`);
    expect(viewFromSearchParams(params).sort).toBe(sort);
  });

  it('is not a filter: the API filter leaves it out', () => {
    expect(filterFromView({ ...DEFAULT_VIEW, sort: 'title' })).toEqual({});
    expect(activeFilterCount({ ...DEFAULT_VIEW, sort: 'key' })).toBe(0);
  });
});
