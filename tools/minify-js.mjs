// Trunk post-build hook: minifies the wasm-bindgen JavaScript glue in release builds.
// Trunk's own minifier gives up on this file (it cannot parse `export default`) and leaves
// it as written, 2 KB gzip more than it needs to be. terser (from npm, like the rest of the
// build tools) keeps the module's exports and minifies the rest. Integrity hashes are off
// for the Rust asset in index.html (data-integrity="none"), as the file changes after Trunk
// has hashed it; the file name still carries Trunk's content hash.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify-js: TRUNK_STAGING_DIR is not set (run this as a Trunk hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

for (const name of await readdir(dir)) {
  if (!name.endsWith('.js')) continue;
  const path = join(dir, name);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  await writeFile(path, code);
  console.log(`minify-js: ${name} ${source.length} → ${code.length} bytes`);
}
