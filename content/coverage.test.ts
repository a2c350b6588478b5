import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sidebar } from '../site/sidebar.mjs';

// guide-sections.txt: every heading of the AWS guide's table of contents, in order.
const sections = readFileSync(join(__dirname, 'guide-sections.txt'), 'utf8').split('\n').filter(Boolean);
const coverage = ['coverage-a.yaml', 'coverage-b.yaml'].flatMap(
  (f) => parse(readFileSync(join(__dirname, f), 'utf8')) as { section: string; page: string }[],
);
const pages = readdirSync(__dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(__dirname, d.name)).filter((f) => f.endsWith('.mdx')).map((f) => `${d.name}/${f.replace(/\.mdx$/, '')}`));
const sidebarSlugs = sidebar.flatMap((g) => g.items).flatMap((i) => (typeof i === 'string' ? [i.replace(/^guides\//, '')] : []));

describe('curriculum coverage', () => {
  it('maps every section of the reference guide to a page that teaches it', () => {
    const mapped = new Set(coverage.map((c) => c.section));
    expect(sections.filter((s) => !mapped.has(s))).toEqual([]);
  });

  it('maps only to pages that exist', () => {
    expect(coverage.filter((c) => !existsSync(join(__dirname, `${c.page}.mdx`))).map((c) => c.page)).toEqual([]);
  });

  it('lists every guide page in the sidebar, and nothing else', () => {
    expect([...sidebarSlugs].sort()).toEqual([...pages].sort());
  });

  it('gives every page a live diagram, a "What you will learn" list and self-check questions', () => {
    for (const p of pages) {
      const text = readFileSync(join(__dirname, `${p}.mdx`), 'utf8');
      // an interactive island, or the LiveDiagram wrapper (which hydrates it client:visible)
      expect(text, p).toMatch(/client:(visible|load)|<LiveDiagram /);
      expect(text, p).toContain('**What you will learn**');
      expect((text.match(/<details>/g) ?? []).length, p).toBeGreaterThanOrEqual(3);
    }
  });
});
