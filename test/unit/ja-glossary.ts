/**
 * The rules of docs/glossary.md that a machine can check, over the Japanese messages.
 * Kept apart from the test so the numbers can be printed while rewriting.
 */

/** The backup drill's one Japanese name (popup, drill page, reminders). */
export const DRILL_NAME = 'バックアップの確認';

/** Parts of a Japanese message where half-width ? : ( ) are allowed, removed before the check. */
const EXEMPT: RegExp[] = [
  /［[^］]*］/g, // AWS UI labels, quoted as AWS's Japanese docs do
  /[a-z]+:\/\/[^\s、。）]*/g, // addresses (https://…, otpauth://…)
  /\b\d{1,2}:\d{2}\b/g, // times (9:00)
  /\$[A-Za-z0-9_@]+\$|\$\d/g, // placeholders
  /多要素認証 \(MFA\)/g, // AWS's official term
  /\bre:Post\b/g, // AWS re:Post, a product name written with its colon
  /"[^"]*"/g, // English phrases quoted for the user to say or type (the call phrases)
  /「[\x20-\x7e]+」/g, // English quoted verbatim (an e-mail subject, a label AWS shows in English)
];

/** Running Japanese text of a message: the message with the exempt parts taken out. */
export function runningText(message: string): string {
  return EXEMPT.reduce((s, re) => s.replace(re, ' '), message);
}

export interface Violation {
  key: string;
  rule: string;
  message: string;
}

export function checkJapanese(messages: Record<string, { message: string }>): Violation[] {
  const out: Violation[] = [];
  for (const [key, { message }] of Object.entries(messages)) {
    const bad = (rule: string) => out.push({ key, rule, message });
    if (message.includes('ログイン')) bad('サインイン, never ログイン');
    if (/ブラウザ(?!ー)/.test(message)) bad('ブラウザー (with ー)');
    if (/フォルダ(?!ー)/.test(message)) bad('フォルダー (with ー)');
    if (/(な|失|無)く[しす]/.test(message)) bad('紛失, not なくした/失くした');
    if (/ドリル|バックアップテスト|確認テスト/.test(message)) bad(`the drill is 「${DRILL_NAME}」`);
    if (/ルート(ユーザー)?の?(メール|Eメール)アドレス/.test(message)) bad('ルートユーザーの E メールアドレス');
    if (/くれます|もらってください|にしては|ありえない/.test(message)) bad('neutral です/ます, no casual endings');
    if (/[?:()]/.test(runningText(message))) bad('full-width ？：（） in running text');
  }
  return out;
}
