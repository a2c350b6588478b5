/** Scenario preset `dx-private-ip` (YAML text; listed in ./index.ts). */
export default `Name: Private IP VPN over Direct Connect
Description: An IPsec VPN whose outside addresses are private, carried over a Direct Connect gateway attachment of a transit gateway (OutsideIpAddressType PrivateIpv4) to encrypt traffic on the Direct Connect link.
Region: us-east-1
Seed: 7
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    Subnets: [{ SubnetId: subnet-0a1b2c3d4e5f60001, CidrBlock: 10.0.1.0/24, Hosts: [{ Name: app-server, IpAddress: 10.0.1.10 }] }]
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60001, Main: true, Routes: [{ DestinationCidrBlock: 172.16.0.0/16, TransitGatewayId: tgw-0262a0e521example }] }]
TransitGateways:
  - TransitGatewayId: tgw-0262a0e521example
    Options: { AmazonSideAsn: 64516, TransitGatewayCidrBlocks: [10.100.0.0/24] }
DirectConnectGateways:
  - DirectConnectGatewayId: 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d
    AmazonSideAsn: 64600
    AssociatedGatewayIds: [tgw-0262a0e521example]
    AllowedPrefixes: [10.100.0.0/24]
    OnPremisesPrefixes: [172.31.0.0/24]
    VirtualInterfaceType: transit
TransitGatewayAttachments:
  - { TransitGatewayAttachmentId: tgw-attach-0a1b2c3d4e5f60001, TransitGatewayId: tgw-0262a0e521example, ResourceType: vpc, ResourceId: vpc-0a1b2c3d4e5f60001 }
  - { TransitGatewayAttachmentId: tgw-attach-0d0d0d0d0d0d0d0d0, TransitGatewayId: tgw-0262a0e521example, ResourceType: direct-connect-gateway, ResourceId: 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d }
CustomerGateways:
  - { CustomerGatewayId: cgw-0500000000000000a, BgpAsn: 65300, IpAddress: 172.31.0.10 }
VpnConnections:
  - VpnConnectionId: vpn-0500000000000000a
    CustomerGatewayId: cgw-0500000000000000a
    TransitGatewayId: tgw-0262a0e521example
    Options:
      OutsideIpAddressType: PrivateIpv4
      TransportTransitGatewayAttachmentId: tgw-attach-0d0d0d0d0d0d0d0d0
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0500000000000000a
    Tunnels: [{ VpnConnectionId: vpn-0500000000000000a, TunnelNumber: 1 }, { VpnConnectionId: vpn-0500000000000000a, TunnelNumber: 2 }]
    Bgp: { AdvertisedPrefixes: [172.16.0.0/16] }
Sites:
  - { Name: data-centre, CustomerGatewayId: cgw-0500000000000000a, DirectConnectGatewayId: 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d, CidrBlocks: [172.16.0.0/16], Hosts: [{ Name: dc-server, IpAddress: 172.16.1.10 }] }
`;
