import axe from 'axe-core';
import type { Result } from 'axe-core';
import { act } from 'react';

/**
 * Rules jsdom cannot evaluate, because it has no layout or rendering:
 * - `color-contrast`: needs computed colours of painted pixels (contrast is checked in
 *   the real-browser tests, test/e2e);
 * - `target-size`: needs element boxes, and jsdom reports every box as 0×0.
 */
const jsdomBlindRules = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

function describe(violation: Result): string {
  const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`.trimEnd());
  return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n${nodes.join('\n')}`;
}

/** Runs axe-core on `container` and fails with a readable list of every violation. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  // In act: while axe works, input-otp may still update itself on a timer (it re-reads the selection).
  const results = await act(() => axe.run(container, { rules: jsdomBlindRules, resultTypes: ['violations'] }));
  if (results.violations.length > 0) {
    throw new Error(`axe found ${results.violations.length} accessibility violation(s):\n${results.violations.map(describe).join('\n')}`);
  }
}
