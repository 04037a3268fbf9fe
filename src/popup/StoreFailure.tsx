import { t } from '../shared/i18n.ts';

/** A write that failed, said where the user is looking: what happened and what to do. */
export function StoreFailure({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div class="notice bad" role="alert" data-testid="store-failure">
      <p>{text}</p>
      <button type="button" onClick={onDismiss}>{t('storeDismiss')}</button>
    </div>
  );
}
