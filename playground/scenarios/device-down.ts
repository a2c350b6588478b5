/** Scenario broken starter `device-down` (YAML text; listed in ./index.ts). */
export default `Name: "Broken: customer gateway device goes down (DPD)"
Description: "Everything is healthy until the device fails at 2 minutes; AWS stops receiving anything, dead peer detection times out after the DPD timeout and both tunnels go DOWN. Restore the device."
Region: us-east-1
Seed: 105
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
Sites:
  - Name: branch
    CustomerGatewayId: cgw-0e11f167e1f1a8d2c
    CidrBlocks: [192.168.0.0/16]
    Hosts: [{ Name: branch-pc, IpAddress: 192.168.1.20 }]
Events:
  - At: 2m
    Action: { Type: FailDevice, CustomerGatewayId: cgw-0e11f167e1f1a8d2c }
    Note: The device loses power; DPD declares the peer dead.
`;
