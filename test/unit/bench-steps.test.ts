import { describe, expect, it } from 'vitest';
import { parse } from '../../bench/steps/args.js';
import { stepFigure } from '../../bench/steps/figures.js';
import type { StepsReading } from '../../bench/steps/read.js';

const page = (set: 'wcxb' | 'snippets', name: string, x: Partial<StepsReading>): [string, StepsReading] =>
  [`${set}/${name}`, { set, name, steps: [], ...x }];

describe('bench:steps figures', () => {
  const base = new Map([
    page('wcxb', 'a', { f1: 0.9, steps: ['credits'] }),
    page('wcxb', 'b', { f1: 0.5 }),
    page('snippets', 'c', { snippets: { tp: 3, fp: 0, fn: 1 }, steps: ['credits'] }),
  ]);

  it('a step whose removals the ground truth wanted gone earns: switched off, F1 falls', () => {
    const without = new Map([page('wcxb', 'a', { f1: 0.8 }), page('snippets', 'c', { snippets: { tp: 3, fp: 2, fn: 1 } })]);
    const fig = stepFigure('credits', 'post', base, without, 2);
    expect(fig.wcxb).toBeCloseTo(0.05); // 0.1 on one page of two
    expect(fig.snippets).toBeCloseTo(6 / 7 - 6 / 9);
    expect(fig).toMatchObject({ pages: 2, changed: 2, fp: 2, tp: 0 });
  });

  it('a step that took story costs: switched off, F1 rises and it shows as a loss', () => {
    const without = new Map([page('wcxb', 'a', { f1: 1 })]);
    const fig = stepFigure('credits', 'post', base, without, 2);
    expect(fig.wcxb).toBeCloseTo(-0.05);
    expect(fig.snippets).toBe(0);
    expect(fig.changed).toBe(1);
  });

  it('pages read again that did not change count as read, not changed', () => {
    const fig = stepFigure('credits', 'post', base, new Map([page('wcxb', 'a', { f1: 0.9 })]), 2);
    expect(fig).toMatchObject({ pages: 1, changed: 0 });
    expect(fig.wcxb).toBeCloseTo(0);
  });
});

describe('bench:steps flags', () => {
  it('takes known step names, and refuses others by name', () => {
    expect(parse(['--steps', 'credits,boilerplate']).steps).toEqual(['credits', 'boilerplate']);
    expect(() => parse(['--steps', 'credits,nope'])).toThrow(/unknown step: nope/);
    expect(() => parse(['--workers', '0'])).toThrow(/whole number/);
  });
});
