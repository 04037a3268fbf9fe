/**
 * The toolbar badge: how many accounts have a reminder due, with a tooltip that says it in words (the
 * badge alone is a number without meaning to a screen reader).
 */
import { browser } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';

/** A calm amber: something to do, not an alarm. */
const COLOR = '#B45309';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export async function setBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: badgeText(count) });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: COLOR });
  // `count` is the number of accounts with a reminder due (one account may have several).
  const title = count <= 0 ? t('extActionTitle') : count === 1 ? t('overviewBadgeTitleOne') : t('overviewBadgeTitleMany', String(count));
  await browser.action.setTitle({ title });
}
