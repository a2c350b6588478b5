/**
 * How one `aws <service> <command>` is described: its EC2/CloudWatch operation name, its
 * parameters (CLI name, API name, type, required) and the handler that runs it on the engine.
 */
import type { Engine } from '../../engine/engine';
import type { CommandResult } from '../result';

export type ParamType = 'string' | 'integer' | 'double' | 'boolean' | 'list' | 'structure' | 'structure-list' | 'timestamp';

export interface ParamSpec {
  /** CLI spelling without the dashes, e.g. `vpn-connection-id`. */
  readonly name: string;
  /** API member name, e.g. `VpnConnectionId`. */
  readonly api: string;
  readonly type: ParamType;
  readonly required?: boolean;
  readonly help: string;
  readonly choices?: readonly string[];
}

export type Outcome =
  | { readonly ok: true; readonly data?: unknown }
  | { readonly ok: false; readonly result: CommandResult };

export interface CommandContext {
  readonly engine: Engine;
}

export interface CommandSpec {
  readonly service: 'ec2' | 'cloudwatch';
  readonly name: string;
  readonly operation: string;
  readonly help: string;
  readonly params: readonly ParamSpec[];
  /** Absent: the engine does not simulate this operation; `unsupported` says what to do instead. */
  readonly run?: (ctx: CommandContext, args: Record<string, unknown>) => Outcome;
  readonly unsupported?: string;
}

export const p = (name: string, api: string, type: ParamType, help: string, extra: Partial<ParamSpec> = {}): ParamSpec => ({ name, api, type, help, ...extra });
export const req = (name: string, api: string, type: ParamType, help: string, extra: Partial<ParamSpec> = {}): ParamSpec => p(name, api, type, help, { ...extra, required: true });

/** Options every command accepts (global CLI options). */
export const GLOBAL_OPTIONS: readonly ParamSpec[] = [
  p('output', 'output', 'string', 'The formatting style for command output.', { choices: ['json', 'text', 'table'] }),
  p('region', 'region', 'string', 'The region to use (the scenario has one region).'),
  p('query', 'query', 'string', 'A JMESPath query (not supported in VPN Lab: ignored with a note).'),
  p('no-cli-pager', 'no-cli-pager', 'boolean', 'Disable the pager (VPN Lab never pages).'),
  p('debug', 'debug', 'boolean', 'Not simulated.'),
];
