/**
 * The first thing a locked-out person may do is open the popup with nothing in it: one click
 * ("I'm locked out right now"), a name for the account, and they are at the first question.
 */
import { expect, it } from 'vitest';
import { useBrowser } from './use-browser.ts';
import { msg, openPopup } from './popup-helpers.ts';
import { QUESTIONS } from '../../src/domain/recovery-tree.ts';

const m = (key: string) => msg('en', key, []);
const env = useBrowser();

it('goes from an empty popup to the first recovery question with only a label typed', async () => {
  const page = await openPopup(env.b.context, env.b.extensionId);
  await page.getByRole('link', { name: m('popupLockedOutNow') }).click();
  await page.getByText(m('popupLockedOutFormNote')).waitFor();
  await page.getByLabel(m('popupFieldLabel')).fill('Family photos');
  await page.getByRole('button', { name: m('commonSave') }).click();
  await page.getByText(m(QUESTIONS.otherDevice.titleKey)).first().waitFor();
  expect(await page.evaluate(() => location.hash)).toMatch(/^#\/account\/[^/]+\/recover$/);
  expect(env.offline.refused).toEqual([]);
});
