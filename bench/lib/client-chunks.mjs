// Which JavaScript files a browser loads for a route of the built client, from Vite's manifest
// (client/dist/.vite/manifest.json): the chunk of each source entry plus everything it imports
// statically, transitively. Dynamic imports are other routes' business.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');

export function readManifest(dist = CLIENT_DIST) {
  return JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
}

/**
 * @param {Record<string, { file: string, imports?: string[] }>} manifest
 * @param {string[]} entries manifest keys, e.g. 'index.html', 'src/modules/my-work/MyWorkPage.tsx'
 * @returns {string[]} absolute paths of the .js files, each once
 */
export function jsFilesOf(manifest, entries, dist = CLIENT_DIST) {
  const seen = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the client's manifest: was it renamed?`);
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  entries.forEach(visit);
  return [...seen]
    .map((key) => manifest[key].file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(dist, file));
}

/** The files `lazyEntries` add on top of what `baseEntries` already loaded. */
export function lazyJsFilesOf(manifest, baseEntries, lazyEntries, dist = CLIENT_DIST) {
  const base = new Set(jsFilesOf(manifest, baseEntries, dist));
  return jsFilesOf(manifest, lazyEntries, dist).filter((file) => !base.has(file));
}
