import { FORMATS, type Format } from './format.js';

export type Command =
  | { kind: 'clean'; files: string[]; url?: string; format: Format; force: boolean }
  | { kind: 'sample'; out?: string }
  | { kind: 'help' }
  | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  sift clean PAGE.html... [--url URL] [--format markdown|html|text|json] [--force]
  sift sample [--out FILE]      read the built-in sample page, write its reader preview
  sift --help | --version

clean     Read saved pages and print their article. Several pages with --format json
          print one JSON object per line, each with its "file".
--url     The page's address (else the first-line <!-- {"url": "..."} --> comment).
--force   Extract even when a page does not look like an article.

Exit status: 0 all pages read; 1 some page was not an article; 2 usage error.`;

export function parseArgs(argv: readonly string[]): Command {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') return { kind: 'help' };
  if (cmd === '--version' || cmd === '-v') return { kind: 'version' };
  const value = (i: number, flag: string): string => {
    const v = rest[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  if (cmd === 'sample') {
    let out: string | undefined;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i]!;
      if (a === '--out') out = value(i++, a);
      else throw new UsageError(`unknown argument for sample: ${a}`);
    }
    return { kind: 'sample', out };
  }
  if (cmd !== 'clean') throw new UsageError(`unknown command: ${cmd}`);
  const files: string[] = [];
  let url: string | undefined;
  let format: Format = 'markdown';
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (flag === '--url') url = inline ?? value(i++, flag);
    else if (flag === '--format') {
      const f = inline ?? value(i++, flag);
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format: ${f} (use ${FORMATS.join(', ')})`);
      format = f as Format;
    } else if (flag === '--force') force = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option: ${a}`);
    else files.push(a);
  }
  if (files.length === 0) throw new UsageError('clean needs at least one page');
  return { kind: 'clean', files, url, format, force };
}
