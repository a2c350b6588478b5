/** Scenario preset `multi-site-tgw-ecmp` (YAML text; listed in ./index.ts). */
export default `Name: Two sites on a transit gateway with ECMP
Description: Two VPN connections from one data centre to a transit gateway with VpnEcmpSupport enabled; equal BGP paths spread traffic over all four tunnels for more bandwidth.
Region: us-east-1
Seed: 4
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    Subnets: [{ SubnetId: subnet-0a1b2c3d4e5f60001, CidrBlock: 10.0.1.0/24, Hosts: [{ Name: app-server, IpAddress: 10.0.1.10 }] }]
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60001, Main: true, Routes: [{ DestinationCidrBlock: 172.16.0.0/12, TransitGatewayId: tgw-0262a0e521example }] }]
TransitGateways:
  - TransitGatewayId: tgw-0262a0e521example
    Options: { AmazonSideAsn: 64516, VpnEcmpSupport: enable }
TransitGatewayAttachments:
  - { TransitGatewayAttachmentId: tgw-attach-0a1b2c3d4e5f60001, TransitGatewayId: tgw-0262a0e521example, ResourceType: vpc, ResourceId: vpc-0a1b2c3d4e5f60001 }
CustomerGateways:
  - { CustomerGatewayId: cgw-0200000000000000a, BgpAsn: 65100, IpAddress: 198.51.100.10 }
  - { CustomerGatewayId: cgw-0200000000000000b, BgpAsn: 65100, IpAddress: 198.51.100.11 }
VpnConnections:
  - { VpnConnectionId: vpn-0200000000000000a, CustomerGatewayId: cgw-0200000000000000a, TransitGatewayId: tgw-0262a0e521example }
  - { VpnConnectionId: vpn-0200000000000000b, CustomerGatewayId: cgw-0200000000000000b, TransitGatewayId: tgw-0262a0e521example }
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0200000000000000a
    Tunnels:
      - { VpnConnectionId: vpn-0200000000000000a, TunnelNumber: 1 }
      - { VpnConnectionId: vpn-0200000000000000a, TunnelNumber: 2 }
    Bgp: { AdvertisedPrefixes: [172.16.0.0/12] }
  - CustomerGatewayId: cgw-0200000000000000b
    Tunnels:
      - { VpnConnectionId: vpn-0200000000000000b, TunnelNumber: 1 }
      - { VpnConnectionId: vpn-0200000000000000b, TunnelNumber: 2 }
    Bgp: { AdvertisedPrefixes: [172.16.0.0/12] }
Sites:
  - { Name: data-centre, CustomerGatewayId: cgw-0200000000000000a, CidrBlocks: [172.16.0.0/12], Hosts: [{ Name: dc-db, IpAddress: 172.16.5.5 }] }
`;
