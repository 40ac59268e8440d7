// Bundle budgets of issue 3, checked by `npm run size` in `npm test` (so in CI): gzip sizes of the
// JavaScript a browser loads, computed from the built client's manifest.
import { jsFilesOf, lazyJsFilesOf, readManifest } from './lib/client-chunks.mjs';

const manifest = readManifest();
const FIRST_ROUTE = ['index.html', 'src/modules/my-work/MyWorkPage.tsx'];

export default [
  {
    name: 'first route of the signed-in app (My work), all its JavaScript',
    path: jsFilesOf(manifest, FIRST_ROUTE),
    limit: '235 KB',
    gzip: true,
  },
  {
    name: 'the board, as a lazy chunk on top of the first route',
    path: lazyJsFilesOf(
      manifest,
      [...FIRST_ROUTE, 'src/modules/problem/ProblemLayout.tsx'],
      ['src/modules/board/BoardTab.tsx'],
    ),
    limit: '60 KB',
    gzip: true,
  },
];
