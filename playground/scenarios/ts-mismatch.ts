/** Scenario broken starter `ts-mismatch` (YAML text; listed in ./index.ts). */
export default `Name: "Broken: traffic selector mismatch"
Description: "The connection allows only 192.168.0.0/16 to 10.0.0.0/16, but the policy-based device proposes 192.168.10.0/24 to 10.99.0.0/16, so the IPsec SA is refused (IKEv2 TS_UNACCEPTABLE). Align the selectors."
Region: us-east-1
Seed: 103
Vpcs:
  - VpcId: vpc-0a1b2c3d4e5f60001
    CidrBlock: 10.0.0.0/16
    Subnets:
      - SubnetId: subnet-0a1b2c3d4e5f60001
        CidrBlock: 10.0.1.0/24
        Hosts: [{ Name: app-server, IpAddress: 10.0.1.10 }]
    RouteTables:
      - RouteTableId: rtb-0a1b2c3d4e5f60001
        Main: true
        PropagatingVgws: [vgw-1a2b3c4d]
VpnGateways:
  - VpnGatewayId: vgw-1a2b3c4d
    VpcAttachments: [{ VpcId: vpc-0a1b2c3d4e5f60001 }]
CustomerGateways:
  - CustomerGatewayId: cgw-0e11f167e1f1a8d2c
    BgpAsn: 65000
    IpAddress: 203.0.113.12
VpnConnections:
  - VpnConnectionId: vpn-04d5cc9b88example
    CustomerGatewayId: cgw-0e11f167e1f1a8d2c
    VpnGatewayId: vgw-1a2b3c4d
    Options:
      StaticRoutesOnly: true
      LocalIpv4NetworkCidr: 192.168.0.0/16
      RemoteIpv4NetworkCidr: 10.0.0.0/16
    Routes: [{ DestinationCidrBlock: 192.168.0.0/16 }]
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0e11f167e1f1a8d2c
    Tunnels:
      - { VpnConnectionId: vpn-04d5cc9b88example, TunnelNumber: 1, IkeVersion: ikev2, TrafficSelectors: { Local: 192.168.10.0/24, Remote: 10.99.0.0/16 } }
      - { VpnConnectionId: vpn-04d5cc9b88example, TunnelNumber: 2, IkeVersion: ikev2, TrafficSelectors: { Local: 192.168.10.0/24, Remote: 10.99.0.0/16 } }
    Bgp: { Enabled: false }
    StaticRoutes: [{ DestinationCidrBlock: 10.0.0.0/16, VpnConnectionId: vpn-04d5cc9b88example, TunnelNumber: 1 }]
Sites:
  - Name: branch
    CustomerGatewayId: cgw-0e11f167e1f1a8d2c
    CidrBlocks: [192.168.0.0/16]
    Hosts: [{ Name: branch-pc, IpAddress: 192.168.1.20 }]
`;
