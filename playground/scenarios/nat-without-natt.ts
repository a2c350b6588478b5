/** Scenario broken starter `nat-without-natt` (YAML text; listed in ./index.ts). */
export default `Name: "Broken: device behind NAT without NAT traversal"
Description: "The device sits behind a NAT device (public IP 203.0.113.12) but has NAT traversal switched off, so ESP cannot cross the NAT and traffic never flows. Turn NAT-T on and allow UDP 4500."
Region: us-east-1
Seed: 107
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
      StaticRoutesOnly: false
      TunnelOptions:
        - { TunnelInsideCidr: 169.254.44.232/30 }
        - { TunnelInsideCidr: 169.254.44.36/30 }
CustomerGatewayDevices:
  - CustomerGatewayId: cgw-0e11f167e1f1a8d2c
    Tunnels:
      - { VpnConnectionId: vpn-04d5cc9b88example, TunnelNumber: 1, NatTraversal: false }
      - { VpnConnectionId: vpn-04d5cc9b88example, TunnelNumber: 2, NatTraversal: false }
    Bgp: { AdvertisedPrefixes: [192.168.0.0/16] }
    Nat: { Enabled: true, PublicIpAddress: 203.0.113.12, PrivateIpAddress: 10.10.0.2 }
Sites:
  - Name: branch
    CustomerGatewayId: cgw-0e11f167e1f1a8d2c
    CidrBlocks: [192.168.0.0/16]
    Hosts: [{ Name: branch-pc, IpAddress: 192.168.1.20 }]
`;
