/**
 * The claims register: every fact the guidance states, with where it comes from and when it was
 * last checked. `kind` says whose word it is: AWS's own (`aws`), another authority's own page
 * about itself (`official`: a notary office's fee table, the US Embassy's FAQ), or a user's
 * report (`report`, with the year it happened): the copy says so ("reported in 2016").
 * Which locale keys state which claims: claims-keys.ts. `npm run claims` prints this register.
 * Checked through the docs / re:Post search on 2026-12-01 unless a claim says otherwise.
 */

export type ClaimKind = 'aws' | 'official' | 'report';

export interface Claim {
  id: string;
  /** The claim in one sentence. */
  text: string;
  source: { title: string; url: string };
  /** YYYY-MM-DD the source was last read for this claim. */
  checked: string;
  kind: ClaimKind;
  /** For a report: the year it happened (or was written). */
  reported?: number;
  /** Where the source was weaker than the claim, or what could not be confirmed. */
  note?: string;
}

const IAM_LOST = { title: 'IAM User Guide: Recover an MFA protected identity in IAM (id_credentials_mfa_lost-or-broken)', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_lost-or-broken.html' };
const REPOST_PHONE = { title: 're:Post: How do I update my telephone number to reset my lost MFA device?', url: 'https://repost.aws/knowledge-center/reset-mfa-device' };
const REPOST_RESET = { title: 're:Post: How do I reset my AWS root user MFA device?', url: 'https://repost.aws/knowledge-center/reset-root-user-mfa-device' };
const REPOST_FAILURES = { title: 're:Post: Troubleshoot MFA root user failures', url: 'https://repost.aws/knowledge-center/troubleshoot-mfa-root-user-failures' };
const SEED_2016 = { title: 'User report (Japanese blog, 2016): notarized documents through the US Embassy Tokyo (seed story 000)', url: 'https://qiita.com/kechol/items/9de7bbc607b5c608c77b' };
const D = '2026-12-01';

export const CLAIMS: readonly Claim[] = [
  { id: 'aws-eight-devices', kind: 'aws', checked: D, source: IAM_LOST, text: 'A root user or IAM user can register up to eight MFA devices of any supported type.' },
  { id: 'aws-other-device', kind: 'aws', checked: D, source: IAM_LOST, text: 'With a lost root MFA device you can sign in with another MFA device registered to the same root user.' },
  {
    id: 'aws-try-another-method', kind: 'aws', checked: D, source: IAM_LOST,
    text: 'The current MFA step ("Additional verification required") offers a "Try another MFA method" link to choose another device.',
    note: 'Named by the guidance review (2026-12-01) from the IAM User Guide; the copy of that page we could read predates the wording. Japanese label not captured.',
  },
  { id: 'aws-alt-factors', kind: 'aws', checked: D, source: IAM_LOST, text: 'A root user can sign in without the MFA device by verifying the account e-mail address and the primary contact phone number.' },
  { id: 'aws-iam-admin', kind: 'aws', checked: D, source: IAM_LOST, text: "IAM users cannot recover their MFA device themselves: an administrator must deactivate it." },
  { id: 'aws-update-phone-iam', kind: 'aws', checked: D, source: REPOST_PHONE, text: 'An IAM user with the needed permissions can update the account phone number on the Account page (Contact information → Edit), then recover the root MFA.' },
  { id: 'aws-update-phone-support', kind: 'aws', checked: D, source: REPOST_FAILURES, text: 'A newer AWS article says: if you need to update the primary contact phone number, contact AWS Support.' },
  { id: 'aws-email-not-phone', kind: 'aws', checked: D, source: REPOST_RESET, text: 'With the root e-mail but not the phone, AWS points to updating the phone number first.' },
  { id: 'aws-phone-format', kind: 'aws', checked: D, source: REPOST_PHONE, text: 'The phone number needs the international code with no spaces or special characters and no leading zero after the country code.' },
  { id: 'aws-support-when-neither', kind: 'aws', checked: D, source: IAM_LOST, text: 'Without access to the e-mail and the primary contact phone, you must contact AWS Support (the lost-MFA form).' },
  {
    id: 'aws-alt-factors-can-be-off', kind: 'aws', checked: D,
    source: { title: 'IAM User Guide (Japanese): enable MFA for the root user ("この機能を無効にするには、AWS Support にお問い合わせください")', url: 'https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-virt-mfa-for-root.html' },
    text: 'AWS Support can turn recovery with alternative factors off for an account; the page then does not offer it.',
    note: 'Quoted by the guidance review; our search did not return that page again on 2026-12-01.',
  },
  {
    id: 'aws-central-root', kind: 'aws', checked: D,
    source: { title: 'IAM User Guide: Perform a privileged task on an AWS Organizations member account', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html' },
    text: "With centralized root access, the management account (or IAM's delegated administrator) can start a privileged session that deletes a member account's root user credentials, MFA included, and can allow password recovery.",
  },
  {
    id: 'aws-org-contacts', kind: 'aws', checked: D,
    source: { title: 'AWS Account Management: Update the primary contact for your AWS account', url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html' },
    text: "A user in the management or delegated admin account can update a member account's primary contact (phone) and, through StartPrimaryEmailUpdate, its root e-mail.",
  },
  {
    id: 'aws-ic-admin', kind: 'aws', checked: D,
    source: { title: 'IAM Identity Center User Guide: rename and delete MFA devices', url: 'https://docs.aws.amazon.com/singlesignon/latest/userguide/how-to-manage-device.html' },
    text: "IAM Identity Center administrators can delete a user's MFA device (Users → user → MFA devices).",
  },
  {
    id: 'aws-alternate-contacts', kind: 'aws', checked: D,
    source: { title: 'AWS Account Management: Update the alternate contacts for your AWS account', url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html' },
    text: 'Alternate contacts (billing, operations, security) are people AWS may contact; nothing says they can recover the root user.',
  },
  {
    id: 'aws-root-mfa-required', kind: 'aws', checked: D,
    source: { title: 'AWS Security Blog: Secure by Design: AWS enhances centralized security controls as MFA requirements expand', url: 'https://aws.amazon.com/blogs/security/secure-by-design-aws-enhances-centralized-security-controls-as-mfa-requirements-expand' },
    text: 'AWS requires MFA for root users signing in to the console (management accounts from 2024, standalone accounts next, member accounts announced in 2025).',
    note: 'The member-account step (June 2025) is from third-party summaries of the announcement.',
  },
  {
    id: 'aws-phone-verify', kind: 'aws', checked: D,
    source: { title: 'AWS Account Management: Update the primary contact (Verify the primary contact phone number); API SendPhoneNumberVerification', url: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html' },
    text: 'The Account page can verify the primary phone by sending a one-time code by SMS; the number must take SMS and toll-free numbers are not accepted.',
    note: 'The toll-free rule is from a translation of the same page (aws-pages.md §3.1).',
  },
  {
    id: 'aws-passkeys', kind: 'aws', checked: D,
    source: { title: 'IAM User Guide: Supported configurations for using passkeys and security keys', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_fido_supported_configurations.html' },
    text: 'Root and IAM users can use passkeys and FIDO security keys as MFA; the browser asks for the key, there is no code.',
  },
  {
    id: 'aws-fido-no-sync', kind: 'aws', checked: D,
    source: { title: 'IAM User Guide: Resynchronize virtual and hardware MFA devices', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_sync.html' },
    text: 'FIDO security keys do not go out of sync; virtual and hardware TOTP devices can be re-synced with two consecutive codes, submitted at once.',
  },
  { id: 'aws-chrome-prompt', kind: 'aws', checked: D, source: { title: 'IAM User Guide: Using MFA devices with your IAM sign-in page', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/console_sign-in-mfa.html' }, text: 'Chrome may show "Verify your identity with amazon.com" when a security key is asked for.' },
  {
    id: 'report-support-call', kind: 'report', reported: 2016, checked: D,
    source: { title: 'User reports (2016, 2022): AWS called within 10–20 minutes of the form and had a code e-mailed and read back', url: 'https://blog.vpantry.net/2022/08/aws-mfa/' },
    text: 'After the lost-MFA form, AWS called the account phone within about 10–20 minutes and had the user read back a code sent by e-mail.',
  },
  {
    id: 'aws-caller-id', kind: 'aws', checked: D,
    source: { title: "AWS Support's acknowledgement e-mail, as quoted in a user's notes (ruu2023/til)", url: 'https://github.com/ruu2023/til' },
    text: 'AWS Support\'s e-mail says the caller ID of its call may show "Unavailable", "Unknown" or a scam warning.',
    note: "AWS's own words, read through a user's quotation.",
  },
  { id: 'report-documents', kind: 'report', reported: 2016, checked: D, source: SEED_2016, text: 'When the phone on file was stale, AWS asked for a notarized Identity Verification Form and Affidavit, a photo ID and proof of address matching the account (reports of 2016–2017).' },
  { id: 'report-two-weeks', kind: 'report', reported: 2016, checked: D, source: SEED_2016, text: 'The documents path took about two weeks (lost 12/16, sent 12/20, MFA removed 12/31).' },
  { id: 'report-objection-24h', kind: 'report', reported: 2016, checked: D, source: SEED_2016, text: 'AWS e-mailed that it would remove the MFA device unless the owner objected within 24 hours.' },
  { id: 'report-review-ten-days', kind: 'report', reported: 2016, checked: D, source: SEED_2016, text: 'An answer to the documents took about ten days (sent 12/20, news 12/29).' },
  { id: 'report-embassy-electronics', kind: 'report', reported: 2016, checked: D, source: SEED_2016, text: 'No phones or other electronics were allowed inside the US Embassy Tokyo.' },
  { id: 'report-not-medallion', kind: 'report', reported: 2016, checked: D, source: SEED_2016, text: 'A Medallion signature guarantee was not what AWS asked for; a notarized signature was.' },
  {
    id: 'report-us-embassy-fee', kind: 'report', reported: 2022, checked: D,
    source: { title: 'User reports (2016, 2022): US$50 per notarial seal at the US Embassy / consulates in Japan', url: 'https://ameblo.jp/hashimail0924/' },
    note: 'The research notes name the site, not the article address.',
    text: 'The US Embassy and consulates in Japan charged about US$50 per notarized signature.',
  },
  {
    id: 'official-embassy-booking', kind: 'official', checked: D,
    source: { title: 'US Embassy & Consulates in Japan: FAQ (Japanese)', url: 'https://jp.usembassy.gov/ja/services-ja/frequently-asked-questions-ja/' },
    text: 'Appointments are required and booked online only; slots open up to about a month ahead.',
  },
  {
    id: 'jp-notary-fee', kind: 'official', checked: D,
    source: { title: 'Kobe notary center: 認証手数料 (fee table)', url: 'https://kobe-koushou-center.jp/tesuuryou_ninshou.html' },
    text: 'A Japanese notary office charges ¥5,500 for certifying a document with no amount stated, ¥11,000 for a sworn statement (宣誓認証), plus ¥6,000 for a foreign-language document: about ¥11,500–17,000 for the AWS form.',
  },
  {
    id: 'report-jp-notary-accepted', kind: 'report', reported: 2022, checked: D,
    source: { title: 'User report (2022): AWSのMFAキーを紛失して17,000円払った話 (living-in.tokyo)', url: 'https://living-in.tokyo/' },
    note: 'The research notes name the site, not the article address.',
    text: 'AWS accepted a form certified at a Japanese notary office (the writer paid ¥17,000 in all).',
  },
  {
    id: 'report-ja-support-hours', kind: 'report', reported: 2016, checked: D,
    source: { title: 'User reports (2016–2022): Japanese-language AWS support on weekdays 9:00–18:00 JST (that-is-nuts.com, pea-sys notes)', url: 'https://that-is-nuts.com/archives/142' },
    text: 'Japanese-speaking support answered on weekdays 9:00–18:00 JST; other hours were in English.',
  },
  {
    id: 'report-phone-090', kind: 'report', reported: 2020, checked: D,
    source: { title: 'User reports (2020, 2022): a number stored as 090-… without +81 made the recovery call fail', url: 'https://salaryman-dash.com/' },
    note: 'The research notes name the site, not the article address.',
    text: "A phone stored without +81 (090-…) made AWS's recovery call fail.",
  },
  {
    id: 'report-form-no-signin', kind: 'report', reported: 2014, checked: D,
    source: { title: 'User report (Japanese blog, 2014): the aws-mfa-support form was sent without signing in (seed story 001)', url: 'https://aws.amazon.com/forms/aws-mfa-support' },
    note: 'The research notes name the site, not the article address.',
    text: "AWS's lost-MFA form can be sent without signing in.",
  },
];

const byId = new Map(CLAIMS.map((c) => [c.id, c]));

export function claim(id: string): Claim | undefined {
  return byId.get(id);
}
