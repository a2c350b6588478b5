import { SiteSchema } from '../../schema/deviceSchema';
import { validationError } from '../../schema/validationError';
import { zodIssuesToErrors } from '../../schema/zodIssues';
import type { EngineCore } from '../engineCore';
import { fail, type ActionResult } from './actionTypes';

const changed = (core: EngineCore, name: string, change: string): void => {
  core.emit({ type: 'resourceChanged', t: core.kernel.now(), resource: 'site', id: name, change });
  core.touch();
};

/**
 * CreateSite: a lab-level action, not an EC2 API call. A site (scenario `Sites[]`) is the
 * on-premises network behind a customer gateway device: its CIDR blocks are what the device
 * advertises when it has no AdvertisedPrefixes (R211, R213) and its hosts are trace endpoints.
 * Validated with the scenario's Site schema; names are unique; the customer gateway and Direct
 * Connect gateway, when given, must exist.
 */
export function createSite(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const { type: _t, Type: _T, ...input } = a;
  const parsed = SiteSchema.safeParse(input);
  if (!parsed.success) return fail(...zodIssuesToErrors(parsed.error.issues, input, []));
  const site = parsed.data;
  const w = core.world;
  if (w.sites.some((s) => s.Name === site.Name)) {
    return fail(validationError('InvalidParameterValue', 'Name', `a site named ${site.Name} already exists`, { value: site.Name, allowed: `a name other than ${w.sites.map((s) => s.Name).join(', ')}` }));
  }
  if (site.CustomerGatewayId !== undefined && !w.customerGateways.has(site.CustomerGatewayId)) {
    return fail(validationError('InvalidCustomerGatewayID.NotFound', 'CustomerGatewayId', `the customer gateway ID '${site.CustomerGatewayId}' does not exist`, { value: site.CustomerGatewayId, allowed: [...w.customerGateways.keys()].join(', ') || 'no customer gateways exist' }));
  }
  if (site.DirectConnectGatewayId !== undefined && !w.directConnectUp.has(site.DirectConnectGatewayId)) {
    return fail(validationError('InvalidDirectConnectGatewayID.NotFound', 'DirectConnectGatewayId', `the Direct Connect gateway '${site.DirectConnectGatewayId}' does not exist`, { value: site.DirectConnectGatewayId, allowed: [...w.directConnectUp.keys()].join(', ') || 'no Direct Connect gateways exist' }));
  }
  // A new array: the scenario object the world was built from stays untouched.
  w.sites = [...w.sites, site];
  changed(core, site.Name, 'created');
  return { ok: true, result: { Site: { Name: site.Name } } };
}

/** DeleteSite: lab-level (see CreateSite). Devices keep their configuration; a device with no AdvertisedPrefixes stops advertising the site's ranges. */
export function deleteSite(core: EngineCore, a: Record<string, unknown>): ActionResult {
  const name = a['Name'];
  const w = core.world;
  if (typeof name !== 'string' || !w.sites.some((s) => s.Name === name)) {
    return fail(validationError('InvalidSite.NotFound', 'Name', `there is no site named ${String(name)}`, { value: name, allowed: w.sites.map((s) => s.Name).join(', ') || 'no sites exist' }));
  }
  w.sites = w.sites.filter((s) => s.Name !== name);
  changed(core, name, 'deleted');
  return { ok: true };
}
