import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './tooling/graphql-documents.plugin.ts';

const fromHere = (relative: string): string =>
  decodeURIComponent(new URL(relative, import.meta.url).pathname);

// The API runs on :3000 in development (`npm run dev` at the root); the built client is served by
// the server from client/dist, on the same origin, so the session cookie needs no CORS.
const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    graphqlDocuments({ generatedModule: fromHere('./src/generated/graphql.ts') }),
    // The interface is in English: React Aria's built-in strings (drag and drop announcements,
    // date field labels …) ship in English only instead of in 34 languages. A browser set to
    // another language gets them in English, like the rest of the page; dates keep its format.
    optimizeLocales.vite({ locales: ['en'] }),
  ],
  resolve: {
    alias: [
      { find: '@commons/shared', replacement: fromHere('../shared/src/index.ts') },
      { find: /^@\//, replacement: `${fromHere('./src')}/` },
    ],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiOrigin, ws: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: apiOrigin, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written for error reports but not linked from the bundles.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json maps each source module to its chunk and the chunks it imports:
    // the size budgets (bench/.size-limit.mjs) follow it to weigh a route's JavaScript.
    manifest: true,
    // Without inline assets no `data:` URL needs to be allowed by the server's CSP.
    assetsInlineLimit: 0,
    // The vendor chunk is ~530 kB minified (~167 kB gzip); warn if it grows well past that.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The foundation every page needs, in its own long-cached file: a release that
            // changes only our code leaves it in the browser's cache. List only libraries whose
            // every module the first route needs: a group pulls its modules in eagerly, lazy
            // ones included. react-aria-components is modular and mostly used by lazy pages
            // (drag and drop, tables, date fields), so it is left to split with its users.
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@apollo|graphql|rxjs|optimism|@wry|tslib|@graphql-typed-document-node|@swc[\\/]helpers|cookie|set-cookie-parser)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
