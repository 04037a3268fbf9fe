/**
 * The popup end to end in Chromium: add an account (bad values refused, nothing saved), walk the
 * document recovery path, see the in-page assistant's progress in the timeline, close and reopen
 * the popup, restart the browser with the same profile, and find everything as it was; then an
 * export/import round trip into a fresh profile yields the same data, and a hostile file changes
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { ROOT, type Launched } from '../harness/launch.ts';
import { readFixture, type Offline } from '../harness/offline.ts';
import { msg, openPopup } from './popup-helpers.ts';
import type { ExportFile } from '../../src/shared/model.ts';
import { launchChromium } from './harness/index.ts';

/** The day the documents went out: today, since a case started today refuses an earlier day or a later one. */
const SENT_DAY = new Date().toLocaleDateString('sv-SE');

const m = (key: string, subs: string[] = []) => msg('en', key, subs);
const MFA_PAGE = 'https://signin.aws.amazon.com/oauth?response_type=code&fixture=popup-e2e';

/** What the recovery view shows that must survive a reopen and a restart. */
async function recoverySnapshot(page: Page) {
  await page.getByRole('heading', { name: m('popupChecklist') }).waitFor();
  return {
    supportFormDone: await page.getByLabel(m('recoveryStep_supportForm')).isChecked(),
    sentDay: await page.getByLabel(m('docStepSent')).inputValue(),
    caseId: await page.getByLabel(m('docStepCaseId')).inputValue(),
    timeline: await page.getByTestId('timeline').innerText(),
  };
}

describe('popup in Chromium', () => {
  let b: Launched;
  let offline: Offline;
  let key = '';
  let before: Awaited<ReturnType<typeof recoverySnapshot>>;
  const refused: string[] = [];

  beforeAll(async () => {
    ({ launched: b, offline } = await launchChromium());
  });
  afterAll(async () => {
    await b?.context.close();
  });

  it('adds an account: a bad account ID is refused with a message and nothing is saved', async () => {
    const page = await openPopup(b.context, b.extensionId);
    await page.getByRole('link', { name: m('popupAddFirstAccount') }).click();
    await page.getByLabel(m('popupFieldLabel')).fill('Personal');
    await page.getByLabel(m('popupFieldAccountId')).fill('1234-5678-901');
    await page.getByLabel(m('popupFieldCountry')).selectOption('JP');
    await page.getByLabel(m('popupFieldPhone')).fill('090-1234-5678');
    await page.getByRole('button', { name: m('popupDeviceAdd') }).click();
    await page.getByLabel(m('popupDeviceKind')).selectOption('passkey');
    await page.getByLabel(m('popupDeviceWhere')).fill('iCloud Keychain');
    await page.getByRole('button', { name: m('commonSave') }).click();
    await page.getByText(m('popupErrAccountId')).waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toContain(m('popupFormHasErrors', ['1']));
    expect(await page.evaluate(() => location.hash)).toBe('#/account/new');

    await page.getByLabel(m('popupFieldAccountId')).fill('1234-5678-9012');
    await page.getByRole('button', { name: m('commonSave') }).click();
    await page.getByRole('heading', { name: 'Personal' }).waitFor();
    key = decodeURIComponent((await page.evaluate(() => location.hash)).split('/')[2]!);
    const text = await page.locator('main').innerText();
    expect(text).toContain('123456789012');
    // Shown masked, stored in international form (the edit form shows the stored value).
    expect(text).toContain('5678');
    expect(text).not.toContain('1234-5678');
    expect(text).not.toContain('9012345678');
    expect(text).toContain('iCloud Keychain');
    await page.getByRole('link', { name: m('popupEdit') }).click();
    await expect(page.getByLabel(m('popupFieldPhone')).inputValue()).resolves.toBe('+819012345678');
    await page.close();
  });

  it('walks the decision tree to the document path and keeps dated steps', async () => {
    const page = await openPopup(b.context, b.extensionId, `#/account/${key}`);
    await page.getByRole('link', { name: m('popupLockedOut') }).first().click();
    // Seed 000: the root user, not in an organization, the e-mail works, the phone is stale and nobody can update it.
    for (const [q, a] of [
      ['recoveryQOtherDevice', 'commonNo'],
      ['recoveryQSignInAs', 'recoveryASignInRoot'],
      ['recoveryQOrgMember', 'commonNo'],
      ['recoveryQRootEmail', 'commonYes'],
      ['recoveryQAccountPhone', 'commonNo'],
      ['recoveryQPhoneUpdater', 'commonNo'],
    ] as const) {
      await page.getByRole('heading', { name: m(q) }).waitFor();
      await page.getByRole('button', { name: m(a), exact: true }).click();
    }
    await page.getByRole('heading', { name: m('recoveryPathSupport') }).waitFor();
    await page.getByRole('button', { name: m('popupStartChecklist') }).click();

    await page.getByLabel(m('recoveryStep_supportForm')).check();
    await page.getByText(m('popupDoneOn', [''])).first().waitFor();
    await page.getByLabel(m('docStepSent')).fill(SENT_DAY);
    await page.getByLabel(m('docStepCaseId')).fill('1234567890');
    await page.getByLabel(m('docStepCaseId')).press('Enter');
    await page.getByText(m('popupSavedValue', ['1234567890'])).waitFor();
    // The whole document path is there, with the objection e-mail advice and notary options.
    const text = await page.locator('main').innerText();
    for (const k of ['docStepForm', 'docStepPhotoId', 'docStepAddress', 'docStepAppointment', 'docStepPrint', 'docStepObjection', 'docStepObjectionDetail', 'docNotaryUsEmbassyJp', 'docNotaryJpOffice', 'docNotaryNotMedallion']) {
      expect(text, k).toContain(m(k));
    }
    await page.close();
  });

  it('shows what the in-page assistant recorded on the AWS sign-in page in the timeline', async () => {
    offline.serve(MFA_PAGE, readFixture(join(ROOT, 'test/fixtures/signin/mfa-code-2024-root-en.html')));
    const aws = await b.context.newPage();
    await aws.goto(MFA_PAGE);
    await aws.locator('mfa-lifeline-panel').waitFor({ state: 'attached' });
    await aws.close();

    const page = await openPopup(b.context, b.extensionId, `#/account/${key}/recover`);
    await expect.poll(async () => {
      await page.reload();
      return page.getByTestId('timeline').innerText();
    }, { timeout: 10_000 }).toContain(m('stepReachedMfaCode'));
    before = await recoverySnapshot(page);
    expect(before.supportFormDone).toBe(true);
    expect(before.sentDay).toBe(SENT_DAY);
    expect(before.caseId).toBe('1234567890');
    for (const k of ['popupTlStarted', 'popupTlDocumentsSent', 'recoveryStep_supportForm', 'stepReachedMfaCode']) expect(before.timeline).toContain(m(k));
    expect(before.timeline).toContain(m('popupTlCaseId', ['1234567890']));
    expect(before.timeline).toContain(m('popupTlFromPage'));
    await page.close();
  });

  it('finds everything as it was after closing and reopening the popup', async () => {
    const page = await openPopup(b.context, b.extensionId, `#/account/${key}/recover`);
    expect(await recoverySnapshot(page)).toEqual(before);
    await page.close();
  });

  it('finds everything as it was after restarting the browser with the same profile', async () => {
    refused.push(...offline.refused);
    const userDataDir = b.userDataDir;
    await b.context.close();
    ({ launched: b, offline } = await launchChromium({ userDataDir }));
    const page = await openPopup(b.context, b.extensionId, `#/account/${key}/recover`);
    expect(await recoverySnapshot(page)).toEqual(before);
    await page.goto(page.url().replace(/#.*/, ''));
    await page.getByRole('link', { name: 'Personal' }).waitFor();
    await page.close();
  });

  it('export then import into a fresh profile yields the same data', async () => {
    const page = await openPopup(b.context, b.extensionId, '#/settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m('popupExport') }).click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'mfa-export-')), 'export.json');
    await download.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as ExportFile;
    expect(exported.format).toBe('mfa-lifeline-export');
    expect(exported.data.accounts.map((a) => a.key)).toEqual([key]);
    expect(exported.data.accounts[0]!.phoneE164).toBe('+819012345678');
    expect(exported.data.cases[0]!.supportCaseId).toBe('1234567890');
    await page.close();

    const { launched: fresh } = await launchChromium();
    try {
      const p2 = await openPopup(fresh.context, fresh.extensionId, '#/settings');
      await p2.getByLabel(m('popupImport')).setInputFiles(path);
      // The preview first; nothing is written before Import is pressed.
      await p2.getByRole('button', { name: m('importConfirm', ['1', '0']) }).click();
      await p2.getByText(m('popupImported', ['1', '1'])).waitFor();
      const [again] = await Promise.all([p2.waitForEvent('download'), p2.getByRole('button', { name: m('popupExport') }).click()]);
      const reexported = JSON.parse(readFileSync((await again.path())!, 'utf8')) as ExportFile;
      expect(reexported.data).toEqual(exported.data);

      // A hostile file: refused with a clear message, and nothing changes.
      const hostile = join(tmpdir(), `hostile-${Date.now()}.json`);
      const hostileText = JSON.stringify(exported).replace('"accounts":[{', '"accounts":[{"__proto__":{"polluted":true},');
      expect(hostileText).toContain('__proto__');
      writeFileSync(hostile, hostileText);
      await p2.getByLabel(m('popupImport')).setInputFiles(hostile);
      await expect(p2.getByRole('alert').innerText()).resolves.toContain(m('popupImportForbiddenKey'));
      const truncated = join(tmpdir(), `truncated-${Date.now()}.json`);
      writeFileSync(truncated, readFileSync(path, 'utf8').slice(0, 300));
      await p2.getByLabel(m('popupImport')).setInputFiles(truncated);
      await expect(p2.getByRole('alert').innerText()).resolves.toContain(m('popupImportNotJson'));
      const [third] = await Promise.all([p2.waitForEvent('download'), p2.getByRole('button', { name: m('popupExport') }).click()]);
      expect((JSON.parse(readFileSync((await third.path())!, 'utf8')) as ExportFile).data).toEqual(exported.data);
    } finally {
      await fresh.context.close();
    }
  });

  it('sent no request anywhere', () => {
    expect([...refused, ...offline.refused]).toEqual([]);
  });
});
