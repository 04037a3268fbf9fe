/**
 * AWS's own addresses that the kit, the panel, the popup and the reminders link to, named once.
 * Each says where the address is documented and when that was checked (the claims register,
 * src/domain/claims.ts, holds the facts the copy states about these pages).
 */

/**
 * AWS's lost-MFA support form. This is the address the IAM User Guide links ("contact AWS
 * Support", id_credentials_mfa_lost-or-broken, checked 2026-12-01); it leads to the Support
 * Center's `#/contacts/aws-mfa-support` route, which the panel also recognizes (aws-pages.md §1.2).
 * No sign-in is needed to send it.
 */
export const SUPPORT_FORM_URL = 'https://aws.amazon.com/forms/aws-mfa-support';

/**
 * The console's Account page (contact information, alternate contacts, AWS's own phone Verify).
 * Billing console route as linked by AWS's Support and re:Post articles (aws-pages.md §1.2, [C]).
 */
export const ACCOUNT_PAGE_URL = 'https://console.aws.amazon.com/billing/home#/account';

/** The root user's Security credentials page (MFA devices), as linked by the IAM docs (aws-pages.md §1.2, [C]). */
export const SECURITY_CREDENTIALS_URL = 'https://console.aws.amazon.com/iam/home#/security_credentials';

/** Where a person signs in to the console (root or IAM user). */
export const CONSOLE_SIGNIN_URL = 'https://console.aws.amazon.com/';

/** Documentation the copy points to (checked 2026-12-01 through the docs and re:Post corpus). */
export const DOCS = {
  /** IAM User Guide: "Recover an MFA protected identity in IAM". */
  lostMfa: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_lost-or-broken.html',
  /** re:Post: "How do I update my telephone number to reset my lost MFA device?" */
  updatePhone: 'https://repost.aws/knowledge-center/reset-mfa-device',
  /** re:Post: "How do I reset my AWS root user MFA device?" (which path for which access). */
  resetRootMfa: 'https://repost.aws/knowledge-center/reset-root-user-mfa-device',
  /** re:Post: "Troubleshoot MFA root user failures" (the newer article: "contact AWS Support" to update the phone). */
  rootMfaFailures: 'https://repost.aws/knowledge-center/troubleshoot-mfa-root-user-failures',
  /** IAM User Guide: "Centralize root access for member accounts". */
  centralRoot: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
  /** IAM User Guide: "Perform a privileged task on an AWS Organizations member account". */
  privilegedTask: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html',
  /** Account Management: "Update the primary contact for your AWS account" (with "Verify the primary contact phone number"). */
  primaryContact: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html',
  /** Account Management: "Update the alternate contacts for your AWS account". */
  alternateContacts: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html',
  /** IAM Identity Center: rename and delete a user's MFA devices (administrators). */
  identityCenterMfa: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/how-to-manage-device.html',
  /** IAM User Guide: supported configurations for passkeys and security keys. */
  passkeys: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_fido_supported_configurations.html',
} as const;
