import type { CleanContext, CleanStep } from './step.js';

/**
 * Every cleanup step, in the order it runs. Later issues add steps here; each
 * lives in its own file and can be switched off by name (ReadOptions.disable).
 */
export const STEPS: CleanStep[] = [];

export function runSteps(
  phase: CleanStep['phase'],
  root: Element,
  ctx: CleanContext,
  disable: readonly string[] = [],
  steps: readonly CleanStep[] = STEPS,
): void {
  for (const step of steps) {
    if (step.phase !== phase || disable.includes(step.name)) continue;
    step.run(root, ctx);
  }
}

export type { CleanContext, CleanStep };
