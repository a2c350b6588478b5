/**
 * Device settings the guide says must match the connection type: an accelerated connection
 * needs NAT traversal on the device (R142; a downloaded configuration may have it wrong).
 * A warning, not an error: the AWS side accepts the connection, the tunnel just will not work.
 */
import type { Scenario } from './scenarioSchema';
import { validationError, type ValidationError } from './validationError';

export function checkDevices(s: Scenario): ValidationError[] {
  const accelerated = new Set(
    (s.VpnConnections ?? []).filter((c) => c.Options?.EnableAcceleration === true).map((c) => c.VpnConnectionId),
  );
  const out: ValidationError[] = [];
  (s.CustomerGatewayDevices ?? []).forEach((d, i) =>
    (d.Tunnels ?? []).forEach((t, j) => {
      if (accelerated.has(t.VpnConnectionId) && t.NatTraversal === false) {
        out.push(
          validationError(
            'NatTraversalRequired',
            ['CustomerGatewayDevices', i, 'Tunnels', j, 'NatTraversal'],
            `${t.VpnConnectionId} is accelerated; NAT traversal is required on the device (R142)`,
            { value: false, allowed: 'true' },
          ),
        );
      }
    }),
  );
  return out;
}
