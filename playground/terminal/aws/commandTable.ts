/** Every `aws` command the terminal knows, by service. */
import type { CommandSpec } from './commandSpec';
import { compareText } from '../../engine/core/compareText';
import { cloudwatchCommands } from './cloudwatchCommands';
import { deviceConfigCommands } from './deviceConfigCommands';
import { ec2ReadCommands } from './ec2ReadCommands';
import { ec2WriteCommands } from './ec2WriteCommands';
import { transitGatewayCommands } from './transitGatewayCommands';

export const COMMANDS: readonly CommandSpec[] = [...ec2ReadCommands, ...ec2WriteCommands, ...transitGatewayCommands, ...deviceConfigCommands, ...cloudwatchCommands];
export const SERVICES = ['ec2', 'cloudwatch'] as const;

export function commandsOf(service: string): CommandSpec[] {
  return COMMANDS.filter((c) => c.service === service).sort((a, b) => compareText(a.name, b.name));
}

export function findCommand(service: string, name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.service === service && c.name === name);
}
