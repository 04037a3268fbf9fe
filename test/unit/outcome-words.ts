/**
 * Words per decision-tree outcome, counted as issue #11 asks: Intl.Segmenter word granularity
 * (word-like segments), in each language, over what the outcome shows at once and over all of it
 * (recovery-tree.ts outcomeKeys()). Placeholders count as one word each.
 */
import { outcomeKeys, PATHS } from '../../src/domain/recovery-tree.ts';
import type { RecoveryPathId } from '../../src/shared/model.ts';
import { loadSourceLocales } from './locale-source.ts';

export const VISIBLE_MAX = 80;
export const TOTAL_MAX = 250;

export function words(text: string, lang: string): number {
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  let n = 0;
  for (const s of seg.segment(text)) if (s.isWordLike) n++;
  return n;
}

export interface OutcomeWords {
  path: RecoveryPathId;
  lang: string;
  visible: number;
  total: number;
}

export function measureOutcomes(): OutcomeWords[] {
  const locales = loadSourceLocales();
  const out: OutcomeWords[] = [];
  for (const lang of ['en', 'ja']) {
    const m = locales[lang]!;
    const count = (keys: string[]) => keys.reduce((n, k) => n + words(m[k]!.message, lang), 0);
    for (const path of Object.keys(PATHS) as RecoveryPathId[]) {
      const { visible, details } = outcomeKeys(path);
      const v = count(visible);
      out.push({ path, lang, visible: v, total: v + count(details) });
    }
  }
  return out;
}
