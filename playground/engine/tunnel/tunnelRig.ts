import { Kernel } from '../core/kernel';
import { createRng } from '../core/seededRandom';
import { AWS_ORDER } from '../ike/proposalSelection';
import type { PeerConfig } from '../ike/ikeTypes';
import { TunnelHost, runHostItem, type KernelItem, type PathConditions } from './tunnelHost';
import type { AwsTunnelPolicy, DevicePolicy, TunnelNote } from './tunnelTypes';

/** A single tunnel in isolation (two peers, one path): for exchange tests, docs and labs. */
export interface RigOptions {
  aws?: Partial<Omit<AwsTunnelPolicy, 'peer'>> & { peer?: Partial<PeerConfig> };
  cgw?: (Partial<Omit<DevicePolicy, 'peer'>> & { peer?: Partial<PeerConfig> }) | null;
  path?: Partial<PathConditions>;
  seed?: number;
}

export const AWS_OUTSIDE_IP = '203.0.113.10';
export const CGW_IP = '198.51.100.7';

export function defaultAwsPolicy(): AwsTunnelPolicy {
  return {
    peer: {
      side: 'aws', psk: 'awsSharedKey1', ikeVersions: ['ikev1', 'ikev2'],
      phase1: { encryption: [...AWS_ORDER.encryption], integrity: [...AWS_ORDER.integrity], dhGroups: [...AWS_ORDER.phase1Dh] },
      phase2: { encryption: [...AWS_ORDER.encryption], integrity: [...AWS_ORDER.integrity], dhGroups: [...AWS_ORDER.phase2Dh], pfs: true },
      localTs: '0.0.0.0/0', remoteTs: '0.0.0.0/0', ownAddress: AWS_OUTSIDE_IP,
    },
    phase1LifetimeS: 28800, phase2LifetimeS: 3600, rekeyMarginS: 270, rekeyFuzzPct: 100,
    dpdTimeoutS: 40, dpdAction: 'clear', startupAction: 'add', cgwIp: CGW_IP, forceNatT: false, authMethod: 'psk',
  };
}

export function defaultDevicePolicy(): DevicePolicy {
  return {
    peer: {
      side: 'cgw', psk: 'awsSharedKey1', ikeVersions: ['ikev2'],
      phase1: { encryption: ['AES256', 'AES128'], integrity: ['SHA2-256', 'SHA1'], dhGroups: [14, 2] },
      phase2: { encryption: ['AES256', 'AES128'], integrity: ['SHA2-256', 'SHA1'], dhGroups: [14, 2], pfs: true },
      localTs: '0.0.0.0/0', remoteTs: '0.0.0.0/0', ownAddress: CGW_IP,
    },
    ikeVersion: 'ikev2', initiates: true, dpdEnabled: true, dpdIntervalMs: 10_000, dpdRetries: 3, natTraversal: true, seenAddress: CGW_IP,
  };
}

export const openPath = (): PathConditions => ({ pathUp: true, deviceUp: true, endpointUp: true, lossPct: 0, latencyMs: 20, blockUdp500: false, blockUdp4500: false, blockEsp: false });

export class TunnelRig {
  readonly kernel: Kernel<KernelItem>;
  readonly host: TunnelHost;
  readonly notes: { t: number; note: TunnelNote }[] = [];
  aws: AwsTunnelPolicy;
  cgw: DevicePolicy | undefined;
  path: PathConditions;

  constructor(opts: RigOptions = {}) {
    const a = defaultAwsPolicy();
    const c = defaultDevicePolicy();
    this.aws = { ...a, ...opts.aws, peer: { ...a.peer, ...opts.aws?.peer } };
    this.cgw = opts.cgw === null ? undefined : { ...c, ...opts.cgw, peer: { ...c.peer, ...opts.cgw?.peer } };
    this.path = { ...openPath(), ...opts.path };
    const rng = createRng(opts.seed ?? 1);
    this.kernel = new Kernel<KernelItem>(opts.seed ?? 1, runHostItem);
    this.host = new TunnelHost(this.kernel, () => ({ aws: this.aws, cgw: this.cgw }), () => this.path, () => rng.next(), (note) => this.notes.push({ t: this.kernel.now(), note }));
  }

  start(): this {
    this.host.input({ type: 'start' });
    return this;
  }

  setPath(p: Partial<PathConditions>): void {
    this.path = { ...this.path, ...p };
    this.host.refreshDataPlane();
  }

  logs(): string[] {
    return this.notes.flatMap((n) => (n.note.type === 'vpnLog' ? [n.note.messageId] : []));
  }

  ladder(): string[] {
    return this.host.trace.map((e) => `${e.direction === 'cgw->aws' ? '-->' : '<--'} ${e.exchange}#${e.messageId} ${e.payloads}${e.dropped ? ' [dropped]' : ''}`);
  }
}
