/**
 * Which accounts remind at all: a closed account (its organization says so) reminds of nothing,
 * neither its phone check nor its recovery case's follow-ups; an account on its way to closing,
 * or suspended, still does (it can still be signed in to and recovered). An account whose
 * reminders the user turned off (imported ones start that way) reminds of nothing either.
 */
import { expect, it } from 'vitest';
import type { OrgStatus } from '../../src/shared/model.ts';
import { planReminders, reminderId } from '../../src/domain/reminders.ts';
import { account, recoveryCase, state } from './reminders-fixtures.ts';

// Added 1 January, never checked: the 90-day phone check was due on 1 April. Its case's documents
// went out on 1 February: the follow-up and the objection e-mail reminders are due by June too.
const NOW = new Date('2026-06-01T12:00:00Z');
const withStatus = (orgStatus: OrgStatus | undefined, over = {}) =>
  state({ accounts: [account({ ...(orgStatus && { orgStatus }), ...over })], cases: [recoveryCase({ documentsSentAt: '2026-02-01T10:00:00.000Z' })] });

it('a closed account reminds of nothing: no phone check, no follow-up for its recovery case, no alarm', () => {
  const plan = planReminders(withStatus('closed'), NOW, 'UTC');
  expect(plan).toEqual({ items: [], due: [], notify: [] });
});

it.each<OrgStatus | undefined>([undefined, 'active', 'pending-activation', 'suspended', 'pending-closure'])('an account whose organization status is %s still reminds of its phone and its case', (status) => {
  const plan = planReminders(withStatus(status), NOW, 'UTC');
  expect(plan.due.map((i) => i.id).sort()).toEqual([reminderId('documents-follow-up', 'case1'), reminderId('objection-email', 'case1'), reminderId('phone-verify', 'acc1')].sort());
});

it('an account whose reminders are turned off reminds of nothing, its case neither', () => {
  expect(planReminders(withStatus('active', { remindersOff: true }), NOW, 'UTC')).toEqual({ items: [], due: [], notify: [] });
});
