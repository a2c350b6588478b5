/**
 * Builds a customer gateway device configuration that matches the AWS side of the imported
 * connections, so the imported setup comes up: same PSK, an IKE version and one transform of
 * each kind that AWS accepts (the first of AWS's list, R89), the AWS lifetimes, DPD on, BGP
 * with the customer gateway's ASN for dynamic connections, static routes for static ones.
 */
import type { CustomerGatewayDeviceSpec } from '../schema/deviceSchema';
import {
  ENCRYPTION_ALGORITHMS,
  INTEGRITY_ALGORITHMS,
  PHASE1_DH_GROUPS,
  PHASE2_DH_GROUPS,
} from '../schema/optionValues';
import type { TunnelOptionsInput } from '../schema/tunnelOptionsSchema';
import { compact } from './mapTunnelOptions';

type DeviceInput = Record<string, unknown> & { CustomerGatewayId: string };

export interface ImportedConnection {
  readonly VpnConnectionId: string;
  readonly staticRoutesOnly: boolean;
  readonly tunnels: readonly TunnelOptionsInput[];
  readonly certificateArn?: string;
}

/** First value of AWS's order (R68–R73) that the tunnel allows; values compared case-insensitively. */
function firstAllowed<T extends string | number>(order: readonly T[], allowed: readonly unknown[] | undefined): T {
  if (!allowed) return order[0] as T;
  const norm = (v: unknown) => String(v).toLowerCase();
  return order.find((o) => allowed.some((a) => norm(a) === norm(o))) ?? (order[0] as T);
}

export function synthesizeDevice(
  customerGatewayId: string,
  bgpAsn: number | undefined,
  connections: readonly ImportedConnection[],
): DeviceInput {
  const tunnels = connections.flatMap((c) =>
    c.tunnels.map((t, i) => {
      const ike = t.IKEVersions?.map((v) => String(v).toLowerCase());
      return compact({
        VpnConnectionId: c.VpnConnectionId,
        TunnelNumber: (i + 1) as 1 | 2,
        PreSharedKey: c.certificateArn === undefined ? t.PreSharedKey : undefined,
        CertificateArn: c.certificateArn,
        IkeVersion: !ike || ike.some((v) => v.includes('ikev2')) ? 'ikev2' : 'ikev1',
        Phase1Proposal: {
          EncryptionAlgorithms: [firstAllowed(ENCRYPTION_ALGORITHMS, t.Phase1EncryptionAlgorithms as unknown[])],
          IntegrityAlgorithms: [firstAllowed(INTEGRITY_ALGORITHMS, t.Phase1IntegrityAlgorithms as unknown[])],
          DHGroupNumbers: [firstAllowed(PHASE1_DH_GROUPS, t.Phase1DHGroupNumbers as unknown[])],
        },
        Phase2Proposal: {
          EncryptionAlgorithms: [firstAllowed(ENCRYPTION_ALGORITHMS, t.Phase2EncryptionAlgorithms as unknown[])],
          IntegrityAlgorithms: [firstAllowed(INTEGRITY_ALGORITHMS, t.Phase2IntegrityAlgorithms as unknown[])],
          DHGroupNumbers: [firstAllowed(PHASE2_DH_GROUPS, t.Phase2DHGroupNumbers as unknown[])],
          Pfs: true,
        },
        Phase1LifetimeSeconds: t.Phase1LifetimeSeconds,
        Phase2LifetimeSeconds: t.Phase2LifetimeSeconds,
        Dpd: { Enabled: true },
      });
    }),
  );
  const dynamic = connections.some((c) => !c.staticRoutesOnly);
  return compact({
    CustomerGatewayId: customerGatewayId,
    Vendor: 'Generic',
    Tunnels: tunnels,
    Bgp: dynamic ? compact({ Enabled: true, Asn: bgpAsn }) : undefined,
  }) as DeviceInput;
}

export type { CustomerGatewayDeviceSpec };
