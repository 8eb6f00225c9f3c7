/** An error that stops the command with exit code 2 and one sentence on stderr. */
export class CliError extends Error {}
