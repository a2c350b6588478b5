import { test, expect } from './fixtures';

test('troubleshooting flow: the first broken layer opens, and the device family changes the show commands (R171, R361)', async ({ page }) => {
  await page.goto('/guides/troubleshooting/flow/');
  const flow = page.locator('figure.flow');
  await flow.scrollIntoViewIfNeeded();
  // The server-rendered verdict already reads "layer 1"; wait for the island to be live
  // (Astro drops `ssr` once hydrated) so the select below is not changed under a static page.
  await expect(flow.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr');
  await expect(flow.getByRole('status')).toContainText('start at layer 1, IKE (phase 1)');
  await flow.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'BGP: the device expects the wrong ASN' });
  await expect(flow.getByRole('status')).toContainText('start at layer 4, BGP');
  await expect(flow.locator('li.first')).toContainText('show ip bgp summary');
  await flow.getByRole('combobox', { name: 'Device family' }).selectOption('junos');
  await expect(flow.locator('li.first')).toContainText('show bgp summary');
  await flow.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Healthy connection (for comparison)' });
  await expect(flow.getByRole('status')).toContainText('every layer is healthy');
});
