// Trunk post-build hook, after the pages are written: generates the kiosk's service worker
// (sw.js) from the build output with workbox-build, so it precaches every file of this
// build by its real (hashed) name, and a new build is a new worker that replaces the old one
// and its files. Only the kiosk registers it (src/kiosk/watchdog.rs); on a kiosk it serves
// the exhibit with the network gone. Then writes sw.js.gz and sw.js.br beside it, as
// exhibit-site does for every other text file.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('service-worker: name the build folder, or run this as a Trunk hook');
  process.exit(1);
}

const swDest = join(dir, 'sw.js');
const { count, size, warnings } = await generateSW({
  globDirectory: dir,
  // Everything a kiosk shows: the pages, the code of the kiosk's build, the stylesheets,
  // the kiosk's parts and the images. Not the other builds, the precompressed copies, the
  // host script for other sites or the oEmbed descriptions.
  globPatterns: ['**/*.{html,css,js,wasm,svg,png,jpg,jpeg,webp,avif}'],
  globIgnores: ['**/*.gz', '**/*.br', 'sw.js', 'embed.js', 'gulag-exhibit-[0-9a-f]*', 'gulag-exhibit-embed-*', 'oembed/**'],
  swDest,
  mode: 'production',
  sourcemap: false,
  // One file: no workbox runtime to fetch from anywhere.
  inlineWorkboxRuntime: true,
  // A new build takes over at once; the kiosk reloads into it at its next reset.
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // The kiosk's address carries its own parameters (?mode=kiosk&idle=…): the page is the same.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  // Hashed names need no revision of their own.
  dontCacheBustURLsMatching: /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
});
for (const warning of warnings) console.warn(`service-worker: ${warning}`);

const source = await readFile(swDest);
await writeFile(`${swDest}.gz`, gzipSync(source, { level: 9 }));
await writeFile(`${swDest}.br`, brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
console.log(`service-worker: sw.js precaches ${count} files, ${(size / 1024).toFixed(1)} KB`);
