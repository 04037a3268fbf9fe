/** A message as domain code returns it: a locale key and its substitutions, no text. */
export interface LocaleText {
  key: string;
  subs: string[];
}
