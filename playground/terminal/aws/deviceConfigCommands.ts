/** get-vpn-connection-device-types / get-vpn-connection-device-sample-configuration (R273, R276). */
import { generateDeviceConfig, getVpnConnectionDeviceTypes } from '../../engine/deviceConfig/index';
import { generateInputFor } from '../deviceConfigInput';
import { engineErrors, serviceError } from './awsErrors';
import { p, req, type CommandSpec } from './commandSpec';

export const deviceConfigCommands: CommandSpec[] = [
  {
    service: 'ec2', name: 'get-vpn-connection-device-types', operation: 'GetVpnConnectionDeviceTypes',
    help: 'Lists the devices a sample configuration can be downloaded for (R273).',
    params: [p('max-results', 'MaxResults', 'integer', 'Ignored: all device types are returned.')],
    run: () => ({ ok: true, data: getVpnConnectionDeviceTypes() }),
  },
  {
    service: 'ec2', name: 'get-vpn-connection-device-sample-configuration', operation: 'GetVpnConnectionDeviceSampleConfiguration',
    help: 'Downloads the device configuration of a VPN connection for one device type (R273).',
    params: [
      req('vpn-connection-id', 'VpnConnectionId', 'string', 'The ID of the VPN connection.'),
      req('vpn-connection-device-type-id', 'VpnConnectionDeviceTypeId', 'string', 'A device type ID from get-vpn-connection-device-types.'),
      p('internet-key-exchange-version', 'InternetKeyExchangeVersion', 'string', 'ikev1 or ikev2.', { choices: ['ikev1', 'ikev2'] }),
    ],
    run: (ctx, a) => {
      const op = 'GetVpnConnectionDeviceSampleConfiguration';
      const found = generateInputFor(ctx.engine, String(a['VpnConnectionId']));
      if (!found.ok) return { ok: false, result: serviceError(op, found.code, found.message) };
      const ike = a['InternetKeyExchangeVersion'];
      const g = generateDeviceConfig(String(a['VpnConnectionDeviceTypeId']), { ...found.input, ...(ike === 'ikev1' || ike === 'ikev2' ? { ikeVersion: ike } : {}) });
      if (!g.ok) return { ok: false, result: engineErrors(op, g.errors) };
      return { ok: true, data: { VpnConnectionDeviceSampleConfiguration: g.text } };
    },
  },
];
