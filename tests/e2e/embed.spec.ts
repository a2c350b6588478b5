import { createServer, type Server } from 'node:http';
import { deflateSync, strToU8 } from 'fflate';
import { test, expect } from './fixtures';

const open = async (page: import('@playwright/test').Page, url: string) => {
  await page.goto(url);
  await expect(page.getByRole('button', { name: /tunnel 1, / }).first()).toBeVisible();
};

test('an embed shows the preset live, with a title, and works by keyboard', async ({ page }) => {
  await open(page, '/embed/?preset=single-vgw&title=Branch%20VPN');
  await expect(page).toHaveTitle('Branch VPN — VPN Lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Branch VPN' })).toBeVisible();
  await page.getByRole('button', { name: 'Fail tunnel 1' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '+1 min' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /tunnel 1, .*DOWN/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in VPN Lab' })).toHaveAttribute('href', '/playground/?preset=single-vgw');
});

test('URL options: read-only hides actions, panels, dark theme and start time', async ({ page }) => {
  await open(page, '/embed/?preset=redundant-cgw&mode=readonly&panels=canvas,ladder&theme=dark&t=2h');
  await expect(page.getByRole('button', { name: /^Fail tunnel/ })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Simulated time')).toHaveText('02:00:00');
  await expect(page.getByRole('region', { name: 'IKE exchange ladder' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(23, 24, 28)');
});

test('a hostile share link renders names as text and a damaged one falls back with a message', async ({ page }) => {
  const scenario = `Name: x\nCustomerGateways:\n  - CustomerGatewayId: cgw-0e11f167e1f1a8d2c\n    IpAddress: 203.0.113.12\n    DeviceName: "<img src=x onerror=window.__pwned=1>"\nVpnGateways:\n  - VpnGatewayId: vgw-1a2b3c4d\nVpnConnections:\n  - VpnConnectionId: vpn-04d5cc9b88example\n    CustomerGatewayId: cgw-0e11f167e1f1a8d2c\n    VpnGatewayId: vgw-1a2b3c4d\n`;
  const data = Buffer.from(deflateSync(strToU8(JSON.stringify({ scenario, time: 60000 })))).toString('base64url');
  await open(page, `/embed/#s=1.${data}`);
  await expect(page.getByText('<img src=x onerror=window.__pwned=1>').first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await open(page, '/embed/?preset=single-tgw#s=1.broken!!');
  await expect(page.getByRole('alert')).toContainText('damaged');
});

test('export: valid SVG with the tunnels, and a PNG of the right size', async ({ page }) => {
  await open(page, '/embed/?preset=single-vgw');
  const downloadSvg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG (light)' }).click();
  const svgFile = await downloadSvg;
  const svgText = await (await svgFile.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const svg = doc.documentElement;
    return { error: doc.getElementsByTagName('parsererror').length, root: svg.nodeName, w: svg.getAttribute('width'), h: svg.getAttribute('height'), text: svg.textContent };
  }, svgText);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('svg');
  expect(parsed.text).toContain('T1 UP');
  expect(svgText).not.toMatch(/var\(--/);
  const downloadPng = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PNG' }).click();
  const png = await (await (await downloadPng).createReadStream()).toArray().then((c) => Buffer.concat(c));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBe(Number(parsed.w) * 2);
  expect(height).toBe(Number(parsed.h) * 2);
});

test.describe('embedded in a sandboxed iframe on another origin', () => {
  let server: Server;
  let hostUrl = '';
  test.beforeAll(async ({ baseURL }) => {
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><html lang="en"><title>Wiki</title><h1>Team wiki</h1><iframe title="VPN diagram" sandbox="allow-scripts allow-same-origin" width="900" height="600" src="${baseURL}/embed/?preset=single-vgw"></iframe></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('renders and loads nothing from a third origin', async ({ browser, baseURL }) => {
    const page = await browser.newPage();
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe[title="VPN diagram"]');
    await expect(frame.getByRole('button', { name: /tunnel 1, .*UP/ })).toBeVisible();
    await frame.getByRole('button', { name: 'Fail tunnel 1' }).click();
    await frame.getByRole('button', { name: '+1 min' }).click();
    await expect(frame.getByRole('button', { name: /tunnel 1, .*DOWN/ })).toBeVisible();
    const allowed = new Set([new URL(hostUrl).origin, new URL(baseURL ?? '').origin]);
    expect([...origins].filter((o) => !allowed.has(o))).toEqual([]);
    await page.close();
  });
});
