import { test, expect } from './fixtures';

// R273: download the device configuration of a connection; bring your own configuration and
// see each difference from the AWS tunnel options with its line (R81, R392: a wrong PSK).
test('Device config: the strongSwan file has tunnel 1, and a pasted wrong PSK is reported on its line', async ({ page }) => {
  await page.goto('/playground/?preset=single-vgw');
  await expect(page.getByRole('button', { name: /tunnel 1, / }).first()).toBeVisible();
  // Tunnel 1's AWS outside IP, as the Tunnel details tab shows it (R19).
  const row1 = page.getByRole('tabpanel').getByRole('table').first().getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tunnel 1' }) });
  const ip1 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/.exec(await row1.innerText())?.[0] ?? '';
  expect(ip1).not.toBe('');

  await page.getByRole('tab', { name: 'Device config' }).click();
  await page.getByRole('combobox', { name: 'Device type' }).selectOption('strongswan');
  const generated = page.getByRole('region', { name: /Generated configuration/ });
  await expect(generated).toContainText(/^connections \{/m);
  await expect(generated).toContainText(`remote_addrs = ${ip1}`);

  const text = await generated.innerText();
  const wrong = text.replace(/secret = "[^"]+"/, 'secret = "WrongKey12345678"');
  const line = wrong.split('\n').findIndex((l) => l.includes('WrongKey12345678')) + 1;
  await page.getByRole('textbox', { name: 'Your configuration' }).fill(wrong);
  await page.getByRole('button', { name: 'Check', exact: true }).click();

  const mismatches = page.getByRole('list', { name: 'Differences from the AWS tunnel options' });
  await expect(mismatches).toContainText(`Line ${line}`);
  await expect(mismatches).toContainText('PreSharedKey');
  await expect(mismatches).toContainText('WrongKey12345678');
  await expect(mismatches).toContainText('AUTHENTICATION_FAILED');
  await expect(page.getByRole('button', { name: 'Apply to the sandbox device' })).toBeEnabled();
});
