/**
 * A screen whose code is loaded when it is first shown (issue #14): the popup's first screen
 * must not wait for the account form's phone metadata, the recovery tree or the import/export
 * code. Until the module arrives the same loading line as for the store is shown.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';

export type LazyView<P extends object> = ComponentType<P> & {
  /** Fetches the module now, so that a first render can show the view at once. */
  preload(): Promise<unknown>;
};

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () => (pending ??= load().then((c) => (loaded = c)));
  function LazyView(props: P) {
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (View) return;
      let live = true;
      get().then(
        (c) => live && setView(() => c),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [View]);
    if (failed) return <p class="notice bad" role="alert">{t('popupLoadFailed')}</p>;
    return View ? <View {...props} /> : <p class="muted">{t('popupLoading')}</p>;
  }
  LazyView.preload = get;
  return LazyView;
}
