/** Scenario preset `accelerated` (YAML text; listed in ./index.ts). */
export default `Name: Accelerated VPN connection
Description: A VPN connection on a transit gateway with acceleration enabled; traffic enters AWS at the nearest edge location through Global Accelerator. NAT traversal is required and the device must initiate IKE.
Region: us-east-1
Seed: 8
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    Subnets: [{ SubnetId: subnet-0a1b2c3d4e5f60001, CidrBlock: 10.0.1.0/24, Hosts: [{ Name: app-server, IpAddress: 10.0.1.10 }] }]
    RouteTables: [{ RouteTableId: rtb-0a1b2c3d4e5f60001, Main: true, Routes: [{ DestinationCidrBlock: 192.168.0.0/16, TransitGatewayId: tgw-0262a0e521example }] }]
TransitGateways:
  - { TransitGatewayId: tgw-0262a0e521example, Options: { AmazonSideAsn: 64516 } }
TransitGatewayAttachments:
  - { TransitGatewayAttachmentId: tgw-attach-0a1b2c3d4e5f60001, TransitGatewayId: tgw-0262a0e521example, ResourceType: vpc, ResourceId: vpc-0a1b2c3d4e5f60001 }
CustomerGateways:
  - { CustomerGatewayId: cgw-0600000000000000a, BgpAsn: 65400, IpAddress: 203.0.113.60 }
VpnConnections:
  - VpnConnectionId: vpn-0600000000000000a
    CustomerGatewayId: cgw-0600000000000000a
    TransitGatewayId: tgw-0262a0e521example
    Options:
      EnableAcceleration: true
      TunnelOptions:
        - { StartupAction: add, DPDTimeoutAction: clear }
        - { StartupAction: add, DPDTimeoutAction: clear }
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0600000000000000a
    Tunnels:
      - { VpnConnectionId: vpn-0600000000000000a, TunnelNumber: 1, NatTraversal: true }
      - { VpnConnectionId: vpn-0600000000000000a, TunnelNumber: 2, NatTraversal: true }
    Bgp: { AdvertisedPrefixes: [192.168.0.0/16] }
Sites:
  - { Name: remote-office, CustomerGatewayId: cgw-0600000000000000a, CidrBlocks: [192.168.0.0/16], Hosts: [{ Name: office-pc, IpAddress: 192.168.1.20 }] }
`;
