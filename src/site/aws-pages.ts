/**
 * What we know about AWS's sign-in, recovery, support and console pages, as data.
 * Every entry says where it comes from (section of ../shared/research/aws-pages.md) and when it
 * was observed; [C] confirmed by the cited source, [W] third-party report, [I] our inference.
 * Selectors use only ids, test ids and semantic attributes (no class names: those are the
 * incidental markup that changes first). Texts are normalized (see text.ts) and matched as
 * substrings of visible text; they are secondary to ids except where no id is known.
 */
import { phrases } from './text.ts';

// ---------------------------------------------------------------- sign-in: MFA code step

/**
 * The MFA code input. §2.1 legacy `input#mfacode` [C, ≤2024-06]; §2.2 2024+ `input#mfaCode`
 * [C, 2024-10 → 2026]; `name="mfaCode"` guessed by scripts [W, 2026-01]; §2.1 legacy root on the
 * Amazon "ap" page `#ap_tokenCode` [C, 2017–2019].
 */
export const MFA_INPUT = 'input#mfacode, input#mfaCode, input[name="mfaCode"], input[name="mfacode"], input#ap_tokenCode';

/**
 * The MFA submit control. §2.2 `[data-testid=mfa-submit-button]` (IAM, 2024+) and
 * `#mfa_submit_button` (root, 2024+) [C]; §2.1 legacy `a#submitMfa_button` [C, ≤2024-06].
 */
export const MFA_SUBMIT = '[data-testid="mfa-submit-button"], #mfa_submit_button, #submitMfa_button';

/** FIDO / security key prompt on /oauth: element `u2f-mfa` or `#U2fKey` [W] §2.1. */
export const MFA_FIDO = 'u2f-mfa, #U2fKey';

// ---------------------------------------------------------------- sign-in: passkey / security key step

/**
 * The passkey or security-key step (data-page `mfa-key`): AWS asks the browser for the key and
 * the page shows no code field. Passkeys and security keys for root and IAM users [C, IAM User
 * Guide "passkeys and security keys", AWS News Blog 2024-06]; the browser's prompt reads "Verify
 * your identity with amazon.com" [C, §2.2 console_sign-in-mfa]. No public source shows this
 * page's markup or its Japanese texts (checked 2026-12-01), so every selector below is [I]
 * (confidence: low) except the legacy `u2f-mfa` / `#U2fKey` [W §2.1]. They rely on the
 * `mfaType` the page carries and on test ids and WebAuthn-ish names, not on wording:
 * - a container that names the MFA type (`data-mfa-type`) [I]: it counts only where no code
 *   field, password or device choice is visible, so its value need not be read;
 * - test ids or ids with "passkey", "security-key", "fido", "webauthn" in them [I].
 * Text is only a second, weaker signal (KEY_PROMPT_TEXT, together with MFA wording).
 */
export const MFA_KEY =
  'u2f-mfa, #U2fKey, [data-mfa-type], [data-testid*="passkey" i], [data-testid*="security-key" i], [data-testid*="fido" i], [data-testid*="webauthn" i]';

/**
 * Wording of the key prompt: "security key", "passkey" [C, IAM docs terms]; "Verify your
 * identity with amazon.com" [C, the browser's WebAuthn prompt per the IAM docs]; 「セキュリティキー」
 * 「パスキー」 [C, JA IAM docs terms]. Counts only with MFA wording and no code or password field.
 */
export const KEY_PROMPT_TEXT = phrases('security key', 'passkey', 'Verify your identity with amazon.com', 'セキュリティキー', 'パスキー');

/**
 * "Try another MFA method" on the MFA step ("Additional verification required"), the link to
 * choose another registered device or the recovery options. EN [C, named by the guidance review
 * of 2026-12-01 from the IAM User Guide; the stored copy of that page we could read (checked
 * 2026-12-01) predates it, confidence: medium]; JA 「別の MFA 方法を試す」 [I, confidence: low:
 * the Japanese v2 strings were never captured, §2.4], with 「別の方法」 as a looser fallback [I].
 */
export const TRY_ANOTHER_METHOD_TEXT = phrases('Try another MFA method', 'Try another method', '別の MFA 方法を試す', '別の方法を試す');

/** Ids that only the legacy (Angular, ≤ mid-2024) page used, for the panel's `variant`. */
export const LEGACY_IDS = '#mfacode, #submitMfa_button, #ap_tokenCode, #multi_mfa_container';

/**
 * A code-like input whose id we do not know (the next redesign): the fallback together with MFA
 * wording. Attributes only; values are never read. [I] from §2.2 (placeholder "enter code") and
 * §6 (§7: ids already changed once in 2024).
 */
export const CODE_INPUT =
  'input[autocomplete="one-time-code"], input[inputmode="numeric"], input[id*="code" i], input[name*="code" i], input[placeholder*="code" i], input[aria-label*="code" i], input[id*="otp" i], input[name*="otp" i], input[placeholder*="コード"], input[aria-label*="コード"]';

/**
 * MFA wording that, with a visible code-like input, marks the MFA step. §2.2 "MFA code",
 * "enter the code from your MFA device" [C, 2026-04]; §2.1/§3.1 "authentication device",
 * "Troubleshoot MFA" [C, 2017–2022]; §2.4 「MFA コード」, 「多要素認証」 [C, JA docs].
 * Not "Additional verification required" alone: an e-mail one-time-PIN challenge may use it too.
 */
export const MFA_TEXT = phrases(
  'MFA code',
  'MFA device',
  'authentication device',
  'multi-factor authentication',
  'Troubleshoot MFA',
  'MFA コード',
  'MFA デバイス',
  '多要素認証',
  '認証デバイス',
);

// ---------------------------------------------------------------- sign-in: device choice

/**
 * Choosing among several registered MFA devices. §2.2 `[data-testid=mfa-continue-button]`,
 * `[type=radio][value=SWHW]`, `#multi_mfa_swhw_radio_button_box` [C, 2025]; §2.1 legacy
 * `#multi_mfa_container` with `[ng-model=mfaOption]` radios and `a#next_multi` [W].
 */
export const DEVICE_CHOICE = '[data-testid="mfa-continue-button"], input[type="radio"][value="SWHW"], #multi_mfa_swhw_radio_button_box, #multi_mfa_container';
export const RADIO = 'input[type="radio"], [role="radio"]';
/** Device-type names next to those radios: §2.2 "Authenticator app" [C]; §3.4 passkeys/security keys [C, 2024-06]; §2.4 「認証アプリ」 [C]. */
export const DEVICE_CHOICE_TEXT = phrases('Authenticator app', 'Passkey', 'security key', 'Hardware TOTP', '認証アプリ', 'パスキー', 'セキュリティキー', 'MFA デバイスタイプ');

// ---------------------------------------------------------------- sign-in: troubleshoot

/**
 * The "sign in using alternative factors" choice: §2.3/§3.1 "Sign in using alternative factors",
 * section "Sign In Using Alternative Factors of Authentication" [C, 2017–2026]; §2.4
 * 「別の要素を使用したサインイン」, 「別の認証要素を使用したサインイン」 [C, JA 2020].
 */
export const ALT_CHOICE_TEXT = phrases('Sign in using alternative factors', '別の要素', '別の認証要素');
/**
 * The re-sync choice: §2.3 "Re-Sync With Our Servers", "Re-sync authentication device" [C, 2023];
 * "Re-sync with AWS Servers" [C, 2026-04]. 「再同期」 is [I] (the JA console's word for re-sync).
 */
export const RESYNC_TEXT = phrases('Re-sync with our servers', 'Re-sync with AWS servers', 'Re-sync authentication device', '再同期');
/**
 * Page or form headings: "Troubleshoot Your Authentication Device" [C, 2017–2023]; the newer
 * "Trouble signing in?" form [C, 2026-04]. Both texts also appear as the *link* on the MFA code
 * step, so they count only when no code input and no password input is visible.
 * 「認証デバイスのトラブルシューティング」 is [I].
 */
export const TROUBLESHOOT_HEAD_TEXT = phrases('Troubleshoot your authentication device', 'Trouble signing in', '認証デバイスのトラブルシューティング');

// ---------------------------------------------------------------- sign-in: alternative factors

/**
 * Steps of the alternative-factors flow. §2.3/§3.1 "Step 1: Email address verification",
 * "Send verification email", "Resend the email", "Step 2: Phone number verification",
 * "Call me now" [C, 2017–2023]; 2026 "We will now send a 6-digit code to your phone" [C,
 * 2026-04]; §2.4 「確認Eメールの送信」, 「電話番号の確認」, 「すぐに連絡を受ける」 [C, JA 2020].
 * 「Eメールアドレスの確認」 is [I].
 */
export const ALT_STEP_TEXT = phrases(
  'Email address verification',
  'Phone number verification',
  'Send verification email',
  'Resend the email',
  'Call me now',
  /6digitcodetoyourphone/,
  '確認Eメールの送信',
  'Eメールアドレスの確認',
  '電話番号の確認',
  'すぐに連絡を受ける',
);

/**
 * The phone verification failed: §2.3 「電話の確認を完了できませんでした。」 then
 * 「AWSサポートにお問い合わせください。」 [C, JA UI 2020]. The English wording was not captured;
 * the patterns cover the plausible forms ("We could not complete phone verification",
 * "Phone verification failed", "unable to complete the phone verification") [I].
 */
export const PHONE_FAILED_TEXT = phrases(
  '電話の確認を完了できませんでした',
  /電話.{0,8}確認.{0,8}(できませんでした|失敗)/,
  /(couldnot|couldnt|unableto|cannot|cant|failedto)(complete|verify)(the|your)?phone/,
  /phone(number)?(call)?(verification)?(couldnotbecompleted|wasnotcompleted|failed|wasunsuccessful|didnotcomplete)/,
);

/** §1.1 `/noMfa?action=decoupledConfirmEmail`: landing page of the 2026 recovery [C, 2026-04-10]. */
export function isNoMfaPath(pathname: string): boolean {
  return /^\/nomfa(\/|$)/i.test(pathname);
}

// ---------------------------------------------------------------- sign-in: negatives

/** Password inputs: nothing is shown on the password step (issue #3). §2.1/§2.2 `#password`. */
export const PASSWORD = 'input[type="password"]';
/** Already signed in: §2.2 `[data-testid=unifiedConsoleHeader]`, `#nav-usernameMenu`, `#awsc-nav-header` [C]. */
export const SIGNED_IN = '[data-testid="unifiedConsoleHeader"], #nav-usernameMenu, #awsc-nav-header';

// ---------------------------------------------------------------- console pages

/**
 * The newer Account console (`/account/home`) is [W] and not confirmed to hold the contact
 * editor, so it counts only when the contact section is visible. "Contact information" [C, §3.1
 * re:Post]; "Primary contact" [C, §3.7 "primary contact phone number"]; 「連絡先情報」 [I].
 */
export const CONTACT_SECTION_TEXT = phrases('Contact information', 'Primary contact', '連絡先情報', '連絡先');

// ---------------------------------------------------------------- targets the panel may use

/** Clickable things whose text the panel may point at. */
export const CLICKABLE = 'a, button, label, [role="button"], [role="link"], [role="radio"]';
/**
 * The link from the MFA step to recovery: "Troubleshoot MFA", "Having problems with your
 * authentication device? Click here", "Troubleshoot your authentication device", "Sign in using
 * MFA"… [C, §3.1 2017–2022]; "Trouble signing in?" [C, 2026]; 「MFAのトラブルシューティング」 [C, JA].
 */
export const TROUBLESHOOT_LINK_TEXT = phrases(
  'Troubleshoot MFA',
  'Trouble signing in',
  'Having problems with your authentication device',
  'Troubleshoot your authentication device',
  'トラブルシューティング',
);

/** Key-value labels on console pages (text only; values read, never inputs). */
export const PHONE_LABEL = phrases('Phone number', 'Phone', 'Primary phone', '電話番号', '電話');
export const ACCOUNT_ID_LABEL = phrases('Account ID', 'Account number', 'アカウント ID', 'アカウント番号');
/** A phone as shown on the Account page: `[+\s0-9()-]` (§3.7 PutContactInformation pattern). */
export const PHONE_VALUE = /^\+?[\d\s().\-‐－]{6,24}$/;
/** A 12-digit AWS account id, possibly grouped 1234-5678-9012. */
export const ACCOUNT_ID_VALUE = /^\d{4}-?\d{4}-?\d{4}$/;

/**
 * Every selector above, for the observer's cheap relevance test (a mutation that adds, removes or
 * re-styles one of these, or text with one of the phrases, triggers a full classification).
 */
export const KEY_SELECTORS = [MFA_INPUT, MFA_SUBMIT, MFA_FIDO, MFA_KEY, CODE_INPUT, DEVICE_CHOICE, PASSWORD, SIGNED_IN].join(', ');
// Stryker disable next-line ArrayDeclaration: an empty list makes every text change relevant to the detector: more classifications, the same answers
export const KEY_TEXT = [
  ...MFA_TEXT,
  ...DEVICE_CHOICE_TEXT,
  ...ALT_CHOICE_TEXT,
  ...RESYNC_TEXT,
  ...TROUBLESHOOT_HEAD_TEXT,
  ...ALT_STEP_TEXT,
  ...PHONE_FAILED_TEXT,
  ...CONTACT_SECTION_TEXT,
  ...KEY_PROMPT_TEXT,
  ...TRY_ANOTHER_METHOD_TEXT,
];
