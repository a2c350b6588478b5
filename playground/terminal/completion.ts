/**
 * Tab completion for the shell level: top commands, aws services, commands and options, the
 * values of ID options from the live engine, device ids for `connect` and `vpnlab config`.
 * Returns the candidate words for the last (partial) word.
 */
import type { Engine } from '../engine/engine';
import { DEVICE_CONFIG_IDS } from '../engine/deviceConfig/types';
import { GLOBAL_OPTIONS } from './aws/commandSpec';
import { commandsOf, findCommand, SERVICES } from './aws/commandTable';

export const TOP_COMMANDS = ['aws', 'clear', 'config', 'connect', 'device', 'devices', 'help', 'history', 'vpnlab'] as const;

function idValues(option: string, engine: Engine | null, typed: readonly string[]): string[] {
  if (!engine) return [];
  const w = engine.world();
  const conns = [...w.connections.values()].filter((c) => c.state !== 'deleted');
  if (option.includes('vpn-connection-id')) return conns.map((c) => c.id);
  if (option === 'customer-gateway-id' || option === 'customer-gateway-ids') return [...w.customerGateways.keys()];
  if (option.startsWith('vpn-gateway-id') || option === 'gateway-id') return [...w.vpnGateways.keys()];
  if (option.startsWith('transit-gateway-id')) return [...w.transitGateways.keys()];
  if (option === 'vpc-id') return [...w.vpcIds];
  if (option.startsWith('route-table-id')) return w.vpcs.flatMap((v) => (v.RouteTables ?? []).map((r) => r.RouteTableId));
  if (option === 'vpn-connection-device-type-id') return [...DEVICE_CONFIG_IDS];
  if (option === 'vpn-tunnel-outside-ip-address') {
    const i = typed.indexOf('--vpn-connection-id');
    const id = i >= 0 ? typed[i + 1] : undefined;
    return conns.filter((c) => !id || c.id === id).flatMap((c) => c.tunnels.map((t) => t.outsideIpAddress));
  }
  return [];
}

function awsCandidates(typed: readonly string[], engine: Engine | null): string[] {
  // typed: the words after `aws`, without the partial word.
  const words = typed.filter((w, i) => !(w === '--output' || typed[i - 1] === '--output'));
  if (words.length === 0) return [...SERVICES, 'help'];
  const service = words[0] as string;
  if (words.length === 1) return [...commandsOf(service).map((c) => c.name), 'help'];
  const cmd = findCommand(service, words[1] as string);
  if (!cmd) return [];
  const last = typed[typed.length - 1] ?? '';
  if (last.startsWith('--')) {
    const name = last.slice(2);
    const spec = [...cmd.params, ...GLOBAL_OPTIONS].find((p) => p.name === name);
    if (spec && spec.type !== 'boolean') return spec.choices ? [...spec.choices] : idValues(name, engine, typed);
  }
  const used = new Set(typed.filter((w) => w.startsWith('--')));
  return [...cmd.params, ...GLOBAL_OPTIONS.slice(0, 1)].map((p) => `--${p.name}`).filter((o) => !used.has(o));
}

function configCandidates(typed: readonly string[], engine: Engine | null): string[] {
  const last = typed[typed.length - 1];
  if (last === '--connection') return engine ? [...engine.world().connections.values()].filter((c) => c.state !== 'deleted').map((c) => c.id) : [];
  if (last === '--ike-version') return ['ikev1', 'ikev2'];
  if (typed.length === 0) return ['--list', 'apply', ...DEVICE_CONFIG_IDS];
  if (typed.length === 1 && typed[0] === 'apply') return [...DEVICE_CONFIG_IDS];
  return ['--connection', '--ike-version'].filter((o) => !typed.includes(o));
}

/** Candidate words for `partial` after the complete words `typed` at the shell prompt. */
export function shellCandidates(typed: readonly string[], partial: string, engine: Engine | null): string[] {
  let all: string[] = [];
  const [head, ...rest] = typed;
  if (head === undefined) all = [...TOP_COMMANDS];
  else if (head === 'aws') all = awsCandidates(rest, engine);
  else if ((head === 'connect' || head === 'device') && rest.length === 0) all = engine ? [...engine.world().customerGateways.keys()] : [];
  else if (head === 'vpnlab') all = rest.length === 0 ? ['config'] : rest[0] === 'config' ? configCandidates(rest.slice(1), engine) : [];
  else if (head === 'config') all = configCandidates(rest, engine);
  return [...new Set(all.filter((c) => c.startsWith(partial)))].sort();
}
