/**
 * Pure merge of per-feature locale fragments into the browser's messages.json shape.
 * Used by the build (vite.config.ts) and by the locale tests, so both see the same rules.
 */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, MessageEntry>;

const KEY = /^[A-Za-z0-9_@]+$/;

export function mergeLocaleFragments(
  fragments: Record<string, { name: string; json: unknown }[]>,
): Record<string, Messages> {
  const out: Record<string, Messages> = {};
  for (const [lang, files] of Object.entries(fragments)) {
    const merged: Messages = Object.create(null) as Messages;
    for (const { name, json } of files) {
      if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${name}: not an object`);
      for (const [key, entry] of Object.entries(json as Record<string, unknown>)) {
        if (!KEY.test(key)) throw new Error(`${name}: invalid message key "${key}"`);
        if (key in merged) throw new Error(`${name}: duplicate message key "${key}"`);
        const e = entry as MessageEntry;
        if (typeof e?.message !== 'string') throw new Error(`${name}: "${key}" has no message`);
        const declared = Object.keys(e.placeholders ?? {}).map((k) => k.toLowerCase());
        for (const m of e.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          if (!declared.includes(m[1]!.toLowerCase())) throw new Error(`${name}: "${key}" uses $${m[1]}$ without declaring it`);
        }
        merged[key] = e;
      }
    }
    out[lang] = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  }
  const en = out.en ?? {};
  for (const [lang, messages] of Object.entries(out)) {
    const missing = Object.keys(en).filter((k) => !(k in messages));
    const extra = Object.keys(messages).filter((k) => !(k in en));
    if (missing.length || extra.length) {
      throw new Error(`locale ${lang} differs from en: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`);
    }
  }
  return out;
}
