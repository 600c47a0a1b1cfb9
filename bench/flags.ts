/** Flag reading shared by the benches (`bench:quality`, `bench:highlights`). */

export class UsageError extends Error {}

/**
 * Call `handle` for each argument with its flag name and a `take()` that
 * returns the flag's value, from `--flag=value` or from the next argument.
 */
export function eachFlag(argv: readonly string[], handle: (flag: string, take: () => string, arg: string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
      return v;
    };
    handle(flag, take, arg);
  }
}

/**
 * Parse the command line, or say why not: the parsed flags, or the exit code
 * (2 after a usage error, 0 after printing the usage for --help).
 */
export function readArgs<T extends { help: boolean }>(argv: readonly string[], parse: (argv: readonly string[]) => T,
  usage: string): T | number {
  let args: T;
  try {
    args = parse(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  return args;
}
