/**
 * Error text worded like the AWS CLI v2: usage errors (exit 252) and service errors
 * `An error occurred (Code) when calling the Operation operation: Message` (exit 254).
 */
import type { ValidationError } from '../../engine/schema/validationError';
import { EXIT, failed, type CommandResult } from '../result';

export const USAGE_HEADER = [
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
  'To see help text, you can run:',
  '',
  '  aws help',
  '  aws <command> help',
  '  aws <command> <subcommand> help',
  '',
].join('\n');

export function usageError(message: string): CommandResult {
  return failed(`${USAGE_HEADER}\naws: error: ${message}\n`, EXIT.usage);
}

export function serviceError(operation: string, code: string, message: string): CommandResult {
  return failed(`\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`, EXIT.service);
}

/** The resource word EC2 puts in its NotFound messages ("The vpnConnection ID 'vpn-x' does not exist"). */
const NOT_FOUND_NOUN: Readonly<Record<string, string>> = {
  'InvalidVpnConnectionID.NotFound': 'vpnConnection',
  'InvalidCustomerGatewayID.NotFound': 'customerGateway',
  'InvalidVpnGatewayID.NotFound': 'vpnGateway',
  'InvalidTransitGatewayID.NotFound': 'transitGateway',
  'InvalidRouteTableID.NotFound': 'routeTable',
  'InvalidVpcID.NotFound': 'vpc',
};

export function notFoundMessage(code: string, id: string): string {
  const noun = NOT_FOUND_NOUN[code] ?? 'resource';
  return `The ${noun} ID '${id}' does not exist`;
}

const sentence = (s: string): string => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1));

/** One engine ValidationError worded as the service would word it; the field path stays visible for learners. */
export function engineErrorMessage(e: ValidationError): string {
  if (NOT_FOUND_NOUN[e.code] && typeof e.value === 'string') return notFoundMessage(e.code, e.value);
  const where = e.path && e.path !== 'engine' ? ` (${e.path}${e.allowed ? `; allowed: ${e.allowed}` : ''})` : '';
  return `${sentence(e.message)}${where}`;
}

/** The engine's refusal of an action as the CLI prints it; the first error's code is the service code. */
export function engineErrors(operation: string, errors: readonly ValidationError[]): CommandResult {
  const first = errors[0];
  if (!first) return serviceError(operation, 'InternalError', 'The request failed.');
  const text = errors.map(engineErrorMessage).join('; ');
  return serviceError(operation, first.code, text);
}
