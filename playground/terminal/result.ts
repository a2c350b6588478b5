/** What one command line produces: the text to print and the process exit status. */
export interface CommandResult {
  readonly output: string;
  readonly exitCode: number;
}

/** AWS CLI return codes (docs: "Command line return codes in the AWS CLI"). */
export const EXIT = {
  ok: 0,
  /** Invalid syntax, unknown parameter or bad parameter value. */
  usage: 252,
  /** The request reached the service, which returned an error. */
  service: 254,
  /** Any other failure. */
  general: 255,
} as const;

export const ok = (output: string): CommandResult => ({ output, exitCode: 0 });
export const failed = (output: string, exitCode: number): CommandResult => ({ output, exitCode });
