// Builds the widget: the loader partners include, into the first directory given (the gateway serves it at the
// stable /embed/v1/), and the frame's script and style into the second (/embed/<build version>/, cached for good).
// Minified, no framework; fails when the three together weigh more than the 30 KB gzipped budget.
import { build } from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const loaderDir = process.argv[2] ?? 'dist/v1';
const assetsDir = process.argv[3] ?? 'dist/assets';
const budget = 30 * 1024;
const script = { bundle: true, minify: true, format: 'iife', target: ['es2019'], legalComments: 'none',
  logLevel: 'warning' };
mkdirSync(loaderDir, { recursive: true });
mkdirSync(assetsDir, { recursive: true });

await build({ ...script, entryPoints: { 'boussole-catalogue': 'src/loader.js' }, outdir: loaderDir });
await build({ ...script, entryPoints: { frame: 'src/frame.js' }, outdir: assetsDir });
await build({ entryPoints: { frame: 'src/frame.css' }, outdir: assetsDir, bundle: true, minify: true,
  logLevel: 'warning' });

let total = 0;
for (const file of [join(loaderDir, 'boussole-catalogue.js'), join(assetsDir, 'frame.js'),
  join(assetsDir, 'frame.css')]) {
  const size = gzipSync(readFileSync(file)).length;
  total += size;
  console.log(`${file}: ${size} bytes gzipped`);
}
console.log(`widget: ${total} bytes gzipped (budget ${budget})`);
if (total > budget) {
  console.error('the widget is over its size budget');
  process.exit(1);
}
