/**
 * What the overview says about Organizations member accounts, with its sources (data, dated).
 * Source: ../shared/research/aws-pages.md §3.6 (checked 2026-12): IAM API
 * EnableOrganizationsRootCredentialsManagement — "the management account and the delegated
 * administrator for IAM can manage root user credentials for member accounts"; re:Post
 * knowledge-center/reset-root-user-mfa-device — deleting a member account's root credentials
 * from the management account "deactivates MFA for the member account".
 */
export const CENTRAL_ROOT_ACCESS = {
  /** AWS IAM User Guide: "Centrally manage root access for member accounts". */
  docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
  /** re:Post: resetting a lost root MFA device, including the member-account path. */
  rePostUrl: 'https://repost.aws/knowledge-center/reset-root-user-mfa-device',
  observed: '2026-12-01',
} as const;
