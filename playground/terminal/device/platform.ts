/**
 * A device platform: its prompt and its commands as phrases (`show crypto isakmp sa`,
 * `ping <ip> *`). Words may be abbreviated as on the real CLIs (`sh cry isa sa`).
 */
import type { DeviceView } from './deviceView';

export const PLATFORM_IDS = ['cisco-ios', 'cisco-asa', 'junos', 'screenos', 'yamaha', 'strongswan', 'windows'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export interface PlatformCommand {
  readonly phrase: string;
  readonly help: string;
  readonly run: (v: DeviceView, args: readonly string[]) => string;
}

export interface Platform {
  readonly id: PlatformId;
  readonly label: string;
  readonly prompt: (hostname: string) => string;
  readonly commands: readonly PlatformCommand[];
}

export type Match = { cmd: PlatformCommand; args: string[] } | { ambiguous: string[] } | undefined;

function matchOne(phrase: string, words: readonly string[]): string[] | undefined {
  const parts = phrase.split(' ');
  const args: string[] = [];
  let i = 0;
  for (const part of parts) {
    if (part === '*') {
      args.push(...words.slice(i));
      return args;
    }
    const w = words[i];
    if (w === undefined) return undefined;
    if (part.startsWith('<')) args.push(w);
    else if (!part.toLowerCase().startsWith(w.toLowerCase())) return undefined;
    i++;
  }
  return i === words.length ? args : undefined;
}

export function matchCommand(p: Platform, words: readonly string[]): Match {
  const hits = p.commands.map((cmd) => ({ cmd, args: matchOne(cmd.phrase, words) })).filter((h): h is { cmd: PlatformCommand; args: string[] } => h.args !== undefined);
  if (hits.length === 0) return undefined;
  const exact = hits.filter((h) => h.cmd.phrase.split(' ').every((part, i) => part.startsWith('<') || part === '*' || part.toLowerCase() === words[i]?.toLowerCase()));
  if (exact.length >= 1) return exact[0];
  if (hits.length === 1) return hits[0];
  // `show ip route bgp` vs `show ip route static` differ in a later word: the first literal decides.
  return { ambiguous: hits.map((h) => h.cmd.phrase) };
}

/** Next words a phrase allows after the typed words (for tab completion). */
export function nextWords(p: Platform, typed: readonly string[], partial: string): string[] {
  const out = new Set<string>();
  for (const c of p.commands) {
    const parts = c.phrase.split(' ');
    if (parts.length <= typed.length) continue;
    const fits = typed.every((w, i) => {
      const part = parts[i] as string;
      return part.startsWith('<') || part === '*' || part.toLowerCase() === w.toLowerCase() || part.toLowerCase().startsWith(w.toLowerCase());
    });
    const next = parts[typed.length] as string;
    if (fits && !next.startsWith('<') && next !== '*' && next.toLowerCase().startsWith(partial.toLowerCase())) out.add(next);
  }
  return [...out].sort();
}
