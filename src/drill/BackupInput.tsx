import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { LocaleText } from '../domain/totp/locale-text.ts';
import { tx } from './tx.ts';

/** Why a backup was not taken: an optional plain-words verdict, and what exactly is wrong. */
export interface Refusal {
  heading: LocaleText | null;
  text: LocaleText;
}

interface Props {
  draft: string;
  onDraft: (text: string) => void;
  /** Parse what was typed; returns why it was refused, or null when the backup was taken. */
  onRead: (text: string) => Refusal | null;
  /** Decode a QR image and parse it; same contract. */
  onImage: (file: File) => Promise<Refusal | null>;
}

/**
 * Where the secret enters the page. The text field is the only place in the DOM that ever holds
 * it: no autocomplete, no spellcheck (both would copy it to the browser's or an OS service's
 * store), and no <form>, so nothing offers to save it as a submitted value.
 */
export function BackupInput({ draft, onDraft, onRead, onImage }: Props) {
  const [error, setError] = useState<Refusal | null>(null);
  const [reading, setReading] = useState(false);

  const read = () => setError(onRead(draft));

  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Drop the file from the input at once: the page keeps no handle on the image.
    input.value = '';
    if (!file) return;
    setReading(true);
    setError(null);
    try {
      setError(await onImage(file));
    } finally {
      setReading(false);
    }
  };

  return (
    <div>
      <div class="field">
        <label for="drill-secret">{t('drillSecretLabel')}</label>
        <textarea
          id="drill-secret"
          rows={3}
          value={draft}
          autocomplete="off"
          autocapitalize="off"
          autocorrect="off"
          spellcheck={false}
          data-1p-ignore
          data-lpignore="true"
          aria-describedby="drill-secret-hint"
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => onDraft((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) read();
          }}
        />
        <p class="hint" id="drill-secret-hint">
          {t('drillSecretHint')}
        </p>
        <button type="button" onClick={read}>
          {t('drillSecretRead')}
        </button>
      </div>
      <div class="field">
        <label for="drill-qr">{t('drillQrLabel')}</label>
        <input id="drill-qr" type="file" accept="image/*" aria-describedby="drill-qr-hint" onChange={pick} />
        <p class="hint" id="drill-qr-hint">
          {t('drillQrHint')}
        </p>
      </div>
      {reading && <p role="status">{t('drillQrReading')}</p>}
      {error && (
        <div class="error" role="alert" data-testid="drill-error">
          {error.heading && <strong>{tx(error.heading)} </strong>}
          {tx(error.text)}
        </div>
      )}
    </div>
  );
}
