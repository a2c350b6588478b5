/** Scenario preset `vpn-with-dx` (YAML text; listed in ./index.ts). */
export default `Name: Site-to-Site VPN as backup for Direct Connect
Description: The data centre reaches the VPC over Direct Connect and over a VPN connection on the same VGW; AWS prefers the Direct Connect path, and the VPN takes over when the Direct Connect link fails.
Region: us-east-1
Seed: 6
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    Subnets: [{ SubnetId: subnet-0a1b2c3d4e5f60001, CidrBlock: 10.0.1.0/24, Hosts: [{ Name: app-server, IpAddress: 10.0.1.10 }] }]
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60001, Main: true, PropagatingVgws: [vgw-1a2b3c4d] }]
VpnGateways:
  - { VpnGatewayId: vgw-1a2b3c4d, VpcAttachments: [{ VpcId: vpc-0a1b2c3d4e5f60001 }] }
DirectConnectGateways:
  - DirectConnectGatewayId: 5f3b7a1e-6c2d-4e8f-9a0b-1c2d3e4f5a60
    AmazonSideAsn: 64600
    AssociatedGatewayIds: [vgw-1a2b3c4d]
    AllowedPrefixes: [10.0.0.0/16]
    OnPremisesPrefixes: [172.16.0.0/16]
    VirtualInterfaceType: private
CustomerGateways:
  - { CustomerGatewayId: cgw-0400000000000000a, BgpAsn: 65200, IpAddress: 198.51.100.40 }
VpnConnections:
  - { VpnConnectionId: vpn-0400000000000000a, CustomerGatewayId: cgw-0400000000000000a, VpnGatewayId: vgw-1a2b3c4d }
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0400000000000000a
    Tunnels: [{ VpnConnectionId: vpn-0400000000000000a, TunnelNumber: 1 }, { VpnConnectionId: vpn-0400000000000000a, TunnelNumber: 2 }]
    Bgp: { AdvertisedPrefixes: [172.16.0.0/16] }
Sites:
  - { Name: data-centre, CustomerGatewayId: cgw-0400000000000000a, DirectConnectGatewayId: 5f3b7a1e-6c2d-4e8f-9a0b-1c2d3e4f5a60, CidrBlocks: [172.16.0.0/16], Hosts: [{ Name: dc-server, IpAddress: 172.16.1.10 }] }
Events:
  - At: 5m
    Action: { Type: FailDirectConnect, DirectConnectGatewayId: 5f3b7a1e-6c2d-4e8f-9a0b-1c2d3e4f5a60 }
    Note: Direct Connect goes down; the VPN routes take over.
`;
