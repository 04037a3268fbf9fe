/**
 * The first thing a locked-out person may do is open the popup with nothing in it: one click
 * ("I'm locked out right now"), a name for the account, and they are at the first question.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Launched } from '../harness/launch.ts';
import { goOffline, type Offline } from '../harness/offline.ts';
import { msg, openPopup } from './popup-helpers.ts';
import { QUESTIONS } from '../../src/domain/recovery-tree.ts';

const m = (key: string) => msg('en', key, []);
let b: Launched;
let offline: Offline;

beforeAll(async () => {
  b = await launch();
  offline = await goOffline(b.context);
});
afterAll(async () => {
  await b?.context.close();
});

it('goes from an empty popup to the first recovery question with only a label typed', async () => {
  const page = await openPopup(b.context, b.extensionId);
  await page.getByRole('link', { name: m('popupLockedOutNow') }).click();
  await page.getByText(m('popupLockedOutFormNote')).waitFor();
  await page.getByLabel(m('popupFieldLabel')).fill('Family photos');
  await page.getByRole('button', { name: m('commonSave') }).click();
  await page.getByText(m(QUESTIONS.otherDevice.titleKey)).first().waitFor();
  expect(await page.evaluate(() => location.hash)).toMatch(/^#\/account\/[^/]+\/recover$/);
  expect(offline.refused).toEqual([]);
});
