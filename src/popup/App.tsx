import { t } from '../shared/i18n.ts';

export function App() {
  return (
    <main>
      <h1>{t('extName')}</h1>
    </main>
  );
}
