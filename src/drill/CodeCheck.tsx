import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { LocaleText } from '../domain/totp/locale-text.ts';
import { tx } from './tx.ts';

interface Props {
  digits: number;
  inputRef: Ref<HTMLInputElement>;
  /** Compares the typed code; returns an error to show for an unusable code, else null. */
  onCompare: (code: string) => LocaleText | null;
}

/** The code the authenticator app shows now. */
export function CodeCheck({ digits, inputRef, onCompare }: Props) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<LocaleText | null>(null);
  return (
    <form
      class="field"
      autocomplete="off"
      onSubmit={(e) => {
        e.preventDefault();
        setError(onCompare(code));
      }}
    >
      <label for="drill-code">{t('drillCodeLabel')}</label>
      <input
        id="drill-code"
        ref={inputRef}
        inputMode="numeric"
        autocomplete="off"
        spellcheck={false}
        maxLength={digits + 4}
        aria-describedby="drill-code-hint"
        aria-invalid={error ? 'true' : undefined}
        value={code}
        onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="hint" id="drill-code-hint">
        {t('drillCodeHint', String(digits))}
      </p>
      <button type="submit">{t('drillCompare')}</button>
      {error && (
        <p class="error" role="alert">
          {tx(error)}
        </p>
      )}
    </form>
  );
}
