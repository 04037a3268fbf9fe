/**
 * Issue #11 item 3, "one recovery, wherever it started", end to end in Chromium: the panel's
 * decision tree on the sign-in MFA step reaches an outcome (recorded by the worker as a pending
 * recovery), its button opens the link page, where the user picks the account in one step; from
 * then on the popup shows that recovery with its checklist started, never the questions again.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './use-browser.ts';
import { msg, openPopup } from './popup-helpers.ts';
import { LONG_AGO, URLS, nextTab, panelOn, readAll, seed, serveAll, worker } from './trust-helpers.ts';
import type { Account, ProgressEvent, RecoveryCase } from '../../src/shared/model.ts';
import { PATHS, QUESTIONS } from '../../src/domain/recovery-tree.ts';

const en = (key: string, subs: string[] = []) => msg('en', key, subs);
const account = (key: string, label: string): Account => ({ key, label, mfaDevices: [], createdAt: LONG_AGO, updatedAt: LONG_AGO });

describe('tree → handoff → link page → popup', () => {
  const env = useBrowser();

  it('the panel records the answers as a pending recovery, and the link page makes it the account’s case', async () => {
    serveAll(env.offline);
    await seed(worker(env.b), { accounts: [account('k-home', 'Home lab'), account('k-prod', 'Production')] });
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.mfa, 'mfa-code');
    await panel.getByRole('button', { name: en('panelCantEnter') }).click();
    // Seed 000: no other device, the root user, not an Organizations member, the e-mail still
    // works, the phone does not, and nobody can update it first: the documents path.
    for (const label of ['commonNo', 'recoveryASignInRoot', 'commonNo', 'commonYes', 'commonNo', 'commonNo']) {
      await panel.getByRole('button', { name: en(label), exact: true }).click();
    }
    await panel.getByRole('heading', { name: en(PATHS['support-documents'].titleKey) }).waitFor();
    // The panel lists no account.
    expect(await panel.getByText('Home lab').count()).toBe(0);

    const link = await nextTab(env.b.context, () => panel.getByRole('button', { name: en('panelLinkRecovery') }).click());
    await link.getByRole('heading', { name: en('linkRecoveryTitle') }).waitFor();
    await link.getByText(en('linkRecoveryPath', [en(PATHS['support-documents'].titleKey)])).waitFor();
    await link.getByText(en(QUESTIONS.accountPhone.titleKey)).waitFor();
    // One step: pick the account, start.
    await link.getByRole('radio', { name: 'Production' }).check();
    await link.getByRole('button', { name: en('linkRecoveryStart') }).click();
    // The tab goes on to that account's checklist in the popup page.
    await link.waitForURL(/src\/popup\/index\.html#\/account\/k-prod\/recover$/);
    await link.getByRole('heading', { name: en('popupRecoverTitle', ['Production']) }).waitFor();
    expect(await link.getByText(en(QUESTIONS.otherDevice.titleKey)).count()).toBe(0);

    const cases = await readAll<RecoveryCase>(worker(env.b), 'cases');
    expect(cases.map((c) => [c.accountKey, c.path, c.closedAt])).toEqual([['k-prod', 'support-documents', undefined]]);
    const events = await readAll<ProgressEvent>(worker(env.b), 'progress');
    const outcome = events.find((e) => e.step === 'tree-support-documents')!;
    expect(outcome).toMatchObject({ accountKey: 'k-prod', answers: { otherDevice: false, signInAs: 'root', orgMember: false, rootEmail: true, accountPhone: false, phoneUpdater: false } });
    // The questions the panel asked belong to that recovery's timeline now.
    expect(events.filter((e) => e.step.startsWith('tree-q-')).map((e) => e.accountKey)).toEqual(Array(6).fill('k-prod'));
    await Promise.all([page.close(), link.close()]);
  });

  it('the popup, opened afterwards, shows that recovery with its checklist started, not the questions', async () => {
    const popup = await openPopup(env.b.context, env.b.extensionId);
    const card = popup.locator('.card', { hasText: 'Production' });
    await card.locator('.notice', { hasText: en(PATHS['support-documents'].titleKey) }).waitFor();
    await card.getByRole('link', { name: en('popupLockedOut') }).click();
    await popup.getByRole('heading', { name: en('popupRecoverTitle', ['Production']) }).waitFor();
    expect(await popup.getByText(en(QUESTIONS.otherDevice.titleKey)).count()).toBe(0);
    expect(await popup.locator('ol.checklist > li').count()).toBeGreaterThan(0);
    // The other account has no case: its recovery still starts with the questions.
    await popup.goto(popup.url().replace(/#.*$/, '#/account/k-home/recover'));
    await popup.getByText(en(QUESTIONS.otherDevice.titleKey)).waitFor();
    await popup.close();
  });

  it('a later walk through the tree hands over to a new account, created in the same step', async () => {
    const page = await env.b.context.newPage();
    const panel = await panelOn(page, URLS.mfa, 'mfa-code');
    // No outcome reached yet: nothing to hand over.
    expect(await panel.getByRole('button', { name: en('panelLinkRecovery') }).count()).toBe(0);
    await panel.getByRole('button', { name: en('panelCantEnter') }).click();
    await panel.getByRole('button', { name: en('commonYes') }).click();
    const link = await nextTab(env.b.context, () => panel.getByRole('button', { name: en('panelLinkRecovery') }).click());
    await link.getByText(en('linkRecoveryPath', [en(PATHS['other-device'].titleKey)])).waitFor();
    // A new account, created in the same step.
    await link.getByRole('radio', { name: en('linkNewAccount') }).check();
    await link.getByRole('button', { name: en('linkRecoveryStart') }).click();
    await link.getByText(en('popupErrLabelEmpty')).waitFor();
    await link.getByLabel(en('linkNewLabel')).fill('Work');
    await link.getByRole('button', { name: en('linkRecoveryStart') }).click();
    await link.waitForURL(/#\/account\/[^/]+\/recover$/);
    const cases = await readAll<RecoveryCase>(worker(env.b), 'cases');
    expect(cases.map((c) => c.path).sort()).toEqual(['other-device', 'support-documents']);
    const again = await env.b.context.newPage();
    await again.goto(link.url().replace(/popup\/index\.html#.*$/, 'link/index.html'));
    await again.getByText(en('linkExpired')).waitFor();
    await Promise.all([page.close(), link.close(), again.close()]);
    expect(env.offline.refused).toEqual([]);
  });
});
