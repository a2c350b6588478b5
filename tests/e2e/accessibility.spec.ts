import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { builtPages } from './site-pages';

for (const path of builtPages()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violation on ${path} (${theme})`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      // The embed page has no theme menu: it takes its theme from the URL.
      await page.goto(path.startsWith('/embed/') ? `${path}?theme=${theme}` : path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).analyze();
      const severe = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(severe).toEqual([]);
    });
  }
}
