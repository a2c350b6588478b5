/**
 * The console of one customer gateway device: `connect cgw-...` enters it, `exit` leaves.
 * Every command reads the live engine through deviceView; `set platform` switches flavour.
 */
import type { Engine } from '../../engine/engine';
import { EXIT, failed, ok, type CommandResult } from '../result';
import { deviceView } from './deviceView';
import { matchCommand, nextWords, PLATFORM_IDS, type Platform } from './platform';
import { PLATFORMS, platformById, platformFor } from './platforms';

const UNKNOWN: Readonly<Record<string, (line: string) => string>> = {
  'cisco-ios': () => "% Invalid input detected at '^' marker.",
  'cisco-asa': () => "ERROR: % Invalid input detected at '^' marker.",
  junos: () => 'syntax error, expecting <command>.',
  screenos: (l) => `unknown keyword ${l.split(' ')[0] ?? ''}`,
  yamaha: () => 'Error: Invalid command name',
  strongswan: (l) => `bash: ${l.split(' ')[0] ?? ''}: command not found`,
  windows: (l) => `'${l.split(' ')[0] ?? ''}' is not recognized as an internal or external command, operable program or batch file.`,
};

export class DeviceConsole {
  private override: Platform | undefined;

  constructor(readonly cgwId: string) {}

  platform(engine: Engine | null): Platform {
    if (this.override) return this.override;
    const spec = engine?.world().devices.get(this.cgwId)?.spec;
    return platformById(platformFor(spec?.Vendor ?? '', spec?.Platform ?? '')) ?? (PLATFORMS[0] as Platform);
  }

  prompt(engine: Engine | null): string {
    const v = engine ? deviceView(engine, this.cgwId) : undefined;
    return this.platform(engine).prompt(v?.hostname ?? 'router');
  }

  help(engine: Engine | null): string {
    const p = this.platform(engine);
    return [
      `${p.label} console of ${this.cgwId} (simulated: commands print the live engine state).`,
      '',
      ...p.commands.map((c) => `  ${c.phrase.replace(' *', ' ...').padEnd(48)} ${c.help}`),
      '',
      `  set platform <${PLATFORM_IDS.join('|')}>   show this device in another vendor's format`,
      '  exit                                             leave the device console',
    ].join('\n');
  }

  run(words: readonly string[], engine: Engine | null): CommandResult {
    const line = words.join(' ');
    if (words[0] === 'set' && words[1] === 'platform') {
      const p = platformById(words[2] ?? '');
      if (!p) return failed(`Unknown platform '${words[2] ?? ''}'. Choose one of: ${PLATFORM_IDS.join(', ')}\n`, 2);
      this.override = p;
      return ok(`Platform set to ${p.label} (for teaching: the scenario's device is unchanged).\n`);
    }
    if (words[0] === '?' || words[0] === 'help') return ok(`${this.help(engine)}\n`);
    if (!engine) return failed('There is no running scenario.\n', EXIT.general);
    const v = deviceView(engine, this.cgwId);
    if (!v) return failed(`The customer gateway ${this.cgwId} no longer exists.\n`, EXIT.general);
    const p = this.platform(engine);
    const m = matchCommand(p, words);
    if (!m) return failed(`${UNKNOWN[p.id]?.(line) ?? 'Unknown command'}\n`, 1);
    if ('ambiguous' in m) return failed(`% Ambiguous command:  "${line}" (${m.ambiguous.join(' | ')})\n`, 1);
    if (!v.up) return failed(`(${this.cgwId} is powered off: the device does not answer. Restore it from the playground.)\n`, 1);
    const out = m.cmd.run(v, m.args);
    return ok(out.length > 0 ? `${out}\n` : '');
  }

  complete(words: readonly string[], partial: string, engine: Engine | null): string[] {
    const extra = words.length === 0 ? ['exit', 'help', 'set'].filter((w) => w.startsWith(partial)) : words.length === 1 && words[0] === 'set' ? ['platform'].filter((w) => w.startsWith(partial)) : words.length === 2 && words[0] === 'set' ? PLATFORM_IDS.filter((w) => w.startsWith(partial)) : [];
    return [...new Set([...nextWords(this.platform(engine), words, partial), ...extra])].sort();
  }
}
