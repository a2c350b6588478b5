// JS shipped by a built page before any interaction: every module script and island entry of
// the HTML, plus everything they import statically (dynamic import() chunks, such as Monaco and
// xterm, load only on use and are not counted). Sizes are gzip, as a browser downloads them.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';

export function pageJsWeight(distDir, pagePath) {
  const file = join(distDir, pagePath.endsWith('.html') ? pagePath : join(pagePath, 'index.html'));
  const html = readFileSync(file, 'utf8');
  const entries = new Set();
  for (const m of html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="(\/_astro\/[^"]+\.js)"/g))
    entries.add(m[1]);
  let inline = 0;
  for (const m of html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)) inline += gzipSync(m[1]).length;
  const seen = new Set();
  let bytes = 0;
  const visit = (url) => {
    if (seen.has(url)) return;
    seen.add(url);
    const path = join(distDir, url);
    if (!existsSync(path)) return;
    const code = readFileSync(path);
    bytes += gzipSync(code).length;
    const text = code.toString('utf8');
    for (const m of text.matchAll(/\bimport\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit('/' + resolve('/', dirname(url), m[1]).replace(/^\/+/, ''));
    }
  };
  for (const e of entries) visit(e);
  return { files: seen.size, gzipBytes: bytes + inline };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const p of process.argv.slice(2)) {
    const w = pageJsWeight('dist', p);
    console.log(`${p}: ${(w.gzipBytes / 1024).toFixed(1)} KB gzip JS in ${w.files} files`);
  }
}
