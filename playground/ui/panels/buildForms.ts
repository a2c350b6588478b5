/**
 * The Build panel's forms as pure functions: defaults from the snapshot, validation that names
 * the field and what it accepts, and the engine action each form dispatches. The engine checks
 * everything again (its refusal is shown as is); these checks only answer sooner, and use the
 * engine's own ASN rules so the two cannot disagree.
 */
import { AMAZON_SIDE_ASN_ALLOWED, CUSTOMER_GATEWAY_ASN_ALLOWED, checkAmazonSideAsn, checkCustomerGatewayAsn } from '../../engine/schema/asnRules';
import { formatIpv4, formatIpv4Cidr, ipv4CidrsOverlap, isIpv4NetworkAligned, parseIpv4, parseIpv4Cidr, type Ipv4Cidr } from '../../engine/schema/ipAddress';
import type { EngineAction, EngineSnapshot, Scenario } from '../session/engineBinding';

/** What `SandboxSession.apply` returns: the engine's result (`result` carries new IDs). */
export interface RunResult {
  readonly ok: boolean;
  readonly result?: unknown;
  readonly errors?: readonly { readonly path: string; readonly message: string; readonly allowed?: string }[] | undefined;
}
export type Run = (action: EngineAction, label: string) => RunResult | null;

export interface FieldError {
  /** The form field (its input's name), so the message can sit next to it. */
  readonly field: string;
  readonly message: string;
}

export type FormResult = { ok: true; action: EngineAction; label: string } | { ok: false; errors: FieldError[] };

/** "path: message (allowed: …)" for every error the engine gave, or a fallback. */
export function refusalText(r: RunResult | null, what: string): string {
  if (!r) return `${what}: the sandbox is not running.`;
  const lines = (r.errors ?? []).map((e) => `${e.path}: ${e.message}${e.allowed && !e.message.includes(e.allowed) ? ` (allowed: ${e.allowed})` : ''}`);
  return lines.length ? lines.join('; ') : `${what} was refused.`;
}

const IPV4_ALLOWED = 'an IPv4 address such as 198.51.100.20';
const CIDR_ALLOWED = 'IPv4 CIDR blocks such as 172.16.0.0/16, separated by commas';

function asnField(text: string, field: string, label: string, check: (n: number) => { message: string }[], allowed: string): FieldError | number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { field, message: `${label}: enter a whole number (allowed: ${allowed}).` };
  const n = Number(t);
  const errs = check(n);
  const m = errs[0]?.message;
  // The engine's message may already start with the field's name ("BGP ASN 7224 is reserved…").
  return m ? { field, message: `${m.startsWith(label) ? m : `${label}: ${m}`} (allowed: ${allowed}).` } : n;
}

function cidrList(text: string, field: string, label: string, required: boolean): FieldError | string[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return required ? { field, message: `${label}: enter at least one CIDR block (allowed: ${CIDR_ALLOWED}).` } : [];
  for (const p of parts) {
    const c = parseIpv4Cidr(p);
    if (!c) return { field, message: `${label}: ${p} is not a CIDR block (allowed: ${CIDR_ALLOWED}).` };
    if (!isIpv4NetworkAligned(c)) {
      const size = 2 ** (32 - c.prefixLength);
      return { field, message: `${label}: ${p} has host bits set (allowed: the network address, ${formatIpv4Cidr({ ...c, address: Math.floor(c.address / size) * size })}).` };
    }
  }
  return parts;
}

// ---- customer gateway (R23, R24, R28–R33) ----

export interface CustomerGatewayForm {
  ip: string;
  asn: string;
  name: string;
}

export function customerGatewayDefaults(snap: EngineSnapshot | null): CustomerGatewayForm {
  const used = new Set((snap?.resources.customerGateways ?? []).map((g) => g.IpAddress));
  let host = 20;
  while (used.has(`198.51.100.${host}`) && host < 250) host++;
  const n = (snap?.resources.customerGateways.length ?? 0) + 1;
  return { ip: `198.51.100.${host}`, asn: '65000', name: `router-${n}` }; // R32: default ASN 65000
}

export function customerGatewayAction(f: CustomerGatewayForm, region: string): FormResult {
  const errors: FieldError[] = [];
  const ip = f.ip.trim();
  if (parseIpv4(ip) === null) errors.push({ field: 'ip', message: `IP address: ${ip || 'nothing'} is not an IPv4 address (allowed: ${IPV4_ALLOWED}, the device's static public address, R25).` });
  const asn = asnField(f.asn, 'asn', 'BGP ASN', (n) => checkCustomerGatewayAsn(n, region, ['BgpAsn']), CUSTOMER_GATEWAY_ASN_ALLOWED);
  if (typeof asn !== 'number') errors.push(asn);
  const name = f.name.trim();
  if (name.length > 255) errors.push({ field: 'name', message: 'Device name: at most 255 characters (R23).' });
  if (errors.length || typeof asn !== 'number') return { ok: false, errors };
  return {
    ok: true,
    action: { type: 'CreateCustomerGateway', IpAddress: ip, BgpAsn: asn, ...(name ? { DeviceName: name } : {}) },
    label: `Create customer gateway ${name || ip}`,
  };
}

// ---- VPN connection (R341, R93) ----

export interface VpnConnectionForm {
  customerGatewayId: string;
  /** A vgw-… or tgw-… ID. */
  targetId: string;
  routing: 'static' | 'dynamic';
  /** Static routes: CIDRs separated by commas. */
  routes: string;
}

/** Gateways a connection can end on, as they are now. */
export function connectionTargets(snap: EngineSnapshot | null): { id: string; label: string }[] {
  return [
    ...(snap?.resources.vpnGateways ?? []).filter((g) => g.State !== 'deleted').map((g) => ({ id: g.VpnGatewayId, label: `${g.VpnGatewayId} (virtual private gateway)` })),
    ...(snap?.resources.transitGateways ?? []).map((t) => ({ id: t.TransitGatewayId, label: `${t.TransitGatewayId} (transit gateway)` })),
  ];
}

export function siteCidrsOf(snap: EngineSnapshot | null, customerGatewayId: string): string[] {
  return (snap?.resources.sites ?? []).filter((s) => s.CustomerGatewayId === customerGatewayId).flatMap((s) => s.CidrBlocks);
}

export function vpnConnectionDefaults(snap: EngineSnapshot | null): VpnConnectionForm {
  const cgws = snap?.resources.customerGateways ?? [];
  // The newest customer gateway is the one a learner just added.
  const cgw = cgws.at(-1)?.CustomerGatewayId ?? '';
  const cidrs = siteCidrsOf(snap, cgw);
  return { customerGatewayId: cgw, targetId: connectionTargets(snap)[0]?.id ?? '', routing: 'static', routes: (cidrs.length ? cidrs : ['172.16.0.0/16']).join(', ') };
}

export function vpnConnectionAction(f: VpnConnectionForm, snap: EngineSnapshot | null): FormResult {
  const errors: FieldError[] = [];
  const cgwIds = (snap?.resources.customerGateways ?? []).map((g) => g.CustomerGatewayId);
  const targets = connectionTargets(snap).map((t) => t.id);
  if (!cgwIds.includes(f.customerGatewayId)) errors.push({ field: 'customerGatewayId', message: `Customer gateway: choose one (allowed: ${cgwIds.join(', ') || 'none yet — add a customer gateway first'}).` });
  if (!targets.includes(f.targetId)) errors.push({ field: 'targetId', message: `Target gateway: choose one (allowed: ${targets.join(', ') || 'none yet — add a virtual private gateway first'}).` });
  const routes = f.routing === 'static' ? cidrList(f.routes, 'routes', 'Static routes', false) : [];
  if (!Array.isArray(routes)) errors.push(routes);
  if (errors.length || !Array.isArray(routes)) return { ok: false, errors };
  const target = f.targetId.startsWith('tgw-') ? { TransitGatewayId: f.targetId } : { VpnGatewayId: f.targetId };
  return {
    ok: true,
    action: {
      type: 'CreateVpnConnection',
      CustomerGatewayId: f.customerGatewayId,
      ...target,
      Options: { StaticRoutesOnly: f.routing === 'static' },
      ...(routes.length ? { Routes: routes.map((r) => ({ DestinationCidrBlock: r })) } : {}),
    } as EngineAction,
    label: `Create ${f.routing} VPN connection ${f.customerGatewayId} → ${f.targetId}`,
  };
}

// ---- VPN gateway (R40–R42) and its attachment (R8–R10) ----

export function vpnGatewayAction(asnText: string): FormResult {
  const asn = asnField(asnText, 'amazonAsn', 'Amazon-side ASN', (n) => checkAmazonSideAsn(n, ['AmazonSideAsn']), AMAZON_SIDE_ASN_ALLOWED);
  if (typeof asn !== 'number') return { ok: false, errors: [asn] };
  return { ok: true, action: { type: 'CreateVpnGateway', AmazonSideAsn: asn }, label: `Create virtual private gateway (ASN ${asn})` };
}

export function attachmentAction(vpnGatewayId: string, vpcId: string, attach: boolean, snap: EngineSnapshot | null, scenario: Scenario | null): FormResult {
  const errors: FieldError[] = [];
  const vgws = (snap?.resources.vpnGateways ?? []).map((g) => g.VpnGatewayId);
  const vpcs = (scenario?.Vpcs ?? []).map((v) => v.VpcId);
  if (!vgws.includes(vpnGatewayId)) errors.push({ field: 'vpnGatewayId', message: `Virtual private gateway: choose one (allowed: ${vgws.join(', ') || 'none yet'}).` });
  if (!vpcs.includes(vpcId)) errors.push({ field: 'vpcId', message: `VPC: choose one (allowed: ${vpcs.join(', ') || 'this scenario has no VPC'}).` });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    action: { type: attach ? 'AttachVpnGateway' : 'DetachVpnGateway', VpnGatewayId: vpnGatewayId, VpcId: vpcId },
    label: `${attach ? 'Attach' : 'Detach'} ${vpnGatewayId} ${attach ? 'to' : 'from'} ${vpcId}`,
  };
}

// ---- transit gateway (R11, R40, R190) and its VPC attachments (R207) ----

export function transitGatewayAction(asnText: string, ecmp: boolean): FormResult {
  const asn = asnField(asnText, 'tgwAsn', 'Amazon-side ASN', (n) => checkAmazonSideAsn(n, ['AmazonSideAsn']), AMAZON_SIDE_ASN_ALLOWED);
  if (typeof asn !== 'number') return { ok: false, errors: [asn] };
  return {
    ok: true,
    action: { type: 'CreateTransitGateway', Options: { AmazonSideAsn: asn, VpnEcmpSupport: ecmp ? 'enable' : 'disable' } } as EngineAction,
    label: `Create transit gateway (ASN ${asn}, VPN ECMP ${ecmp ? 'on' : 'off'})`,
  };
}

export function tgwAttachmentAction(transitGatewayId: string, vpcId: string, attach: boolean, snap: EngineSnapshot | null, scenario: Scenario | null): FormResult {
  const errors: FieldError[] = [];
  const tgws = (snap?.resources.transitGateways ?? []).map((t) => t.TransitGatewayId);
  const vpcs = (scenario?.Vpcs ?? []).map((v) => v.VpcId);
  if (!tgws.includes(transitGatewayId)) errors.push({ field: 'transitGatewayId', message: `Transit gateway: choose one (allowed: ${tgws.join(', ') || 'none yet — add a transit gateway first'}).` });
  if (!vpcs.includes(vpcId)) errors.push({ field: 'vpcId', message: `VPC: choose one (allowed: ${vpcs.join(', ') || 'this scenario has no VPC'}).` });
  if (errors.length) return { ok: false, errors };
  if (attach) {
    const subnets = scenario?.Vpcs?.find((v) => v.VpcId === vpcId)?.Subnets?.map((s) => s.SubnetId) ?? [];
    return {
      ok: true,
      action: { type: 'CreateTransitGatewayVpcAttachment', TransitGatewayId: transitGatewayId, VpcId: vpcId, ...(subnets.length ? { SubnetIds: subnets } : {}) },
      label: `Attach ${vpcId} to ${transitGatewayId}`,
    };
  }
  const existing = (snap?.resources.transitGatewayAttachments ?? []).find((a) => a.TransitGatewayId === transitGatewayId && a.ResourceType === 'vpc' && a.ResourceId === vpcId);
  if (!existing) return { ok: false, errors: [{ field: 'vpcId', message: `VPC: ${vpcId} is not attached to ${transitGatewayId}, so there is nothing to detach.` }] };
  return {
    ok: true,
    action: { type: 'DeleteTransitGatewayVpcAttachment', TransitGatewayAttachmentId: existing.TransitGatewayAttachmentId },
    label: `Detach ${vpcId} from ${transitGatewayId}`,
  };
}

// ---- site (lab-level: scenario Sites[]) ----

export interface SiteForm {
  name: string;
  cidrs: string;
  customerGatewayId: string;
  hostName: string;
  hostIp: string;
}

/** A /24 in 172.16.0.0/12 that overlaps no site or VPC yet (R216: site ranges must not overlap). */
export function freeSiteCidr(snap: EngineSnapshot | null, scenario: Scenario | null): string {
  const taken: Ipv4Cidr[] = [...(snap?.resources.sites ?? []).flatMap((s) => s.CidrBlocks), ...(scenario?.Vpcs ?? []).map((v) => v.CidrBlock)]
    .map((c) => parseIpv4Cidr(c))
    .filter((c): c is Ipv4Cidr => c !== null);
  for (let i = 0; i < 4096; i++) {
    const c = { address: (parseIpv4('172.16.0.0') ?? 0) + i * 256, prefixLength: 24 };
    if (!taken.some((t) => ipv4CidrsOverlap(t, c))) return formatIpv4Cidr(c);
  }
  return '172.31.255.0/24';
}

export function siteDefaults(snap: EngineSnapshot | null, scenario: Scenario | null): SiteForm {
  const names = new Set((snap?.resources.sites ?? []).map((s) => s.Name));
  let n = names.size + 1;
  while (names.has(`site-${n}`)) n++;
  const cidr = freeSiteCidr(snap, scenario);
  const base = parseIpv4Cidr(cidr) ?? { address: 0, prefixLength: 24 };
  return {
    name: `site-${n}`,
    cidrs: cidr,
    customerGatewayId: snap?.resources.customerGateways.at(-1)?.CustomerGatewayId ?? '',
    hostName: `site-${n}-pc`,
    hostIp: formatIpv4(base.address + 10),
  };
}

export function siteAction(f: SiteForm, snap: EngineSnapshot | null): FormResult {
  const errors: FieldError[] = [];
  const name = f.name.trim();
  const existing = (snap?.resources.sites ?? []).map((s) => s.Name);
  if (!name) errors.push({ field: 'name', message: 'Site name: enter a name (allowed: any text not used by another site).' });
  else if (existing.includes(name)) errors.push({ field: 'name', message: `Site name: ${name} is taken (allowed: a name other than ${existing.join(', ')}).` });
  const cidrs = cidrList(f.cidrs, 'cidrs', 'Site CIDR blocks', true);
  if (!Array.isArray(cidrs)) errors.push(cidrs);
  const cgwIds = (snap?.resources.customerGateways ?? []).map((g) => g.CustomerGatewayId);
  if (f.customerGatewayId && !cgwIds.includes(f.customerGatewayId)) errors.push({ field: 'customerGatewayId', message: `Customer gateway: choose one (allowed: ${cgwIds.join(', ') || 'none'}).` });
  const hostName = f.hostName.trim();
  const hostIp = f.hostIp.trim();
  if (hostName || hostIp) {
    if (!hostName) errors.push({ field: 'hostName', message: 'Host name: enter a name, or clear the host IP to add no host.' });
    const ip = parseIpv4(hostIp);
    if (ip === null) errors.push({ field: 'hostIp', message: `Host IP address: ${hostIp || 'nothing'} is not an IPv4 address (allowed: ${IPV4_ALLOWED}).` });
    else if (Array.isArray(cidrs) && !cidrs.some((c) => { const p = parseIpv4Cidr(c); return p !== null && ipv4CidrsOverlap(p, { address: ip, prefixLength: 32 }); })) {
      errors.push({ field: 'hostIp', message: `Host IP address: ${hostIp} is outside the site (allowed: an address inside ${cidrs.join(', ')}).` });
    }
  }
  if (errors.length || !Array.isArray(cidrs)) return { ok: false, errors };
  return {
    ok: true,
    action: {
      type: 'CreateSite',
      Name: name,
      CidrBlocks: cidrs,
      ...(f.customerGatewayId ? { CustomerGatewayId: f.customerGatewayId } : {}),
      ...(hostName ? { Hosts: [{ Name: hostName, IpAddress: hostIp }] } : {}),
    },
    label: `Create site ${name}`,
  };
}
