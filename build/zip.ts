import { zipSync, type Zippable } from 'fflate';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Zip a folder's contents (not the folder itself), as the extension stores expect, with fixed timestamps. */
export function zipDir(dir: string, outFile: string): void {
  const files: Zippable = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const relPath = rel ? `${rel}/${name}` : name;
      const full = join(dir, relPath);
      if (statSync(full).isDirectory()) walk(relPath);
      else files[relPath] = [readFileSync(full), { mtime: new Date('2026-01-01T00:00:00Z') }];
    }
  };
  walk('');
  writeFileSync(outFile, zipSync(files, { level: 9 }));
}
