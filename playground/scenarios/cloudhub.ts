/** Scenario preset `cloudhub` (YAML text; listed in ./index.ts). */
export default `Name: VPN CloudHub with three sites
Description: Three branch offices, each with its own customer gateway and unique ASN, connect to one VGW; the VGW re-advertises each site's prefix to the others so the branches reach each other through AWS.
Region: us-east-1
Seed: 5
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60001, Main: true, PropagatingVgws: [vgw-1a2b3c4d] }]
VpnGateways:
  - { VpnGatewayId: vgw-1a2b3c4d, AmazonSideAsn: 64512, VpcAttachments: [{ VpcId: vpc-0a1b2c3d4e5f60001 }] }
CustomerGateways:
  - { CustomerGatewayId: cgw-0300000000000000a, BgpAsn: 65001, IpAddress: 203.0.113.21, DeviceName: new-york }
  - { CustomerGatewayId: cgw-0300000000000000b, BgpAsn: 65002, IpAddress: 203.0.113.22, DeviceName: chicago }
  - { CustomerGatewayId: cgw-0300000000000000c, BgpAsn: 65003, IpAddress: 203.0.113.23, DeviceName: seattle }
VpnConnections:
  - { VpnConnectionId: vpn-0300000000000000a, CustomerGatewayId: cgw-0300000000000000a, VpnGatewayId: vgw-1a2b3c4d }
  - { VpnConnectionId: vpn-0300000000000000b, CustomerGatewayId: cgw-0300000000000000b, VpnGatewayId: vgw-1a2b3c4d }
  - { VpnConnectionId: vpn-0300000000000000c, CustomerGatewayId: cgw-0300000000000000c, VpnGatewayId: vgw-1a2b3c4d }
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0300000000000000a
    Tunnels: [{ VpnConnectionId: vpn-0300000000000000a, TunnelNumber: 1 }, { VpnConnectionId: vpn-0300000000000000a, TunnelNumber: 2 }]
    Bgp: { AdvertisedPrefixes: [10.1.0.0/16] }
  - CustomerGatewayId: cgw-0300000000000000b
    Tunnels: [{ VpnConnectionId: vpn-0300000000000000b, TunnelNumber: 1 }, { VpnConnectionId: vpn-0300000000000000b, TunnelNumber: 2 }]
    Bgp: { AdvertisedPrefixes: [10.2.0.0/16] }
  - CustomerGatewayId: cgw-0300000000000000c
    Tunnels: [{ VpnConnectionId: vpn-0300000000000000c, TunnelNumber: 1 }, { VpnConnectionId: vpn-0300000000000000c, TunnelNumber: 2 }]
    Bgp: { AdvertisedPrefixes: [10.3.0.0/16] }
Sites:
  - { Name: new-york, CustomerGatewayId: cgw-0300000000000000a, CidrBlocks: [10.1.0.0/16], Hosts: [{ Name: ny-pc, IpAddress: 10.1.0.10 }] }
  - { Name: chicago, CustomerGatewayId: cgw-0300000000000000b, CidrBlocks: [10.2.0.0/16], Hosts: [{ Name: chi-pc, IpAddress: 10.2.0.10 }] }
  - { Name: seattle, CustomerGatewayId: cgw-0300000000000000c, CidrBlocks: [10.3.0.0/16], Hosts: [{ Name: sea-pc, IpAddress: 10.3.0.10 }] }
`;
