/**
 * One terminal over the page's engine: the shell (aws, vpnlab config, connect) and, once
 * connected, a customer gateway device console. `run` and `complete` are what the xterm
 * component calls; the engine is read through a getter because the page rebuilds it.
 */
import type { Engine } from '../engine/engine';
import { runAws } from './aws/awsCli';
import { shellCandidates, TOP_COMMANDS } from './completion';
import { DeviceConsole } from './device/deviceConsole';
import { deviceIds } from './device/deviceView';
import { CommandHistory } from './history';
import { EXIT, failed, ok, type CommandResult } from './result';
import { tokenize } from './tokenize';
import { runVpnlabConfig } from './vpnlabConfig';

export type { CommandResult } from './result';

/** ANSI: clear the screen and the scrollback, cursor home (xterm understands it). */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

const SHELL_HELP = [
  'VPN Lab terminal: an AWS CLI subset and customer gateway device consoles over the running simulation.',
  '',
  '  aws ec2 <command> [options]        e.g. aws ec2 describe-vpn-connections --output table',
  '  aws cloudwatch <command> [options] e.g. aws cloudwatch describe-alarms',
  '  aws help | aws ec2 help | aws ec2 <command> help',
  '  devices                            list the customer gateway devices',
  '  connect <cgw-id>  (or device)      open a device console (exit to leave)',
  '  vpnlab config --list               device types for generated configurations',
  '  vpnlab config <device-id> --connection <vpn-id>        print a generated configuration',
  '  vpnlab config apply <device-id> --connection <vpn-id>  configure the sandbox device from it',
  '  history | clear | help',
  '',
  'Tab completes commands, options and IDs; Up/Down walk the history.',
  '',
].join('\n');

export class TerminalSession {
  readonly history = new CommandHistory();
  private device: DeviceConsole | undefined;

  constructor(private readonly engine: () => Engine | null) {}

  /** The prompt to show before the next line. */
  prompt(): string {
    return this.device ? `${this.device.prompt(this.engine())} ` : '$ ';
  }

  /** The customer gateway whose console is open, if any. */
  connectedDevice(): string | undefined {
    return this.device?.cgwId;
  }

  run(line: string): CommandResult {
    this.history.push(line);
    const t = tokenize(line);
    if (t.unterminated) return failed('syntax error: unterminated quoted string\n', 2);
    const words = t.words;
    if (words.length === 0) return ok('');
    try {
      return this.device ? this.runDevice(words) : this.runShell(words);
    } catch (e) {
      // A bug in a printer must not take the terminal down; say what happened.
      return failed(`internal error: ${e instanceof Error ? e.message : String(e)}\n`, EXIT.general);
    }
  }

  private runDevice(words: string[]): CommandResult {
    const d = this.device as DeviceConsole;
    if (['exit', 'quit', 'logout', 'end'].includes(words[0] as string) && words.length === 1) {
      this.device = undefined;
      return ok(`Connection to ${d.cgwId} closed.\n`);
    }
    if (words[0] === 'history') return ok(this.historyText());
    if (words[0] === 'clear' || words[0] === 'cls') return ok(CLEAR_SCREEN);
    return d.run(words, this.engine());
  }

  private runShell(words: string[]): CommandResult {
    const [head, ...rest] = words as [string, ...string[]];
    const engine = this.engine();
    switch (head) {
      case 'aws':
        return runAws(rest, engine);
      case 'help':
      case '?':
        return ok(SHELL_HELP);
      case 'history':
        return ok(this.historyText());
      case 'clear':
        return ok(CLEAR_SCREEN);
      case 'devices':
        return engine ? ok(this.devicesText(engine)) : failed('There is no running scenario.\n', EXIT.general);
      case 'connect':
      case 'device':
      case 'ssh':
        return this.connect(rest[0], engine);
      case 'vpnlab':
        if (rest[0] !== 'config') return failed(`vpnlab: the terminal runs only "vpnlab config" (the other vpnlab commands are in the headless CLI)\n`, 2);
        return runVpnlabConfig(rest.slice(1), engine);
      case 'config':
        return runVpnlabConfig(rest, engine);
      case 'exit':
        return ok('(nothing to exit: you are at the VPN Lab shell)\n');
      default:
        return failed(`${head}: command not found. Try one of: ${TOP_COMMANDS.join(', ')}\n`, 127);
    }
  }

  private connect(id: string | undefined, engine: Engine | null): CommandResult {
    if (!engine) return failed('There is no running scenario.\n', EXIT.general);
    const ids = deviceIds(engine);
    if (!id) return failed(`usage: connect <cgw-id>   (devices: ${ids.join(', ') || 'none'})\n`, 2);
    if (!ids.includes(id)) return failed(`connect: no customer gateway '${id}' (devices: ${ids.join(', ') || 'none'})\n`, 1);
    this.device = new DeviceConsole(id);
    const p = this.device.platform(engine);
    return ok(`Connected to ${id} (${p.label}). Type "?" for the commands, "exit" to leave.\n`);
  }

  private devicesText(engine: Engine): string {
    const w = engine.world();
    const rows = [...w.customerGateways.values()].map((g) => {
      const spec = w.devices.get(g.CustomerGatewayId)?.spec;
      const up = w.devices.get(g.CustomerGatewayId)?.up ?? true;
      return `${g.CustomerGatewayId.padEnd(24)} ${(g.IpAddress ?? '-').padEnd(16)} ${[spec?.Vendor, spec?.Platform].filter(Boolean).join(' ') || '(no vendor given: Cisco IOS console)'}${up ? '' : '  [down]'}`;
    });
    return `${rows.join('\n') || 'No customer gateways.'}\n`;
  }

  private historyText(): string {
    return this.history.list().map((l, i) => `${String(i + 1).padStart(4)}  ${l}`).join('\n') + '\n';
  }

  /**
   * Completions of the whole line: each candidate is the line with its last word completed
   * (a trailing space when the word is finished). Empty: nothing fits.
   */
  complete(line: string): string[] {
    const t = tokenize(line);
    if (t.unterminated) return [];
    const words = [...t.words];
    const partial = t.trailingSpace || words.length === 0 ? '' : (words.pop() as string);
    const engine = this.engine();
    const candidates = this.device
      ? [...this.device.complete(words, partial, engine), ...['history', 'clear'].filter((w) => words.length === 0 && w.startsWith(partial))]
      : shellCandidates(words, partial, engine);
    const base = line.slice(0, line.length - partial.length);
    return [...new Set(candidates)].sort().map((c) => `${base}${c} `);
  }
}

export function createTerminalSession(engine: () => Engine | null): TerminalSession {
  return new TerminalSession(engine);
}
