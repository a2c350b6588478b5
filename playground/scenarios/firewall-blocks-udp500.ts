/** Scenario broken starter `firewall-blocks-udp500` (YAML text; listed in ./index.ts). */
export default `Name: "Broken: firewall blocks UDP 500"
Description: "A firewall in front of the device drops IKE on UDP port 500, so no tunnel can start negotiating. Open UDP 500 (and UDP 4500 for NAT-T)."
Region: us-east-1
Seed: 106
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
      - { VpnConnectionId: vpn-04d5cc9b88example, TunnelNumber: 1 }
      - { VpnConnectionId: vpn-04d5cc9b88example, TunnelNumber: 2 }
    Bgp: { AdvertisedPrefixes: [192.168.0.0/16] }
    Firewall: { BlockUdp500: true }
Sites:
  - Name: branch
    CustomerGatewayId: cgw-0e11f167e1f1a8d2c
    CidrBlocks: [192.168.0.0/16]
    Hosts: [{ Name: branch-pc, IpAddress: 192.168.1.20 }]
`;
