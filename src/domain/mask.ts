/**
 * Masked e-mail addresses for screens and reports: enough for the owner to recognize the
 * address, little for an onlooker or a shared report. Phones: see maskPhone in phone.ts. Pure.
 */

/** "aws-root+prod@example.com" -> "a***@example.com"; "x@y.z" -> "x***@y.z". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return email ? '***' : '';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
