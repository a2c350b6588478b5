import { test, expect } from './fixtures';

// The playground's terminal: an AWS CLI subset and device consoles over the running sandbox.
test('terminal: list devices, change a tunnel option through the AWS CLI, undo it, leave with Esc (R49, R122)', async ({ page }) => {
  test.setTimeout(90_000); // typing long command lines key by key
  await page.goto('/playground/?preset=single-vgw');
  const tunnel1 = page.getByRole('button', { name: /tunnel 1, / }).first();
  await expect(tunnel1).toBeVisible();
  const outsideIp = /tunnel 1, ([0-9.]+),/.exec((await tunnel1.getAttribute('aria-label')) ?? '')?.[1];
  expect(outsideIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

  await page.getByRole('tab', { name: 'Terminal' }).click();
  const screen = page.locator('.xterm-rows');
  await expect(screen).toContainText('Type "help" to start');
  await page.locator('.xterm').click();

  await page.keyboard.type('devices');
  await page.keyboard.press('Enter');
  await expect(screen).toContainText('cgw-');

  // Tab completion finishes the command name.
  await page.keyboard.type('aws ec2 describe-vpn-conn');
  await page.keyboard.press('Tab');
  await page.keyboard.type(' --output text');
  await page.keyboard.press('Enter');
  // The text output ends with the tunnels' telemetry (the top has scrolled away).
  await expect(screen).toContainText(`${outsideIp}  UP`);

  // A bad option value is refused with the field and the allowed range; nothing changes.
  await page.keyboard.type(`aws ec2 modify-vpn-tunnel-options --vpn-connection-id vpn-04d5cc9b88example --vpn-tunnel-outside-ip-address ${outsideIp} --tunnel-options DPDTimeoutSeconds=5`);
  await page.keyboard.press('Enter');
  await expect(screen).toContainText('DPDTimeoutSeconds');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // A good change is recorded by the sandbox like any other action: Undo takes it back.
  await page.keyboard.type(`aws ec2 modify-vpn-tunnel-options --vpn-connection-id vpn-04d5cc9b88example --vpn-tunnel-outside-ip-address ${outsideIp} --tunnel-options DPDTimeoutSeconds=45`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

  // Esc leaves the terminal; the next Tab moves focus out of it (no keyboard trap).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.xterm')))).toBe(false);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});
