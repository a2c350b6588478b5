import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { builtPages } from './site-pages';

async function severeViolations(page: Page, onlyRules?: string[]) {
  const builder = new AxeBuilder({ page });
  const results = await (onlyRules ? builder.withRules(onlyRules) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// One load per page: every rule in the light theme, then the theme-dependent rule (colour
// contrast) again in the dark theme, switched the way Starlight's theme menu does it.
for (const path of builtPages()) {
  test(`axe: no serious or critical violation on ${path} (light and dark)`, async ({ page }) => {
    test.setTimeout(120_000); // two axe passes over a large page on a 2-core machine
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    // The embed page has no theme menu: it takes its theme from the URL.
    await page.goto(path.startsWith('/embed/') ? `${path}?theme=light` : path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await severeViolations(page), 'light theme').toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'dark';
    });
    expect(await severeViolations(page, ['color-contrast', 'link-in-text-block']), 'dark theme').toEqual([]);
  });
}
