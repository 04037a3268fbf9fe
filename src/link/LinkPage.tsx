import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { StoredState } from '../shared/model.ts';
import type { LinkTicket } from '../shared/messages.ts';
import { loadState } from '../shared/db/repo.ts';
import { onStoreChanged } from '../shared/db/changes.ts';
import { send } from '../shared/send.ts';
import { ContactView } from './ContactView.tsx';
import { DevicesView } from './DevicesView.tsx';
import { RecoveryView } from './RecoveryView.tsx';
import { PhoneFormatView } from './PhoneFormatView.tsx';

/** The ticket this tab was opened with: redeemed once from the worker, kept for reloads of this tab. */
function useTicket(token: string): LinkTicket | null | undefined {
  const [ticket, setTicket] = useState<LinkTicket | null | undefined>(undefined);
  useEffect(() => {
    const key = `link:${token}`;
    const kept = token ? sessionStorage.getItem(key) : null;
    if (kept) return setTicket(JSON.parse(kept) as LinkTicket);
    if (!token) return setTicket(null);
    send('ui→bg/link:ticket', { token }).then(
      ({ ticket: got }) => {
        if (got) sessionStorage.setItem(key, JSON.stringify(got));
        setTicket(got);
      },
      () => setTicket(null),
    );
  }, [token]);
  return ticket;
}

export interface LinkViewProps {
  ticket: LinkTicket;
  state: StoredState;
  reload: () => Promise<void>;
}

export function LinkPage({ token }: { token: string }) {
  const ticket = useTicket(token);
  const [state, setState] = useState<StoredState | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = async () => {
    try {
      setState(await loadState());
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  useEffect(() => {
    void reload();
    // Another page or the worker wrote: show what is stored now, not what was loaded before.
    return onStoreChanged(() => void reload());
  }, []);

  let body;
  if (failed) body = <p class="notice bad" role="alert">{t('linkLoadFailed')}</p>;
  else if (ticket === null) body = <p class="notice warn" role="alert">{t('linkExpired')}</p>;
  else if (ticket === undefined || !state) body = <p class="muted">{t('linkLoading')}</p>;
  else {
    const props = { ticket, state, reload };
    const View = { contact: ContactView, devices: DevicesView, recovery: RecoveryView, 'phone-format': PhoneFormatView }[ticket.purpose];
    body = <View {...props} />;
  }
  return (
    <div>
      <header class="top">
        <h1>{t('linkTitle')}</h1>
      </header>
      <main>{body}</main>
    </div>
  );
}
