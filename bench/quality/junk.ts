import { JUNK_PATTERNS, stripDecor, type JunkKind, type JunkPattern } from './junk-patterns.js';

export type { JunkKind };
export const JUNK_KINDS: readonly JunkKind[] = [...new Set(JUNK_PATTERNS.map((p) => p.kind))];

export interface JunkLine {
  kind: JunkKind;
  line: string;
}

/** Lines of an output text: split on newlines, trimmed, empty ones dropped. */
export function outputLines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

function matches(p: JunkPattern, raw: string, core: string): boolean {
  const s = p.raw ? raw : core;
  if (!s) return false;
  if (p.maxLength !== undefined && raw.length > p.maxLength) return false;
  return p.re.test(s);
}

/** The junk kind of one line (first matching row of JUNK_PATTERNS), or null. */
export function classifyLine(line: string, patterns: readonly JunkPattern[] = JUNK_PATTERNS): JunkKind | null {
  const raw = line.trim();
  if (!raw || raw.length > 300) return null;
  const core = stripDecor(raw);
  for (const p of patterns) if (matches(p, raw, core)) return p.kind;
  return null;
}

/** Every junk line of an output text, in order. */
export function junkLines(text: string, patterns: readonly JunkPattern[] = JUNK_PATTERNS): JunkLine[] {
  const out: JunkLine[] = [];
  for (const line of outputLines(text)) {
    const kind = classifyLine(line, patterns);
    if (kind) out.push({ kind, line });
  }
  return out;
}

/** Count per kind, every kind present (0 when none). */
export function countByKind(lines: Iterable<Pick<JunkLine, 'kind'>>, kinds: readonly JunkKind[] = JUNK_KINDS): Record<JunkKind, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<JunkKind, number>;
  for (const l of lines) counts[l.kind] = (counts[l.kind] ?? 0) + 1;
  return counts;
}
