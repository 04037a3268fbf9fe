import { render } from 'preact';
import { getSettings, loadState } from '../shared/db/repo.ts';
import { onStoreChanged } from '../shared/db/changes.ts';
import { storeFailureText } from '../shared/db/failure-text.ts';
import { t } from '../shared/i18n.ts';
import { applyLanguage } from '../ui/lang.ts';
import { KitPage } from './KitPage.tsx';
import './kit.css';

async function start(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  await applyLanguage(settings?.lang ?? 'auto');
  document.title = t('kitTitle');
  const key = new URLSearchParams(location.hash.slice(1)).get('account') ?? undefined;
  const app = document.getElementById('app')!;
  const draw = async () => {
    try {
      render(<KitPage state={await loadState()} accountKey={key} />, app);
    } catch (e) {
      // Say why the kit is empty, instead of an unhandled rejection and a blank page.
      render(<p role="alert">{storeFailureText(e)}</p>, app);
    }
  };
  await draw();
  // What another page or the worker saves shows here too: the kit never prints a stale copy.
  onStoreChanged(() => void draw());
}

void start();
