/** Where a reminder takes the user when they open it. */
import { browser } from '../shared/browser.ts';
import type { ReminderKind } from '../shared/model.ts';

/** The AWS console page with the account's contact information (aws-pages.md §1.2). */
// Named once in src/site/aws-urls.ts.
export { ACCOUNT_PAGE_URL as AWS_ACCOUNT_PAGE } from '../site/aws-urls.ts';
import { ACCOUNT_PAGE_URL as AWS_ACCOUNT_PAGE } from '../site/aws-urls.ts';

export function reminderTarget(kind: ReminderKind, accountKey: string): string {
  const key = encodeURIComponent(accountKey);
  switch (kind) {
    case 'phone-verify':
      return AWS_ACCOUNT_PAGE;
    case 'documents-follow-up':
    case 'objection-email':
      return browser.runtime.getURL(`src/popup/index.html#/account/${key}/recover`);
    case 'backup-drill':
      return browser.runtime.getURL(`src/drill/index.html#account=${key}`);
  }
}
