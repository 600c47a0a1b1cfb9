/** The side-by-side table bench:quality prints: a label, two columns of figures, their difference. */

/** A label with a figure per column and the difference; a row with no figures is a section title. */
export type Row = [label: string, a: string, b: string, delta: string];

export const f3 = (x: number): string => x.toFixed(3);

/** `x` with its sign (− for minus, ± for zero), to `digits` decimals. */
export const signed = (x: number, digits: number): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(digits)}`;

/** Precision / recall / F1 to 3 decimals. */
export const prf3 = (x: { precision: number; recall: number; f1: number }): string => `${f3(x.precision)} / ${f3(x.recall)} / ${f3(x.f1)}`;

/** The table's lines: a header with the two column names and Δ, a rule, then the rows, figures right-aligned. */
export function sideBySide(columns: readonly [string, string], rows: readonly Row[]): string[] {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(columns[0].length, ...rows.map((r) => r[1].length));
  const w2 = Math.max(columns[1].length, ...rows.map((r) => r[2].length));
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padStart(w2)}  ${d}`.trimEnd();
  return [
    line('', columns[0], columns[1], 'Δ'),
    '-'.repeat(w0 + w1 + w2 + 10),
    ...rows.map((r) => (r[1] || r[2] ? line(...r) : r[0])),
  ];
}
