import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints the problem and the usage, exits 2 (bad invocation). */
export function failWithUsage(usage: string, message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

/**
 * Strict argument parsing shared by the Node hosts: unknown flags are refused with the usage
 * text, and --help prints it and exits 0.
 */
export function parseHostArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: O,
): ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values'] {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h', default: false } }, strict: true }).values;
  } catch (error) {
    return failWithUsage(usage, (error as Error).message);
  }
  if (values['help']) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  delete values['help'];
  return values as ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values'];
}
