/** Scenario preset `redundant-cgw` (YAML text; listed in ./index.ts). */
export default `Name: Redundant customer gateways
Description: Two customer gateway devices at one site, each with its own VPN connection to the same VGW; BGP prefers the first device and fails over to the second (four tunnels in all).
Region: us-east-1
Seed: 3
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    Subnets: [{ SubnetId: subnet-0a1b2c3d4e5f60001, CidrBlock: 10.0.1.0/24, Hosts: [{ Name: app-server, IpAddress: 10.0.1.10 }] }]
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60001, Main: true, PropagatingVgws: [vgw-1a2b3c4d] }]
VpnGateways:
  - { VpnGatewayId: vgw-1a2b3c4d, VpcAttachments: [{ VpcId: vpc-0a1b2c3d4e5f60001 }] }
CustomerGateways:
  - { CustomerGatewayId: cgw-0100000000000000a, BgpAsn: 65000, IpAddress: 203.0.113.12, DeviceName: router-a }
  - { CustomerGatewayId: cgw-0100000000000000b, BgpAsn: 65000, IpAddress: 203.0.113.13, DeviceName: router-b }
VpnConnections:
  - { VpnConnectionId: vpn-0100000000000000a, CustomerGatewayId: cgw-0100000000000000a, VpnGatewayId: vgw-1a2b3c4d }
  - { VpnConnectionId: vpn-0100000000000000b, CustomerGatewayId: cgw-0100000000000000b, VpnGatewayId: vgw-1a2b3c4d }
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0100000000000000a
    Tunnels:
      - { VpnConnectionId: vpn-0100000000000000a, TunnelNumber: 1 }
      - { VpnConnectionId: vpn-0100000000000000a, TunnelNumber: 2 }
    Bgp: { AdvertisedPrefixes: [192.168.0.0/16] }
  - CustomerGatewayId: cgw-0100000000000000b
    Tunnels:
      - { VpnConnectionId: vpn-0100000000000000b, TunnelNumber: 1 }
      - { VpnConnectionId: vpn-0100000000000000b, TunnelNumber: 2 }
    Bgp: { AdvertisedPrefixes: [192.168.0.0/16], AsPathPrepend: 2 }
Sites:
  - { Name: headquarters, CustomerGatewayId: cgw-0100000000000000a, CidrBlocks: [192.168.0.0/16], Hosts: [{ Name: hq-pc, IpAddress: 192.168.1.20 }] }
Events:
  - At: 10m
    Action: { Type: FailDevice, CustomerGatewayId: cgw-0100000000000000a }
    Note: The preferred device fails; traffic moves to router-b.
`;
