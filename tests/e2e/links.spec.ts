import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages';

// No broken internal link: every same-site href of every built page resolves to a built page or file.
test('every internal link points to a page that exists', () => {
  const pages = new Set(builtPages());
  const broken: string[] = [];
  for (const page of pages) {
    const file = join('dist', page.endsWith('.html') ? page : `${page}index.html`);
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/href="(\/[^"#?]*)[^"]*"/g)) {
      const target = m[1] ?? '/';
      if (target.startsWith('/_astro/') || target.startsWith('/pagefind/') || /\.(svg|png|ico|xml|json|css|js|txt)$/.test(target)) continue;
      const normalised = target.endsWith('/') ? target : `${target}/`;
      if (!pages.has(normalised) && !pages.has(target)) broken.push(`${page} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});
