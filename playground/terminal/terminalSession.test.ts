import { describe, expect, it } from 'vitest';
import { presetSession } from './testEngine';
import { LineEditor } from './lineEditor';
import { CommandHistory } from './history';
import { TerminalSession } from './terminalSession';

const CGW = 'cgw-0e11f167e1f1a8d2c';
const VPN = 'vpn-04d5cc9b88example';

describe('tab completion', () => {
  const { session } = presetSession('single-vgw', 0);

  it('completes top commands, services and aws commands', () => {
    expect(session.complete('aw')).toEqual(['aws ']);
    expect(session.complete('aws e')).toEqual(['aws ec2 ']);
    expect(session.complete('aws ec2 modify-vpn-t')).toEqual(['aws ec2 modify-vpn-tunnel-options ']);
    expect(session.complete('aws ec2 describe-vpn-').map((c) => c.split(' ')[2])).toEqual(['describe-vpn-connections', 'describe-vpn-gateways']);
  });

  it('R19: completes options not yet given and the IDs of the live engine', () => {
    const opts = session.complete('aws ec2 replace-vpn-tunnel --');
    expect(opts).toContain('aws ec2 replace-vpn-tunnel --vpn-connection-id ');
    expect(session.complete('aws ec2 replace-vpn-tunnel --vpn-connection-id ')).toEqual([`aws ec2 replace-vpn-tunnel --vpn-connection-id ${VPN} `]);
    const ips = session.complete(`aws ec2 replace-vpn-tunnel --vpn-connection-id ${VPN} --vpn-tunnel-outside-ip-address `);
    expect(ips).toHaveLength(2);
    expect(session.complete(`aws ec2 replace-vpn-tunnel --vpn-connection-id ${VPN} --`)).not.toContain(`aws ec2 replace-vpn-tunnel --vpn-connection-id ${VPN} --vpn-connection-id `);
    expect(session.complete('aws ec2 describe-vpn-connections --output t')).toEqual(['aws ec2 describe-vpn-connections --output table ', 'aws ec2 describe-vpn-connections --output text ']);
  });

  it('completes device ids for connect and device commands inside a console', () => {
    const s = new TerminalSession(() => presetSession('single-vgw', 0).engine);
    expect(s.complete('connect c')).toEqual([`connect ${CGW} `]);
    s.run(`connect ${CGW}`);
    expect(s.complete('show crypto i')).toEqual(['show crypto ikev2 ', 'show crypto ipsec ', 'show crypto isakmp ']);
    expect(s.complete('set platform ju')).toEqual(['set platform junos ']);
  });

  it('completes vpnlab config device types and connections', () => {
    expect(session.complete('vpnlab config cisco-')).toEqual(['vpnlab config cisco-asa ', 'vpnlab config cisco-ios ']);
    expect(session.complete('vpnlab config cisco-ios --connection ')).toEqual([`vpnlab config cisco-ios --connection ${VPN} `]);
  });
});

describe('history and the line editor', () => {
  it('history walks back and forward and keeps consecutive duplicates once', () => {
    const h = new CommandHistory();
    for (const l of ['a', 'b', 'b', 'c']) h.push(l);
    expect(h.list()).toEqual(['a', 'b', 'c']);
    expect([h.previous(), h.previous(), h.previous(), h.previous()]).toEqual(['c', 'b', 'a', 'a']);
    expect([h.next(), h.next(), h.next()]).toEqual(['b', 'c', '']);
  });

  it('the session keeps a history the history command prints', () => {
    const { session } = presetSession('single-vgw', 0);
    session.run('help');
    session.run('devices');
    expect(session.run('history').output).toMatch(/1 {2}help\n {3}2 {2}devices\n/);
  });

  function editor() {
    const ran: string[] = [];
    const h = new CommandHistory();
    const ed = new LineEditor({
      run: (l) => { ran.push(l); h.push(l); return { output: `ran ${l}\n`, exitCode: 0 }; },
      complete: (l) => (l === 'aws ec2 desc' ? ['aws ec2 describe-a ', 'aws ec2 describe-b '] : l === 'he' ? ['help '] : []),
      prompt: () => '$ ',
      previous: () => h.previous(),
      next: () => h.next(),
    });
    return { ed, ran };
  }

  it('Enter runs the line and writes CRLF output then the prompt', () => {
    const { ed, ran } = editor();
    ed.input('help');
    expect(ed.input('\r')).toBe('\r\nran help\r\n$ ');
    expect(ran).toEqual(['help']);
  });

  it('Tab completes a single candidate, extends to the common prefix and lists several', () => {
    const { ed } = editor();
    ed.input('he');
    ed.input('\t');
    expect(ed.current()).toBe('help ');
    const e2 = editor().ed;
    e2.input('aws ec2 desc');
    e2.input('\t');
    expect(e2.current()).toBe('aws ec2 describe-');
  });

  it('Up recalls history, Ctrl+C discards the line, Ctrl+L clears the screen, Backspace edits', () => {
    const { ed } = editor();
    ed.input('first');
    ed.input('\r');
    ed.input('\x1b[A');
    expect(ed.current()).toBe('first');
    ed.input('\x7f');
    expect(ed.current()).toBe('firs');
    expect(ed.input('\x03')).toBe('^C\r\n$ ');
    expect(ed.current()).toBe('');
    expect(ed.input('\x0c')).toContain('\x1b[2J');
  });

  it('a pasted multi-line chunk runs each full line', () => {
    const { ed, ran } = editor();
    ed.input('one\ntwo\nthr');
    expect(ran).toEqual(['one', 'two']);
    expect(ed.current()).toBe('thr');
  });
});

describe('vpnlab config in the terminal (R273)', () => {
  it('R273: --list prints the device catalogue', () => {
    const { session } = presetSession('single-vgw', 0);
    const out = session.run('vpnlab config --list').output;
    expect(out).toContain('cisco-ios');
    expect(out).toContain('strongswan');
  });

  it('R273: prints the generated configuration of a connection', () => {
    const { session } = presetSession('single-vgw', 0);
    const r = session.run(`config cisco-ios --connection ${VPN}`);
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain('crypto');
    expect(session.run('config cisco-ios --connection vpn-nope').output).toContain("The vpnConnection ID 'vpn-nope' does not exist");
    expect(session.run('config nope --connection ' + VPN).exitCode).toBe(1);
    expect(session.run('config cisco-ios').exitCode).toBe(2);
  });

  it('R96: config apply fixes the PSK mismatch: tunnel 1 comes up once the device runs the generated file', () => {
    const { session, engine } = presetSession('psk-mismatch');
    expect(engine.snapshot().connections[0]!.tunnels[0].status).toBe('DOWN');
    const r = session.run(`vpnlab config apply cisco-ios --connection ${VPN}`);
    expect(r.exitCode).toBe(0);
    engine.advance(300_000);
    expect(engine.snapshot().connections[0]!.tunnels.map((t) => t.status)).toEqual(['UP', 'UP']);
  });
});

describe('shell', () => {
  it('connect to an unknown device is refused; unknown commands are reported', () => {
    const { session } = presetSession('single-vgw', 0);
    expect(session.run('connect cgw-nope').output).toContain(`devices: ${CGW}`);
    expect(session.run('frobnicate').exitCode).toBe(127);
    expect(session.run('devices').output).toContain('Cisco ISR Series Routers');
  });

  it('with no engine (invalid scenario) commands say so instead of throwing', () => {
    const s = new TerminalSession(() => null);
    expect(s.run('aws ec2 describe-vpn-connections').output).toContain('no running scenario');
    expect(s.complete('connect ')).toEqual([]);
  });
});
