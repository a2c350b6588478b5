/**
 * `aws <service> <command> [parameters]` against a running Engine: parses the words, runs the
 * command's handler, prints the response in the chosen output format. Exit codes as the CLI's.
 */
import type { Engine } from '../../engine/engine';
import { EXIT, failed, ok, type CommandResult } from '../result';
import { awsHelp, commandHelp, serviceHelp } from './awsHelp';
import { usageError } from './awsErrors';
import { commandsOf, findCommand, SERVICES } from './commandTable';
import { formatOutput, OUTPUT_FORMATS, type OutputFormat } from './outputFormat';
import { parseParams } from './parseParams';

/** Global options may come before the service (`aws --output table ec2 ...`). */
function leadingGlobals(words: string[]): { rest: string[]; output?: string } {
  const rest = [...words];
  let output: string | undefined;
  while (rest[0]?.startsWith('--')) {
    const flag = rest.shift() as string;
    if (flag === '--output' || flag === '--region' || flag === '--profile' || flag === '--query') {
      const v = rest.shift();
      if (flag === '--output') output = v;
    }
  }
  return output !== undefined ? { rest, output } : { rest };
}

export function runAws(args: readonly string[], engine: Engine | null): CommandResult {
  const { rest, output: leadingOutput } = leadingGlobals([...args]);
  const [service, name, ...params] = rest;
  if (service === undefined) return usageError('the following arguments are required: command');
  if (service === 'help') return ok(awsHelp());
  if (!(SERVICES as readonly string[]).includes(service)) {
    return usageError(`argument command: Invalid choice, valid choices are:\n\n${SERVICES.join(' | ')}\n(VPN Lab simulates only these services.)`);
  }
  if (name === undefined) return usageError('the following arguments are required: operation');
  if (name === 'help') return ok(serviceHelp(service));
  const cmd = findCommand(service, name);
  if (!cmd) return usageError(`argument operation: Invalid choice, valid choices are:\n\n${commandsOf(service).map((c) => c.name).join(' | ')}`);
  if (params[0] === 'help') return ok(commandHelp(cmd));
  if (cmd.unsupported) return failed(`aws ${service} ${name}: not simulated in VPN Lab. ${cmd.unsupported}\n`, EXIT.general);
  const parsed = parseParams(cmd, params);
  if (!parsed.ok) return parsed.unknownOptions ? failed(`${parsed.message}\n`, EXIT.usage) : usageError(parsed.message);
  const format = String(parsed.globals['output'] ?? leadingOutput ?? 'json');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) return usageError(`argument --output: Invalid choice, valid choices are:\n\n${OUTPUT_FORMATS.join(' | ')}`);
  if (!engine || !cmd.run) return failed('There is no running scenario: load a preset or fix the scenario first.\n', EXIT.general);
  const outcome = cmd.run({ engine }, parsed.args);
  if (!outcome.ok) return outcome.result;
  const note = parsed.globals['query'] !== undefined ? 'Note: --query (JMESPath) is not supported in VPN Lab; showing the full response.\n' : '';
  return ok(note + formatOutput(outcome.data, format as OutputFormat, cmd.operation));
}
