import { describe, expect, it } from 'vitest';
import { pendingStep } from '../../src/domain/handoff.ts';

describe('a pending recovery handed over from the sign-in page', () => {
  it('is recorded under the step id the panel gives the same outcome (tree-<path>), so the case joins it with the walk', () => {
    expect(pendingStep('other-device')).toBe('tree-other-device');
    expect(pendingStep('iam-admin')).toBe('tree-iam-admin');
  });
});
