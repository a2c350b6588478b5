import { test, expect } from './fixtures';
import { builtPages } from './site-pages';

const guides = builtPages().filter((p) => p.startsWith('/guides/'));

test('the curriculum is fully built', () => {
  expect(guides.length).toBeGreaterThanOrEqual(40);
});

for (const path of guides) {
  test(`every live diagram on ${path} hydrates and responds`, async ({ page }) => {
    await page.goto(path);
    const figures = page.locator('figure.live-diagram, figure.options-explorer, figure.mtu, figure.two-tunnels, figure.flow');
    const count = await figures.count();
    expect(count, 'live diagrams on the page').toBeGreaterThanOrEqual(1);
    for (let i = 0; i < count; i++) {
      const fig = figures.nth(i);
      await fig.scrollIntoViewIfNeeded();
      // Islands hydrate when visible; Astro removes the `ssr` attribute once the island is live.
      await expect(fig.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr');
      const kind = await fig.getAttribute('class');
      if (kind?.includes('live-diagram')) {
        const clock = fig.getByLabel('Simulated time');
        await expect(clock).toHaveText('00:01:30');
        await fig.getByRole('button', { name: '+1 min' }).click();
        await expect(clock).toHaveText('00:02:30');
        await fig.getByRole('button', { name: 'Fail tunnel 1' }).click();
        await expect(fig.getByRole('button', { name: 'Restore tunnel 1' })).toBeVisible();
      } else if (kind?.includes('options-explorer')) {
        await fig.getByRole('textbox', { name: /Phase 2 lifetime/ }).fill('5000');
        await expect(fig.getByRole('status')).toContainText('Refused');
        await expect(fig.getByRole('status')).toContainText('Phase2LifetimeSeconds');
      } else if (kind?.includes('mtu')) {
        await fig.getByRole('combobox', { name: 'Phase 2 encryption' }).selectOption('AES256');
        await fig.getByRole('combobox', { name: 'Phase 2 integrity' }).selectOption('SHA2-512');
        await fig.getByRole('checkbox', { name: /NAT traversal/ }).check();
        await expect(fig.getByRole('status')).toContainText('1406 bytes'); // R258
      } else if (kind?.includes('flow')) {
        await fig.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'The VPC route table has no route' });
        await expect(fig.getByRole('status')).toContainText('VPC route table'); // R172
      } else {
        await fig.getByRole('button', { name: /^Tunnel 1, UP/ }).click();
        await expect(fig.getByRole('status')).toContainText('tunnel 2');
      }
    }
  });
}
