/**
 * The backup drill end to end in Chromium: a QR image made here by an independent encoder
 * (qrcode), a Base32 entry, a malformed secret, a backup that matches nothing, the idle wipe;
 * then every IndexedDB database and storage area of the extension, read from the page and from
 * the worker, holds the results and no trace of any secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Page, Worker } from 'playwright-core';
import { extensionUrl, type Launched } from '../harness/launch.ts';
import { type Offline } from '../harness/offline.ts';
import { referenceTotp, toBase32 } from '../unit/totp-reference.ts';
import { storeVia } from './harness/index.ts';
import { launchChromium } from './harness/index.ts';

/** A fixed instant for the page's clock, so "now" in the page and in this test is the same step. */
/** 2025-12-29, 7 s into a 30 s step. */
const NOW = 1_767_000_000 + 7;
const LATER = NOW + 40;

const ACCOUNT = {
  key: 'acct-drill-e2e',
  label: 'Company root',
  accountId: '123456789012',
  mfaDevices: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

/** Two AWS-sized secrets (40 bytes, 64 Base32 characters), fresh for every run. */
const QR_BYTES = randomBytes(40);
const TYPED_BYTES = randomBytes(40);
const OTHER_BYTES = randomBytes(40);
const QR_SECRET = toBase32(QR_BYTES);
const TYPED_SECRET = toBase32(TYPED_BYTES);
const group = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/** Every form of a secret that could plausibly have been written somewhere. */
function traces(bytes: Buffer, b32: string): string[] {
  return [b32, b32.toLowerCase(), b32.slice(0, 24), b32.toLowerCase().slice(0, 24), bytes.toString('hex'), bytes.toString('hex').toUpperCase(), bytes.toString('base64')];
}

/**
 * Reads, in the given context (page or worker), every IndexedDB database with every store's keys
 * and values (the harness's dump: binary values become hex so byte-level traces are visible), and
 * every chrome.storage area; plus localStorage, sessionStorage and Cache Storage where they exist.
 */
async function dumpEverything(context: Page | Worker): Promise<{ dbs: Record<string, Record<string, unknown[]>>; storage: Record<string, unknown>; text: string }> {
  const dbs = await storeVia(context).dump();
  const storage = await (context as Page).evaluate(async () => {
    // The manifest asks for no "storage" permission, so chrome.storage does not even exist; if a
    // later change adds it, every area is read here.
    const out: Record<string, unknown> = chrome.storage
      ? {
          local: await chrome.storage.local.get(null),
          session: await chrome.storage.session.get(null),
          sync: await chrome.storage.sync.get(null),
        }
      : { chromeStorage: 'absent' };
    if (typeof localStorage !== 'undefined') out.localStorage = { ...localStorage };
    if (typeof sessionStorage !== 'undefined') out.sessionStorage = { ...sessionStorage };
    if (typeof caches !== 'undefined') out.caches = await caches.keys();
    return out;
  });
  return { dbs, storage, text: JSON.stringify({ dbs, storage }) };
}

async function seedAccount(page: Page): Promise<void> {
  // The drill page opened (and migrated) the database; add an account the way repo.putAccount stores it.
  await storeVia(page).put([{ store: 'accounts', value: ACCOUNT }]);
}

describe('backup drill', () => {
  let b: Launched;
  let offline: Offline;
  let page: Page;
  let pageErrors: string[];
  let drillUrl: string;
  let qrPng: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drill-qr-'));
    qrPng = join(dir, 'aws-mfa-qr.png');
    const uri = `otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@${ACCOUNT.accountId}?secret=${QR_SECRET}&issuer=Amazon%20Web%20Services`;
    await QRCode.toFile(qrPng, uri, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 6 });

    ({ launched: b, offline } = await launchChromium());
    drillUrl = extensionUrl(b.extensionId, `src/drill/index.html#account=${ACCOUNT.key}`);
    page = await b.context.newPage();
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    await page.clock.setFixedTime(new Date(NOW * 1000));
    await page.goto(drillUrl);
    await page.locator('h1').waitFor();
    await seedAccount(page);
    await page.reload();
    await page.locator('#drill-account').waitFor();
  });

  afterAll(async () => {
    await b?.context.close();
  });

  it('preselects the account from #account= and gives its secret fields no autocomplete or spellcheck', async () => {
    await expect(page.locator('#drill-account').inputValue()).resolves.toBe(ACCOUNT.key);
    await page.locator('[data-testid="drill-last"]', { hasText: 'No drill recorded for this account yet.' }).waitFor();
    const attrs = await page.locator('#drill-secret').evaluate((el) => [el.getAttribute('autocomplete'), el.getAttribute('spellcheck')]);
    expect(attrs).toEqual(['off', 'false']);
  });

  it('reads a QR image, shows the current and next codes, and finds the phone 60 s ahead', async () => {
    await page.locator('#drill-qr').setInputFiles(qrPng);
    const read = page.locator('[data-testid="drill-backup-read"]');
    await read.waitFor();
    await expect(read.textContent()).resolves.toContain(`Amazon Web Services — root-account-mfa-device@${ACCOUNT.accountId}`);
    await expect(read.textContent()).resolves.toContain('SHA1, 6 digits, a new code every 30 seconds');
    await expect(page.locator('[data-testid="drill-code-now"]').textContent()).resolves.toBe(group(referenceTotp(QR_BYTES, NOW)));
    await expect(page.locator('[data-testid="drill-code-next"]').textContent()).resolves.toBe(group(referenceTotp(QR_BYTES, NOW + 30)));
    await expect(page.locator('.countdown').textContent()).resolves.toContain(`Changes in ${30 - (NOW % 30)} s`);
    // The image was read off-document: no preview, canvas or object URL of it exists.
    await expect(page.evaluate(() => document.querySelectorAll('img, canvas, [src^="blob:"]').length)).resolves.toBe(0);

    // The phone shows the code of two steps later: its clock is 60 s ahead.
    await page.locator('#drill-code').fill(referenceTotp(QR_BYTES, NOW + 60));
    await page.getByRole('button', { name: 'Compare' }).click();
    const result = page.locator('[data-testid="drill-result"]');
    await expect(result.getAttribute('data-result')).resolves.toBe('match');
    await expect(page.locator('[data-testid="drill-drift"]').getAttribute('data-drift')).resolves.toBe('60');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('The backup matches');
    expect(text).toContain('about 60 seconds ahead');
    expect(text).toContain('A difference of 60 seconds can make AWS reject correct codes');
    await page.locator('[data-testid="drill-saved"][data-save="saved"]').waitFor();
    await expect(page.locator('[data-testid="drill-saved"]').textContent()).resolves.toContain('Result recorded for Company root');
  });

  it('takes a Base32 secret typed in lowercase groups, and finds the phone 30 s behind', async () => {
    await page.getByRole('button', { name: 'Forget this backup' }).click();
    await expect(page.locator('[data-testid="drill-forgotten"]').textContent()).resolves.toContain('The backup was forgotten');
    const typed = (TYPED_SECRET.toLowerCase().match(/.{4}/g) ?? []).join(' ');
    await page.locator('#drill-secret').fill(typed);
    await page.getByRole('button', { name: 'Read backup' }).click();
    await page.locator('[data-testid="drill-backup-read"]').waitFor();
    await expect(page.locator('[data-testid="drill-code-now"]').textContent()).resolves.toBe(group(referenceTotp(TYPED_BYTES, NOW)));
    // Keyboard users land on the next thing to do.
    // (Focus moves in an effect after the codes render: poll rather than race it.)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('drill-code');
    await page.locator('#drill-code').fill(group(referenceTotp(TYPED_BYTES, NOW - 30)));
    await page.locator('#drill-code').press('Enter');
    await expect(page.locator('[data-testid="drill-drift"]').getAttribute('data-drift')).resolves.toBe('-30');
    const text = (await page.locator('[data-testid="drill-result"]').textContent()) ?? '';
    expect(text).toContain('about 30 seconds behind');
    expect(text).toContain('No adjustment is needed');
    await page.locator('[data-testid="drill-saved"][data-save="saved"]').waitFor();
  });

  it('says a backup of another secret matches nothing, and records the failure', async () => {
    // Forty seconds later, so this result is the newest one.
    await page.clock.setFixedTime(new Date(LATER * 1000));
    await page.locator('#drill-code').fill(referenceTotp(OTHER_BYTES, LATER));
    await page.getByRole('button', { name: 'Compare' }).click();
    const result = page.locator('[data-testid="drill-result"][data-result="no-match"]');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('this backup is stale');
    await page.locator('[data-testid="drill-saved"][data-save="saved"]').waitFor();
  });

  it('has no axe-detectable accessibility violations with a backup read and a result shown', async () => {
    // Through evaluate (CDP), which the extension page's CSP does not apply to, unlike a <script> tag.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
      return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('refuses a malformed secret and says what is wrong', async () => {
    await page.getByRole('button', { name: 'Forget this backup' }).click();
    await page.locator('#drill-secret').fill('JBSW Y3DP EHPK 3PX0 JBSW Y3DP EHPK 3PXP');
    await page.getByRole('button', { name: 'Read backup' }).click();
    const error = page.locator('[data-testid="drill-error"]');
    await expect(error.textContent()).resolves.toContain('The secret is malformed.');
    await expect(error.textContent()).resolves.toContain('Character 16 (“0”) is not used in secret keys');
    await expect(error.textContent()).resolves.toContain('probably the letter “O”');
    await expect(page.locator('[data-testid="drill-backup-read"]').count()).resolves.toBe(0);
    await page.locator('#drill-secret').fill('');
  });

  it('forgets a backup after five idle minutes, and on pagehide', async () => {
    const idle = await b.context.newPage();
    await idle.clock.install({ time: new Date(NOW * 1000) });
    await idle.goto(drillUrl);
    await idle.locator('#drill-secret').fill(TYPED_SECRET);
    await idle.getByRole('button', { name: 'Read backup' }).click();
    await idle.locator('[data-testid="drill-backup-read"]').waitFor();
    await idle.clock.runFor('04:50');
    await expect(idle.locator('[data-testid="drill-backup-read"]').count()).resolves.toBe(1);
    await idle.clock.runFor('00:20');
    await expect(idle.locator('[data-testid="drill-forgotten"]').textContent()).resolves.toContain('after 5 minutes without activity');
    await expect(idle.locator('[data-testid="drill-code-now"]').count()).resolves.toBe(0);
    await expect(idle.locator('#drill-secret').inputValue()).resolves.toBe('');

    // pagehide (closing, reloading, entering the back/forward cache) drops it too.
    await idle.locator('#drill-secret').fill(TYPED_SECRET);
    await idle.getByRole('button', { name: 'Read backup' }).click();
    await idle.locator('[data-testid="drill-backup-read"]').waitFor();
    await idle.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    await idle.locator('#drill-secret').waitFor();
    await expect(idle.locator('[data-testid="drill-backup-read"]').count()).resolves.toBe(0);
    await expect(idle.locator('#drill-secret').inputValue()).resolves.toBe('');
    await idle.close();
  });

  it('leaves no trace of any secret in any IndexedDB database or storage area, page or worker, while the results are there', async () => {
    const fromPage = await dumpEverything(page);
    const fromWorker = await dumpEverything(b.worker);
    for (const dump of [fromPage, fromWorker]) {
      for (const t of [...traces(QR_BYTES, QR_SECRET), ...traces(TYPED_BYTES, TYPED_SECRET)]) {
        expect(dump.text.includes(t), `secret trace ${t.slice(0, 6)}… found`).toBe(false);
      }
      const drills = (dump.dbs['mfa-lifeline']?.drills ?? []).map((r) => (r as { value: Record<string, unknown> }).value);
      expect(drills).toHaveLength(3);
      for (const d of drills) {
        expect(Object.keys(d).sort()).toEqual(expect.arrayContaining(['accountKey', 'at', 'id', 'passed']));
        expect(Object.keys(d).every((k) => ['accountKey', 'at', 'id', 'passed', 'driftSeconds'].includes(k))).toBe(true);
        expect(d.accountKey).toBe(ACCOUNT.key);
      }
      expect(drills.map((d) => [d.passed, d.driftSeconds ?? null, d.at]).sort()).toEqual(
        [
          [false, null, new Date(LATER * 1000).toISOString()],
          [true, -30, new Date(NOW * 1000).toISOString()],
          [true, 60, new Date(NOW * 1000).toISOString()],
        ].sort(),
      );
    }
    // Nor in the address bar, nor anywhere in the document now that the last backup was refused.
    expect(page.url()).not.toMatch(new RegExp(`${QR_SECRET}|${TYPED_SECRET}`, 'i'));
    const html = await page.content();
    for (const t of [...traces(QR_BYTES, QR_SECRET), ...traces(TYPED_BYTES, TYPED_SECRET)]) expect(html.includes(t)).toBe(false);
  });

  it('shows the last result on the next visit, made no network request and logged no error', async () => {
    await page.reload();
    await page.locator('[data-testid="drill-last"]', { hasText: 'the backup did not match' }).waitFor();
    expect(offline.refused).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('speaks the language chosen in Settings, here Japanese in an English browser', async () => {
    const setLang = (lang: string) => storeVia(page).patch('settings', 'settings', { lang });
    await setLang('ja');
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe('バックアップの確認');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
    await page.locator('#drill-secret').fill('jbsw y3dp ehpk 3px1');
    await page.getByRole('button', { name: 'バックアップを読み込む' }).click();
    await expect(page.locator('[data-testid="drill-error"]').textContent()).resolves.toContain('16 文字目の「1」はシークレットキーに使われない文字です');
    await setLang('auto');
  });
});
