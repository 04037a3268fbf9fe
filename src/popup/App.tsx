import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { href, parseRoute, type Route } from './route.ts';
import { useHash, useStore } from './store.ts';
import { Home, HomeMany } from './Home.tsx';
import { HANDFUL } from './handful.ts';
import type { FirstScreen } from '../shared/db/first-screen.ts';
import { StoreFailure } from './StoreFailure.tsx';
import { lazyView } from './lazy-view.tsx';

// Every screen but the first is loaded when it is shown: the first paint waits for none of them
// (the account form's libphonenumber metadata alone is ~30 KB gzip). BENCHMARKS.md, issue #14.
const AccountView = lazyView(() => import('./AccountView.tsx').then((m) => m.AccountView));
const AccountForm = lazyView(() => import('./AccountForm.tsx').then((m) => m.AccountForm));
const RecoverView = lazyView(() => import('./RecoverView.tsx').then((m) => m.RecoverView));
const SafeView = lazyView(() => import('./SafeView.tsx').then((m) => m.SafeView));
const SettingsView = lazyView(() => import('./SettingsView.tsx').then((m) => m.SettingsView));

export function App({ first }: { first?: FirstScreen | null } = {}) {
  const store = useStore(first);
  const route = parseRoute(useHash());
  // Bumped when the language changes, so every view re-renders with the new table.
  const [langEpoch, setLangEpoch] = useState(0);

  return (
    <div key={langEpoch}>
      <header class="top">
        <h1>
          <a href={href({ name: 'home' })} style="color: inherit; text-decoration: none">{t('extName')}</a>
        </h1>
        <nav aria-label={t('popupNavLabel')}>
          {route.name !== 'settings' && <a class="button" href={href({ name: 'settings' })}>{t('popupSettings')}</a>}
        </nav>
      </header>
      <main>
        {store.failure && <StoreFailure text={store.failure} onDismiss={store.dismissFailure} />}
        {store.error && !store.state ? (
          <p class="notice bad" role="alert">{store.error}</p>
        ) : store.state ? (
          <View route={route} store={store} onLang={() => setLangEpoch((n) => n + 1)} />
        ) : route.name === 'home' && store.count !== null && store.count > HANDFUL ? (
          // Many accounts: the summary is drawn from their number while the rest is read.
          <HomeMany state={null} count={store.count} write={store.write} />
        ) : (
          <p class="muted">{t('popupLoading')}</p>
        )}
      </main>
    </div>
  );
}

function View({ route, store, onLang }: { route: Route; store: ReturnType<typeof useStore>; onLang: () => void }) {
  const state = store.state!;
  const account = 'key' in route ? state.accounts.find((a) => a.key === route.key) : undefined;
  if ('key' in route && !account) {
    return (
      <div>
        <p class="notice warn" role="alert">{t('popupAccountMissing')}</p>
        <a href={href({ name: 'home' })}>{t('popupBackToAccounts')}</a>
      </div>
    );
  }
  switch (route.name) {
    case 'home':
      return <Home state={state} write={store.write} />;
    case 'new':
      return <AccountForm state={state} write={store.write} {...(route.then ? { then: route.then } : {})} />;
    case 'edit':
      return <AccountForm state={state} write={store.write} account={account!} />;
    case 'account':
      return <AccountView state={state} account={account!} write={store.write} />;
    case 'recover':
      return <RecoverView state={state} account={account!} write={store.write} />;
    case 'safe':
      return <SafeView state={state} account={account!} write={store.write} />;
    case 'settings':
      return <SettingsView state={state} write={store.write} reload={store.reload} onLang={onLang} />;
  }
}
