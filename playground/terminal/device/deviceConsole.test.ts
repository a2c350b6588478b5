import { describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { presetSession } from '../testEngine';
import { TerminalSession } from '../terminalSession';

const CGW = 'cgw-0e11f167e1f1a8d2c';

function device(preset: string, platform?: string) {
  const { session, engine } = presetSession(preset);
  expect(session.run(`connect ${CGW}`).exitCode).toBe(0);
  if (platform) expect(session.run(`set platform ${platform}`).exitCode).toBe(0);
  const t = engine.snapshot().connections[0]!.tunnels;
  return { session, engine, aws1: t[0].outsideIpAddress, aws2: t[1].outsideIpAddress, in1: t[0].awsInsideIp, in2: t[1].awsInsideIp };
}

describe('Cisco IOS console (R317–R324)', () => {
  it('R317: healthy show crypto isakmp sa lists each AWS endpoint QM_IDLE ACTIVE', () => {
    const { session, aws1, aws2 } = device('single-vgw');
    const out = session.run('show crypto isakmp sa').output;
    expect(out).toContain('dst             src             state          conn-id slot status');
    for (const ip of [aws1, aws2]) expect(out).toMatch(new RegExp(`${ip.replace(/\./g, '\\.')}\\s+203\\.0\\.113\\.12\\s+QM_IDLE\\s+\\d+\\s+0 ACTIVE`));
  });

  it('R317: with a PSK mismatch tunnel 1 has no QM_IDLE entry (absent or MM_NO_STATE)', () => {
    const { session, aws1, aws2 } = device('psk-mismatch');
    const out = session.run('sh cry isa sa').output;
    const line1 = out.split('\n').find((l) => l.startsWith(aws1));
    expect(line1 === undefined || line1.includes('MM_NO_STATE')).toBe(true);
    expect(out).toMatch(new RegExp(`${aws2.replace(/\./g, '\\.')}.*QM_IDLE.*ACTIVE`));
  });

  it('R318: show crypto ipsec sa has inbound and outbound ESP SAs with Status ACTIVE per tunnel; none on the broken tunnel', () => {
    const healthy = device('single-vgw').session.run('show crypto ipsec sa').output;
    expect(healthy.match(/Status: ACTIVE/g)).toHaveLength(4);
    expect(healthy).toContain('transform: esp-aes esp-sha-hmac');
    const broken = device('psk-mismatch').session.run('show crypto ipsec sa').output;
    const t1 = broken.split('interface: Tunnel2')[0]!;
    expect(t1).not.toMatch(/esp sas:\n\s+spi:/);
    expect(broken.match(/Status: ACTIVE/g)).toHaveLength(2);
  });

  it('R319: show interfaces tunnel1 — line protocol up when healthy, down when broken', () => {
    const h = device('single-vgw');
    const out = h.session.run('show interfaces tunnel1').output;
    expect(out).toContain('Tunnel1 is up, line protocol is up');
    expect(out).toContain(`Tunnel source 203.0.113.12, destination ${h.aws1}`);
    expect(out).toContain('Tunnel protection via IPSec');
    expect(device('psk-mismatch').session.run('show interfaces tunnel1').output).toContain('line protocol is down');
  });

  it('R320, R253: ping df-bit size 1410 gives five "!"; a packet above the tunnel MTU (1438 for AES-CBC/SHA1) with DF fails', () => {
    const { session, in1 } = device('single-vgw');
    const ok = session.run(`ping ${in1} df-bit size 1410`).output;
    expect(ok).toContain('Packet sent with the DF bit set\n!!!!!');
    const big = session.run(`ping ${in1} df-bit size 1439`).output;
    expect(big).toContain('Success rate is 0 percent (0/5)');
    expect(session.run(`ping ${in1} df-bit size 1438`).output).toContain('!!!!!');
    expect(session.run(`ping ${in1} size 1500`).output).toContain('!!!!!');
  });

  it('R304: the ping over the tunnel with the wrong PSK times out', () => {
    const { session, in1, in2 } = device('psk-mismatch');
    expect(session.run(`ping ${in1}`).output).toContain('.....');
    expect(session.run(`ping ${in2}`).output).toContain('!!!!!');
  });

  it('R321, R305: show ip bgp summary lists both neighbors with a prefix count; the broken one shows its state', () => {
    const h = device('single-vgw');
    const out = h.session.run('show ip bgp summary').output;
    expect(out).toContain('local AS number 65000');
    for (const ip of [h.in1, h.in2]) expect(out).toMatch(new RegExp(`^${ip.replace(/\./g, '\\.')}\\s+4 64512 .* \\d+$`, 'm'));
    const b = device('psk-mismatch');
    const broken = b.session.run('show ip bgp summary').output;
    expect(broken).toMatch(new RegExp(`^${b.in1.replace(/\./g, '\\.')}\\s+.*never (Idle|Active|Connect)$`, 'm'));
  });

  it('R322, R323: advertised routes list the device prefix; show ip route bgp lists the VPC prefix via an AWS inside address', () => {
    const h = device('single-vgw');
    expect(h.session.run(`show ip bgp neighbors ${h.in1} advertised-routes`).output).toContain('192.168.0.0/16');
    expect(h.session.run(`show bgp all neighbors ${h.in1} advertised-routes`).output).toContain('Total number of prefixes 1');
    const esc = (ip: string): string => ip.replace(/\./g, '\\.');
    expect(h.session.run('show ip route bgp').output).toMatch(new RegExp(`B\\s+10\\.0\\.0\\.0/16 \\[20/\\d+\\] via (${esc(h.in1)}|${esc(h.in2)})`));
  });

  it('R301: debug crypto isakmp prints the live IKE messages of the tunnel trace, with the AUTHENTICATION_FAILED of a PSK mismatch', () => {
    const h = device('single-vgw').session.run('debug crypto isakmp').output;
    expect(h).toContain('IKE_SA_INIT');
    const b = device('psk-mismatch').session.run('debug crypto isakmp').output;
    expect(b).toMatch(/AUTHENTICATION_FAILED|IKE_AUTH/);
  });

  it('unknown commands are answered the IOS way; exit leaves the console', () => {
    const { session } = device('single-vgw');
    expect(session.run('show bogus').output).toContain("% Invalid input detected at '^' marker.");
    expect(session.prompt()).toBe('branch-router# ');
    expect(session.run('exit').output).toContain('closed');
    expect(session.prompt()).toBe('$ ');
  });
});

describe('other platforms, healthy and broken', () => {
  it('R313: ASA show crypto isakmp sa — MM_ACTIVE per peer, Active SA count', () => {
    const h = device('single-vgw', 'cisco-asa').session.run('show crypto isakmp sa').output;
    expect(h).toContain('Active SA: 2');
    expect(h.match(/State {3}: MM_ACTIVE/g)).toHaveLength(2);
    const b = device('psk-mismatch', 'cisco-asa').session.run('show crypto isakmp sa').output;
    expect(b).toContain('Active SA: 1');
  });

  it('R314: ASA show crypto ipsec sa and show vpn-sessiondb l2l', () => {
    const s = device('single-vgw', 'cisco-asa').session;
    expect(s.run('show crypto ipsec sa').output).toContain('in use settings ={L2L, Tunnel, ');
    expect(s.run('show vpn-sessiondb l2l').output).toContain('Protocol     : IKEv2 IPsec');
    expect(s.run('show route').output).toMatch(/B\s+10\.0\.0\.0 255\.255\.0\.0/);
  });

  it('R327, R328: JunOS IKE SAs UP and Total active tunnels 2; broken shows 1', () => {
    const h = device('single-vgw', 'junos');
    expect(h.session.run('show security ike security-associations').output.match(/\bUP\b/g)).toHaveLength(2);
    expect(h.session.run('show security ipsec security-associations').output).toContain('Total active tunnels: 2');
    expect(device('psk-mismatch', 'junos').session.run('show security ipsec security-associations').output).toContain('Total active tunnels: 1');
  });

  it('R329, R330: JunOS st0.1 shows the device inside address; show bgp summary counts down peers', () => {
    const h = device('single-vgw', 'junos');
    const cgwInside = h.engine.snapshot().connections[0]!.tunnels[0].cgwInsideIp;
    expect(h.session.run('show interfaces st0.1').output).toContain(`Local: ${cgwInside}`);
    expect(h.session.run('show bgp summary').output).toContain('Peers: 2 Down peers: 0');
    expect(h.session.run('show route protocol bgp').output).toContain('10.0.0.0/16');
    expect(device('psk-mismatch', 'junos').session.run('show bgp summary').output).toContain('Down peers: 1');
  });

  it('R332: ScreenOS get sa — A/- with non-zero SPIs when healthy, 00000000 on the broken tunnel', () => {
    const h = device('single-vgw', 'screenos').session.run('get sa').output;
    expect(h.match(/A\/-/g)).toHaveLength(4);
    const b = device('psk-mismatch', 'screenos');
    const out = b.session.run('get sa').output;
    expect(out).toMatch(new RegExp(`${b.aws1.replace(/\./g, '\\.')}.* 00000000 `));
    expect(b.session.run('get vpn').output).toMatch(/IPSEC-1.*down/);
    expect(b.session.run('get route').output).toContain('10.0.0.0/16');
  });

  it('R337, R340: Yamaha show ipsec sa lists the AWS endpoints; show status bgp neighbor shows the state', () => {
    const h = device('single-vgw', 'yamaha');
    const sa = h.session.run('show ipsec sa').output;
    expect(sa).toContain(h.aws1);
    expect(sa).toContain(h.aws2);
    expect(h.session.run('show status bgp neighbor').output.match(/BGP state = Established/g)).toHaveLength(2);
    expect(device('psk-mismatch', 'yamaha').session.run('show status bgp neighbor').output.match(/BGP state = Established/g)).toHaveLength(1);
  });

  it('strongSwan swanctl --list-sas and ipsec statusall follow the SAs', () => {
    const h = device('single-vgw', 'strongswan').session;
    expect(h.run('swanctl --list-sas').output.match(/ESTABLISHED/g)).toHaveLength(2);
    expect(h.run('ipsec statusall').output).toContain('Security Associations (2 up');
    expect(device('psk-mismatch', 'strongswan').session.run('ipsec statusall').output).toContain('Security Associations (1 up');
  });

  it('Windows Server netsh consec rules name both tunnel endpoints', () => {
    const h = device('single-vgw', 'windows');
    const out = h.session.run('netsh advfirewall consec show rule name=all').output;
    expect(out).toContain(`RemoteTunnelEndpoint:                 ${h.aws1}`);
    expect(out.trim().endsWith('Ok.')).toBe(true);
  });

  it('set platform refuses an unknown flavour', () => {
    const { session } = presetSession('single-vgw', 0);
    session.run(`connect ${CGW}`);
    expect(session.run('set platform vax').exitCode).not.toBe(0);
  });
});

describe('without snapshot.routing', () => {
  it('BGP and route commands say routing is not simulated instead of failing', () => {
    const { engine } = presetSession('single-vgw');
    const noRouting = new Proxy(engine, {
      get(target, prop) {
        if (prop === 'snapshot') return () => ({ ...target.snapshot(), routing: undefined });
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    }) as Engine;
    const s = new TerminalSession(() => noRouting);
    s.run(`connect ${CGW}`);
    for (const cmd of ['show ip bgp summary', 'show ip route bgp']) expect(s.run(cmd).output).toContain('routing is not simulated in this build');
    s.run('exit');
    const r = s.run('aws ec2 describe-route-tables');
    expect(r.output).toContain('routing is not simulated in this build');
    expect(s.run('aws ec2 describe-vpn-connections').exitCode).toBe(0);
  });
});
