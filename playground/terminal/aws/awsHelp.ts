/** `aws help`, `aws ec2 help`, `aws ec2 <command> help`: what VPN Lab simulates and each option. */
import { GLOBAL_OPTIONS, type CommandSpec } from './commandSpec';
import { commandsOf, SERVICES } from './commandTable';

export function awsHelp(): string {
  return [
    'AWS CLI (the VPN Lab subset, running against the simulated account)',
    '',
    'SYNOPSIS',
    '  aws [options] <command> <subcommand> [parameters]',
    '',
    'AVAILABLE SERVICES',
    ...SERVICES.map((s) => `  o ${s}`),
    '',
    'GLOBAL OPTIONS',
    ...GLOBAL_OPTIONS.map((o) => `  --${o.name.padEnd(14)} ${o.help}`),
    '',
    'Parameter values take the AWS CLI shorthand (Key=Value,Key2=[a,b]) or JSON.',
    '',
  ].join('\n');
}

export function serviceHelp(service: string): string {
  const cmds = commandsOf(service);
  return [
    `aws ${service}`,
    '',
    'AVAILABLE COMMANDS',
    ...cmds.map((c) => `  o ${c.name.padEnd(48)}${c.unsupported ? ' (not simulated)' : ''}`),
    '',
    `Run "aws ${service} <command> help" for its options.`,
    '',
  ].join('\n');
}

export function commandHelp(c: CommandSpec): string {
  const synopsis = c.params.map((x) => (x.required ? `--${x.name} <value>` : `[--${x.name} <value>]`)).join('\n    ');
  return [
    c.name,
    '',
    'DESCRIPTION',
    `  ${c.help}`,
    ...(c.unsupported ? ['', `  ${c.unsupported}`] : []),
    '',
    'SYNOPSIS',
    `    ${c.name}${synopsis ? `\n    ${synopsis}` : ''}`,
    '',
    'OPTIONS',
    ...(c.params.length === 0 ? ['  None'] : c.params.map((x) => `  --${x.name} (${x.type})${x.required ? ' [required]' : ''}\n      ${x.help}${x.choices ? `\n      Possible values: ${x.choices.join(', ')}` : ''}`)),
    '',
    'OUTPUT',
    `  The ${c.operation} response, as JSON by default; --output text|table for the other formats.`,
    '',
  ].join('\n');
}
