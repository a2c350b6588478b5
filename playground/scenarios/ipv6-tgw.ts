/** Scenario preset `ipv6-tgw` (YAML text; listed in ./index.ts). */
export default `Name: IPv6 inside the tunnels on a transit gateway
Description: A VPN connection on a transit gateway that carries IPv6 traffic; each tunnel has an inside /30 and an inside /126 from fd00::/8, while the outside addresses stay IPv4.
Region: us-east-1
Seed: 9
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    Ipv6CidrBlock: 2600:1f18:1234:5600::/56
    Subnets: [{ SubnetId: subnet-0a1b2c3d4e5f60001, CidrBlock: 10.0.1.0/24, Ipv6CidrBlock: 2600:1f18:1234:5601::/64 }]
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60001, Main: true, Routes: [{ DestinationCidrBlock: "2001:db8:100::/48", TransitGatewayId: tgw-0262a0e521example }] }]
TransitGateways:
  - { TransitGatewayId: tgw-0262a0e521example, Options: { AmazonSideAsn: 64516 } }
TransitGatewayAttachments:
  - { TransitGatewayAttachmentId: tgw-attach-0a1b2c3d4e5f60001, TransitGatewayId: tgw-0262a0e521example, ResourceType: vpc, ResourceId: vpc-0a1b2c3d4e5f60001 }
CustomerGateways:
  - { CustomerGatewayId: cgw-0700000000000000a, BgpAsn: 65500, IpAddress: 203.0.113.70 }
VpnConnections:
  - VpnConnectionId: vpn-0700000000000000a
    CustomerGatewayId: cgw-0700000000000000a
    TransitGatewayId: tgw-0262a0e521example
    Options:
      TunnelInsideIpVersion: ipv6
      TunnelOptions:
        - { TunnelInsideIpv6Cidr: "fd00:1:2:3::/126" }
        - { TunnelInsideIpv6Cidr: "fd00:1:2:3::4/126" }
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0700000000000000a
    Tunnels: [{ VpnConnectionId: vpn-0700000000000000a, TunnelNumber: 1 }, { VpnConnectionId: vpn-0700000000000000a, TunnelNumber: 2 }]
    Bgp: { AdvertisedPrefixes: ["2001:db8:100::/48"] }
Sites:
  - { Name: campus, CustomerGatewayId: cgw-0700000000000000a, CidrBlocks: ["2001:db8:100::/48"] }
`;
