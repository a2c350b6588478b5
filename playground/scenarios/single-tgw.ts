/** Scenario preset `single-tgw` (YAML text; listed in ./index.ts). */
export default `Name: Single VPN connection on a transit gateway
Description: One customer gateway with a dynamic VPN attachment on a transit gateway that joins two VPCs.
Region: us-east-1
Seed: 2
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    Subnets: [{ SubnetId: subnet-0a1b2c3d4e5f60001, CidrBlock: 10.0.1.0/24, Hosts: [{ Name: app-a, IpAddress: 10.0.1.10 }] }]
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60001, Main: true, Routes: [{ DestinationCidrBlock: 192.168.0.0/16, TransitGatewayId: tgw-0262a0e521example }] }]
  - VpcId: vpc-0a1b2c3d4e5f60002
    CidrBlock: 10.1.0.0/16
    Subnets: [{ SubnetId: subnet-0a1b2c3d4e5f60002, CidrBlock: 10.1.1.0/24, Hosts: [{ Name: app-b, IpAddress: 10.1.1.10 }] }]
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60002, Main: true, Routes: [{ DestinationCidrBlock: 192.168.0.0/16, TransitGatewayId: tgw-0262a0e521example }] }]
TransitGateways:
  - TransitGatewayId: tgw-0262a0e521example
    Options: { AmazonSideAsn: 64516, VpnEcmpSupport: enable, DefaultRouteTableAssociation: enable, DefaultRouteTablePropagation: enable }
TransitGatewayAttachments:
  - { TransitGatewayAttachmentId: tgw-attach-0a1b2c3d4e5f60001, TransitGatewayId: tgw-0262a0e521example, ResourceType: vpc, ResourceId: vpc-0a1b2c3d4e5f60001 }
  - { TransitGatewayAttachmentId: tgw-attach-0a1b2c3d4e5f60002, TransitGatewayId: tgw-0262a0e521example, ResourceType: vpc, ResourceId: vpc-0a1b2c3d4e5f60002 }
CustomerGateways:
  - { CustomerGatewayId: cgw-0a7c3b9d5e6f01234, BgpAsn: 65010, IpAddress: 198.51.100.7 }
VpnConnections:
  - VpnConnectionId: vpn-0b2c3d4e5f6a70001
    CustomerGatewayId: cgw-0a7c3b9d5e6f01234
    TransitGatewayId: tgw-0262a0e521example
    Options: { StaticRoutesOnly: false }
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0a7c3b9d5e6f01234
    Tunnels:
      - { VpnConnectionId: vpn-0b2c3d4e5f6a70001, TunnelNumber: 1 }
      - { VpnConnectionId: vpn-0b2c3d4e5f6a70001, TunnelNumber: 2 }
    Bgp: { AdvertisedPrefixes: [192.168.0.0/16] }
Sites:
  - { Name: headquarters, CustomerGatewayId: cgw-0a7c3b9d5e6f01234, CidrBlocks: [192.168.0.0/16], Hosts: [{ Name: hq-pc, IpAddress: 192.168.1.20 }] }
`;
