// The baseline page for the Lighthouse benchmark: the essay alone as plain static HTML, no JavaScript.
// The text is tests/fixtures/seed.txt verbatim (HTML-escaped): its first line is the <h1>, and the rest
// is split into paragraphs on blank lines. It links the exhibit's own built stylesheet, so the two
// pages differ by the app, not by the styling. Its icon is an empty data: URL, so Chromium does not
// ask for /favicon.ico: Lighthouse's simulated LCP counts every request that started before the
// page's (unthrottled) LCP, so a stray favicon request would add a round trip (about 150 ms) to the
// yardstick in some runs and not others.
//
//   node tests/bench/plain-essay.mjs SEED_TXT STYLESHEET_HREF > index.html
import { readFileSync } from 'node:fs';

const [seedPath, stylesheet] = process.argv.slice(2);
if (!seedPath || !stylesheet) {
  console.error('usage: node tests/bench/plain-essay.mjs SEED_TXT STYLESHEET_HREF');
  process.exit(2);
}

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const [title, ...rest] = readFileSync(seedPath, 'utf8').split(/\r?\n/);
const paragraphs = rest
  .join('\n')
  .split(/\n[ \t]*\n/) // a blank line (or one of spaces/tabs only) ends a paragraph
  .map((paragraph) => paragraph.trim())
  .filter((paragraph) => paragraph !== '');
if (!title.trim() || paragraphs.length === 0) {
  console.error(`${seedPath}: expected a title line and at least one paragraph`);
  process.exit(1);
}

process.stdout.write(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title.trim())}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escape(stylesheet)}">
</head>
<body>
<main>
<h1>${escape(title.trim())}</h1>
${paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}
</main>
</body>
</html>
`);
