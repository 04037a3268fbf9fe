/**
 * The backup drill in the browser under test (Chromium or Firefox): a Base32 secret typed in,
 * its codes checked against an independent TOTP implementation, the phone's code verified and
 * the result recorded; and afterwards no trace of the secret in any database of the extension.
 * (drill.e2e.ts covers QR images, clock drift and the idle wipe in Chromium.)
 */
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { useE2E, type E2EPage } from './harness/index.ts';
import { referenceTotp, toBase32 } from '../unit/totp-reference.ts';

const ACCOUNT = { key: 'acct-drill-neutral', label: 'Company root', accountId: '123456789012', mfaDevices: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
/** An AWS-sized secret (40 bytes), fresh for every run. */
const BYTES = randomBytes(40);
const SECRET = toBase32(BYTES);
const TRACES = [SECRET, SECRET.toLowerCase(), SECRET.slice(0, 24), SECRET.toLowerCase().slice(0, 24), BYTES.toString('hex'), BYTES.toString('hex').toUpperCase(), BYTES.toString('base64')];

const text = (page: E2EPage, css: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, css);

describe('the backup drill', () => {
  const e = useE2E();

  it('verifies a typed secret against the code the phone shows, and records the result', async () => {
    await e.b.store.ready();
    await e.b.store.put([{ store: 'accounts', value: ACCOUNT }]);
    const page = await e.b.openExtensionPage(`src/drill/index.html#account=${ACCOUNT.key}`);
    await page.waitFor((k) => (document.querySelector('#drill-account') as HTMLSelectElement | null)?.value === k, ACCOUNT.key);
    await page.fill('#drill-secret', (SECRET.toLowerCase().match(/.{4}/g) ?? []).join(' '));
    await page.click({ css: 'button', text: 'Read backup' });
    await page.waitFor(() => !!document.querySelector('[data-testid="drill-code-now"]')?.textContent);
    // The code shown is the one an independent implementation computes for this 30 s step.
    const shown = (await text(page, '[data-testid="drill-code-now"]'))!.replace(/\s/g, '');
    const now = Math.floor(Date.now() / 1000);
    expect([now - 30, now, now + 30].map((t) => referenceTotp(BYTES, t))).toContain(shown);
    // The phone shows the same code: the backup matches.
    await page.fill('#drill-code', referenceTotp(BYTES, Math.floor(Date.now() / 1000)));
    await page.press('Enter');
    await page.waitFor(() => document.querySelector('[data-testid="drill-result"]')?.getAttribute('data-result') === 'match');
    await page.waitFor(() => !!document.querySelector('[data-testid="drill-saved"][data-save="saved"]'));
    expect(await text(page, '[data-testid="drill-result"]')).toContain('The backup matches');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('stored the result and nothing of the secret, in any database of the extension', async () => {
    const dump = JSON.stringify(await e.b.store.dump());
    for (const t of TRACES) expect(dump.includes(t), `secret trace ${t.slice(0, 6)}… found`).toBe(false);
    const drills = await e.b.store.getAll<Record<string, unknown>>('drills');
    expect(drills).toHaveLength(1);
    expect(drills[0]).toMatchObject({ accountKey: ACCOUNT.key, passed: true });
    expect(Object.keys(drills[0]!).every((k) => ['accountKey', 'at', 'id', 'passed', 'driftSeconds'].includes(k))).toBe(true);
  });

  it('sent no request anywhere', () => {
    expect(e.b.refused).toEqual([]);
  });
});
