/**
 * Parses `vpnlab` arguments into a command, as a pure function so every form and every bad
 * input can be tested without spawning a process.
 */
import { parseDuration } from '../engine/schema/duration';
import { DEVICE_CONFIG_IDS, type DeviceConfigId, type IkeVersion } from '../engine/deviceConfig/types';

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'validate'; readonly file: string }
  | {
      readonly kind: 'run';
      readonly file: string;
      readonly untilMs: number;
      readonly seed?: number;
      readonly format: 'json' | 'text';
    }
  | { readonly kind: 'presets' }
  | { readonly kind: 'preset'; readonly name: string }
  | { readonly kind: 'import'; readonly files: readonly string[]; readonly region?: string }
  | { readonly kind: 'schema'; readonly out?: string }
  | { readonly kind: 'routes'; readonly file: string; readonly atMs: number; readonly format: 'json' | 'text' }
  | { readonly kind: 'trace'; readonly file: string; readonly atMs: number; readonly from: string; readonly to: string }
  | { readonly kind: 'config-list' }
  | {
      readonly kind: 'config';
      readonly file: string;
      readonly atMs: number;
      readonly connection: string;
      readonly device: DeviceConfigId;
      readonly ikeVersion?: IkeVersion;
    }
  | { readonly kind: 'export'; readonly file: string; readonly atMs: number; readonly format: ExportFormat };

export const EXPORT_FORMATS = ['terraform', 'cloudformation'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ParsedArgs =
  { readonly ok: true; readonly command: CliCommand } | { readonly ok: false; readonly message: string };

export const DEFAULT_UNTIL = '1h';

export const USAGE = `usage: vpnlab <command> [options]

commands:
  validate FILE                       check a scenario (YAML or JSON); exit 1 with one line per error
  run FILE [--until 2h] [--seed N] [--format json|text]
                                      simulate the scenario and print the final state (default --until ${DEFAULT_UNTIL}, --format text)
  presets                             list the preset scenarios
  preset NAME                         print a preset scenario as YAML
  import FILE... [--region REGION]    turn aws ec2 describe-* JSON into a scenario (YAML)
  schema [--out FILE]                 print (or write) the JSON Schema of scenario files
  routes FILE [--at T] [--format json|text]
                                      every route table at time T (default ${DEFAULT_UNTIL}) with selected routes and why
  trace FILE --from HOST|IP --to HOST|IP [--at T]
                                      the path both ways at time T, or the drop and its reason
  config --list                       list the device types a configuration can be generated for
  config FILE --connection VPN-ID --device DEVICE [--ike v1|v2] [--at T]
                                      the device configuration of one VPN connection at time T (default ${DEFAULT_UNTIL})
  export FILE --format terraform|cloudformation [--at T]
                                      the topology as Terraform (HCL) or a CloudFormation template (JSON)
  help                                show this text
`;

const fail = (message: string): ParsedArgs => ({ ok: false, message });

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** R55: the two IKE versions; `--ike` takes the short or the EC2 API spelling. */
const IKE_VERSIONS: ReadonlyMap<string, IkeVersion> = new Map([
  ['v1', 'ikev1'], ['v2', 'ikev2'], ['ikev1', 'ikev1'], ['ikev2', 'ikev2'],
]);

/** Splits `--name value` / `--name=value` options from positional arguments. */
function splitOptions(
  args: readonly string[],
  known: readonly string[],
): { positional: string[]; options: Map<string, string>; error?: string } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('--') || a === '--') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (!known.includes(name)) return { positional, options, error: `unknown option --${name}` };
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return { positional, options, error: `option --${name} needs a value` };
    if (options.has(name)) return { positional, options, error: `option --${name} given twice` };
    options.set(name, value);
  }
  return { positional, options };
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) return fail('missing command');
  if (command === 'help' || command === '--help' || command === '-h') return { ok: true, command: { kind: 'help' } };
  const known: Readonly<Record<string, readonly string[]>> = {
    validate: [],
    run: ['until', 'seed', 'format'],
    presets: [],
    preset: [],
    import: ['region'],
    schema: ['out'],
    routes: ['at', 'format'],
    trace: ['at', 'from', 'to'],
    config: ['at', 'connection', 'device', 'ike'],
    export: ['at', 'format'],
  };
  const allowed = known[command];
  if (allowed === undefined) return fail(`unknown command "${command}"`);
  // `--list` is the one option without a value (R273: the device type list).
  if (command === 'config' && rest.includes('--list')) {
    return rest.length === 1 ? { ok: true, command: { kind: 'config-list' } } : fail('config: --list takes no other arguments');
  }
  const { positional, options, error } = splitOptions(rest, allowed);
  if (error !== undefined) return fail(`${command}: ${error}`);
  const exactly = (n: number, what: string): string | undefined =>
    positional.length === n
      ? undefined
      : `${command}: expected ${what}, got ${positional.length === 0 ? 'nothing' : positional.join(' ')}`;

  switch (command) {
    case 'validate': {
      const e = exactly(1, 'one FILE');
      return e ? fail(e) : { ok: true, command: { kind: 'validate', file: positional[0] ?? '' } };
    }
    case 'routes':
    case 'trace': {
      const e = exactly(1, 'one FILE');
      if (e) return fail(e);
      const atText = options.get('at') ?? DEFAULT_UNTIL;
      const atMs = parseDuration(atText);
      if (atMs === null) return fail(`${command}: --at "${atText}" is not a duration (30s, 10m, 2h, 1d)`);
      const file = positional[0] ?? '';
      if (command === 'routes') {
        const format = options.get('format') ?? 'text';
        if (format !== 'json' && format !== 'text') return fail(`routes: --format must be json or text, not "${format}"`);
        return { ok: true, command: { kind: 'routes', file, atMs, format } };
      }
      const from = options.get('from');
      const to = options.get('to');
      if (from === undefined || to === undefined) return fail(`trace: --from and --to are both required`);
      return { ok: true, command: { kind: 'trace', file, atMs, from, to } };
    }
    case 'config':
    case 'export': {
      const e = exactly(1, 'one FILE');
      if (e) return fail(e);
      const atText = options.get('at') ?? DEFAULT_UNTIL;
      const atMs = parseDuration(atText);
      if (atMs === null) return fail(`${command}: --at "${atText}" is not a duration (30s, 10m, 2h, 1d)`);
      const file = positional[0] ?? '';
      if (command === 'export') {
        const format = options.get('format');
        if (format === undefined) return fail(`export: --format is required (${EXPORT_FORMATS.join(', ')})`);
        if (!isOneOf(EXPORT_FORMATS, format)) return fail(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
        return { ok: true, command: { kind: 'export', file, atMs, format } };
      }
      const connection = options.get('connection');
      const device = options.get('device');
      if (connection === undefined || device === undefined) return fail(`config: --connection and --device are both required (device ids: ${DEVICE_CONFIG_IDS.join(', ')})`);
      if (!isOneOf(DEVICE_CONFIG_IDS, device)) return fail(`config: unknown --device "${device}"; device ids: ${DEVICE_CONFIG_IDS.join(', ')}`);
      const ikeText = options.get('ike');
      const ikeVersion = ikeText === undefined ? undefined : IKE_VERSIONS.get(ikeText.toLowerCase());
      if (ikeText !== undefined && ikeVersion === undefined) return fail(`config: --ike must be v1 or v2 (or ikev1, ikev2), not "${ikeText}"`);
      return { ok: true, command: { kind: 'config', file, atMs, connection, device, ...(ikeVersion ? { ikeVersion } : {}) } };
    }
    case 'run': {
      const e = exactly(1, 'one FILE');
      if (e) return fail(e);
      const untilText = options.get('until') ?? DEFAULT_UNTIL;
      const untilMs = parseDuration(untilText);
      if (untilMs === null) return fail(`run: --until "${untilText}" is not a duration (30s, 10m, 2h, 1d)`);
      const format = options.get('format') ?? 'text';
      if (format !== 'json' && format !== 'text') return fail(`run: --format must be json or text, not "${format}"`);
      const seedText = options.get('seed');
      let seed: number | undefined;
      if (seedText !== undefined) {
        if (!/^\d{1,10}$/.test(seedText) || Number(seedText) > 4_294_967_295)
          return fail(`run: --seed must be an integer from 0 to 4294967295, not "${seedText}"`);
        seed = Number(seedText);
      }
      return {
        ok: true,
        command: { kind: 'run', file: positional[0] ?? '', untilMs, format, ...(seed !== undefined ? { seed } : {}) },
      };
    }
    case 'presets': {
      const e = exactly(0, 'no arguments');
      return e ? fail(e) : { ok: true, command: { kind: 'presets' } };
    }
    case 'preset': {
      const e = exactly(1, 'one preset NAME');
      return e ? fail(e) : { ok: true, command: { kind: 'preset', name: positional[0] ?? '' } };
    }
    case 'import': {
      if (positional.length === 0) return fail('import: expected one or more FILEs of aws ec2 describe-* JSON');
      const region = options.get('region');
      return { ok: true, command: { kind: 'import', files: positional, ...(region !== undefined ? { region } : {}) } };
    }
    default: {
      const e = exactly(0, 'no arguments');
      const out = options.get('out');
      return e ? fail(e) : { ok: true, command: { kind: 'schema', ...(out !== undefined ? { out } : {}) } };
    }
  }
}
