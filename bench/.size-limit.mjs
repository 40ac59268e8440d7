// Bundle budgets of issue 3, checked by `npm run size` in `npm test` (so in CI): gzip sizes of the
// JavaScript a browser loads, computed from the built client's manifest (bench/lib/client-chunks).
import { jsFilesOf, lazyJsFilesOf, readManifest } from './lib/client-chunks.mjs';

const manifest = readManifest();
const FIRST_ROUTE = ['index.html', 'src/modules/my-work/MyWorkPage.tsx'];
const PROBLEM_PAGE = [...FIRST_ROUTE, 'src/modules/problem/ProblemLayout.tsx'];

export default [
  {
    name: 'first route of the signed-in app (My work), all its JavaScript',
    path: jsFilesOf(manifest, FIRST_ROUTE),
    limit: '235 KB',
    gzip: true,
  },
  {
    name: 'the charts (recharts), loaded with the first chart',
    path: lazyJsFilesOf(manifest, PROBLEM_PAGE, ['src/modules/outcomes/charts/OutcomeChart.tsx']),
    limit: '120 KB',
    gzip: true,
  },
  {
    // Issue 3's target is 60 KB; today the board brings 75 KB (its drag and drop, and the menus
    // and dialogs no earlier page loaded). This limit only stops it from growing further.
    name: 'the board, on top of the problem page',
    path: lazyJsFilesOf(manifest, PROBLEM_PAGE, ['src/modules/board/BoardTab.tsx']),
    limit: '80 KB',
    gzip: true,
  },
];
