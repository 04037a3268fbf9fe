/**
 * Access in Chromium: no serious or critical axe-core violations on every popup view in English
 * and Japanese (the browser's language, and the settings override), a keyboard-only walk from an
 * empty profile to a ticked recovery step, and the dark colour scheme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Launched } from '../harness/launch.ts';
import { type Offline } from '../harness/offline.ts';
import { importSeed, msg, openPopup, seriousViolations, tabTo } from './popup-helpers.ts';
import { QUESTION_ORDER, QUESTIONS } from '../../src/domain/recovery-tree.ts';
import { launchChromium, storeVia } from './harness/index.ts';

const ROUTES = (key: string) => ['', `#/account/${key}`, `#/account/${key}/recover`, `#/account/${key}/safe`, `#/account/${key}/edit`, '#/account/new', '#/settings'];

async function auditAll(b: Launched, key: string, lang: 'en' | 'ja'): Promise<Record<string, unknown>> {
  const found: Record<string, unknown> = {};
  for (const route of ROUTES(key)) {
    const page = await openPopup(b.context, b.extensionId, route);
    await page.locator('main h2').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const v = await seriousViolations(page);
    if (v.length) found[route || '#/'] = v;
    await page.close();
  }
  // The form with its error messages showing.
  const page = await openPopup(b.context, b.extensionId, '#/account/new');
  await page.getByRole('button', { name: msg(lang, 'commonSave') }).click();
  await page.getByRole('alert').waitFor();
  const v = await seriousViolations(page);
  if (v.length) found['form errors'] = v;
  // A question of the decision tree, on an account without an open case.
  await page.getByLabel(msg(lang, 'popupFieldLabel')).fill('Tree');
  await page.getByRole('button', { name: msg(lang, 'commonSave') }).click();
  await page.getByRole('link', { name: msg(lang, 'popupLockedOut') }).first().click();
  await page.getByRole('heading', { name: msg(lang, 'recoveryQOtherDevice') }).waitFor();
  const tree = await seriousViolations(page);
  if (tree.length) found['tree'] = tree;
  await page.close();
  return found;
}

describe('popup access in English', () => {
  let b: Launched;
  let offline: Offline;
  beforeAll(async () => {
    ({ launched: b, offline } = await launchChromium());
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('is usable with the keyboard alone, from an empty profile to a ticked recovery step', async () => {
    const m = (k: string) => msg('en', k);
    // What this walk writes goes, so that a retry (vitest.config.ts) starts from an empty profile too.
    await storeVia(b.worker).clear(['accounts', 'prevention', 'cases', 'progress']);
    const page = await openPopup(b.context, b.extensionId);
    await tabTo(page, (s) => s === m('popupAddFirstAccount'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: m('popupAddAccountTitle') }).waitFor();
    await tabTo(page, (s) => s === m('popupFieldLabel'));
    await page.keyboard.type('Keyboard only');
    await tabTo(page, (s) => s === m('popupDeviceAdd'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab'); // back from the new device row is fine; go on to Save
    await tabTo(page, (s) => s === m('commonSave'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Keyboard only' }).waitFor();
    // The new view's heading has focus, so Tab continues from the top of what changed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keyboard only');

    await tabTo(page, (s) => s === m('popupLockedOut'));
    await page.keyboard.press('Enter');
    // One question at a time: wait for each to be on screen before answering it, since preact
    // re-renders after the key press and the same "No" button may still have focus.
    // Seed 000's answers: root user, no organization, e-mail fine, phone stale, nobody to update it.
    const answers: Record<(typeof QUESTION_ORDER)[number], string> = {
      otherDevice: 'commonNo',
      signInAs: 'recoveryASignInRoot',
      orgMember: 'commonNo',
      rootEmail: 'commonYes',
      accountPhone: 'commonNo',
      phoneUpdater: 'commonNo',
    };
    for (const q of QUESTION_ORDER) {
      await page.getByRole('heading', { name: m(QUESTIONS[q].titleKey) }).waitFor();
      // Each new question takes focus (after its paint): Tab goes on from there. Starting to Tab
      // before that, from the previous answer's reused button, raced it on a loaded machine.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName + ':' + document.activeElement?.textContent)).toBe('H3:' + m(QUESTIONS[q].titleKey));
      await tabTo(page, (s) => s === m(answers[q]));
      await page.keyboard.press('Space');
    }
    await tabTo(page, (s) => s === m('popupStartChecklist'));
    await page.keyboard.press('Enter');
    await tabTo(page, (s) => s.includes(m('recoveryStep_supportForm')));
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByLabel(m('recoveryStep_supportForm')).isChecked()).toBe(true);
    // Focus is visible: the focused control draws an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('has no serious or critical axe violations on any view', async () => {
    const key = await importSeed(b.context, b.extensionId, 'en');
    expect(await auditAll(b, key, 'en')).toEqual({});
  });

  it('follows the dark colour scheme', async () => {
    const page = await openPopup(b.context, b.extensionId);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await bg();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await bg();
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches to Japanese from settings and stays Japanese after reopening', async () => {
    const page = await openPopup(b.context, b.extensionId, '#/settings');
    await page.getByLabel(msg('en', 'popupLanguage')).selectOption('ja');
    await page.getByRole('heading', { name: msg('ja', 'popupSettings') }).waitFor();
    await page.close();
    const again: Page = await openPopup(b.context, b.extensionId);
    await again.getByRole('heading', { name: msg('ja', 'popupAccountsTitle') }).waitFor();
    expect(await again.evaluate(() => document.documentElement.lang)).toBe('ja');
    await again.close();
    expect(offline.refused).toEqual([]);
  });
});

describe('popup access in Japanese', () => {
  let b: Launched;
  beforeAll(async () => {
    ({ launched: b } = await launchChromium({ lang: 'ja' }));
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('speaks Japanese and has no serious or critical axe violations on any view', async () => {
    const key = await importSeed(b.context, b.extensionId, 'ja');
    const page = await openPopup(b.context, b.extensionId);
    await page.getByRole('heading', { name: msg('ja', 'popupAccountsTitle') }).waitFor();
    await page.close();
    expect(await auditAll(b, key, 'ja')).toEqual({});
  });
});
