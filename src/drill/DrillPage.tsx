import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { send } from '../shared/send.ts';
import { listAccounts, listDrillResults, recordDrillResult } from '../shared/db/repo.ts';
import { onStoreChanged } from '../shared/db/changes.ts';
import { storeFailureText } from '../shared/db/failure-text.ts';
import type { Account, DrillResult } from '../shared/model.ts';
import { parseBackup, wipeBackup, type Backup } from '../domain/totp/backup.ts';
import { codesAt, verifyCode, WINDOW_STEPS } from '../domain/totp/codes.ts';
import { backupErrorHeading, backupErrorText, backupNotes, codeErrorText } from '../domain/totp/messages.ts';
import type { LocaleText } from '../domain/totp/locale-text.ts';
import { AccountPicker } from './AccountPicker.tsx';
import { BackupInput, type Refusal } from './BackupInput.tsx';
import { CodesView } from './CodesView.tsx';
import { CodeCheck } from './CodeCheck.tsx';
import { ResultView, type DrillVerdict, type SaveState } from './ResultView.tsx';
import { ClockCheck } from './ClockCheck.tsx';
import { readQrFile } from './qr-image.ts';
import { useForget, IDLE_MINUTES } from './use-forget.ts';
import { useNow } from './use-now.ts';
import { tx } from './tx.ts';

/**
 * The backup drill. The secret exists only in this component's state (`draft` while typed,
 * `backup` once read) and in the one text field; it is dropped on "Forget", after IDLE_MINUTES
 * without activity, and on pagehide. Only the verdict is written: recordDrillResult with the
 * date, pass/fail and drift, never the secret or a code.
 */
export function DrillPage({ initialAccount }: { initialAccount?: string }) {
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [accountKey, setAccountKey] = useState('');
  /** This account's drill results; null while they load. */
  const [history, setHistory] = useState<DrillResult[] | null>(null);
  const [draft, setDraft] = useState('');
  const [backup, setBackup] = useState<Backup | null>(null);
  const [forgotten, setForgotten] = useState<'manual' | 'idle' | null>(null);
  const [verdict, setVerdict] = useState<DrillVerdict | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'no-account' });
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  /** Bumped when another page or the worker changed the store: accounts and history are read again. */
  const [epoch, setEpoch] = useState(0);
  const codeInput = useRef<HTMLInputElement>(null);
  const now = useNow(backup !== null);

  useEffect(() => onStoreChanged((stores) => stores.some((s) => s === 'accounts' || s === 'drills') && setEpoch((n) => n + 1)), []);

  useEffect(() => {
    listAccounts()
      .then((list) => {
        setAccounts(list);
        setLoadFailure(null);
        // Keep the account chosen here if it still exists; else the one asked for, else the first.
        setAccountKey((chosen) => (list.find((a) => a.key === chosen) ?? list.find((a) => a.key === initialAccount) ?? list[0])?.key ?? '');
      })
      .catch((e: unknown) => {
        setAccounts((a) => a ?? []);
        setLoadFailure(storeFailureText(e));
      });
  }, [initialAccount, epoch]);

  useEffect(() => {
    setHistory(null);
    if (!accountKey) return;
    let current = true;
    listDrillResults(accountKey)
      .then((list) => current && setHistory(list))
      .catch(() => current && setHistory([]));
    return () => {
      current = false;
    };
  }, [accountKey, epoch]);

  // Once a backup is read, the next thing to do is type the app's code.
  useEffect(() => {
    if (backup) codeInput.current?.focus();
  }, [backup]);

  const forget = (why: 'manual' | 'idle' | 'pagehide') => {
    if (backup) wipeBackup(backup);
    setBackup(null);
    setDraft('');
    if (why !== 'pagehide') setForgotten(why);
    // A verdict about the backup just dropped would read as one about the next; an idle return keeps it.
    if (why === 'manual') setVerdict(null);
  };
  useForget(backup !== null || draft !== '', forget);

  const take = (text: string): Refusal | null => {
    const r = parseBackup(text);
    if (!r.ok) return { heading: backupErrorHeading(r.error), text: backupErrorText(r.error) };
    if (backup) wipeBackup(backup);
    setBackup(r.backup);
    // The field is emptied once read, so the secret is not left on screen.
    setDraft('');
    setForgotten(null);
    setVerdict(null);
    return null;
  };

  const takeImage = async (file: File): Promise<Refusal | null> => {
    const r = await readQrFile(file);
    if (!r.ok) return { heading: null, text: { key: r.error === 'not-image' ? 'drillQrNotImage' : 'drillQrNotFound', subs: [] } };
    return take(r.text);
  };

  const account = accounts?.find((a) => a.key === accountKey);

  const record = async (passed: boolean, driftSeconds?: number) => {
    if (!account) return setSave({ kind: 'no-account' });
    try {
      const saved = await recordDrillResult({
        accountKey: account.key,
        at: new Date().toISOString(),
        passed,
        ...(driftSeconds !== undefined ? { driftSeconds } : {}),
      });
      setHistory((h) => [...(h ?? []), saved]);
      setSave({ kind: 'saved', account: account.label, at: saved.at });
      // Only "something changed" crosses to the worker (alarms and badge); no result data.
      await send('ui→bg/state:changed', {}).catch(() => undefined);
    } catch (e) {
      setSave({ kind: 'failed', reason: storeFailureText(e) });
    }
  };

  const compare = (code: string): LocaleText | null => {
    if (!backup) return null;
    const outcome = verifyCode(backup.params, code, Date.now() / 1000);
    if (outcome.kind === 'bad-code') return codeErrorText(outcome.error, outcome.digits);
    setSave({ kind: 'saving' });
    if (outcome.kind === 'match') {
      setVerdict({ kind: 'match', driftSeconds: outcome.driftSeconds });
      void record(true, outcome.driftSeconds);
    } else {
      setVerdict({ kind: 'no-match', windowMinutes: Math.round((WINDOW_STEPS * backup.params.period) / 60) });
      void record(false);
    }
    return null;
  };

  const codes = backup ? codesAt(backup.params, now / 1000) : null;
  const notes = backup ? backupNotes(backup, account?.accountId) : [];
  const last = history?.[history.length - 1];

  return (
    <main>
      <h1>{t('drillTitle')}</h1>
      <p>{t('drillIntro')}</p>
      <p class="hint">{t('drillPrivacy', String(IDLE_MINUTES))}</p>
      {loadFailure && (
        <p class="warn" role="alert">
          {loadFailure}
        </p>
      )}

      {accounts && <AccountPicker accounts={accounts} value={accountKey} onChange={setAccountKey} loading={history === null} last={last} />}

      <section aria-labelledby="drill-step-backup">
        <h2 id="drill-step-backup">{t('drillStepBackup')}</h2>
        {forgotten && (
          <p class="note" role="status" data-testid="drill-forgotten">
            {forgotten === 'idle' ? t('drillForgottenIdle', String(IDLE_MINUTES)) : t('drillForgotten')}
          </p>
        )}
        {backup ? (
          <div class="backup-read" data-testid="drill-backup-read">
            <p>{t('drillBackupRead')}</p>
            {(backup.issuer || backup.account) && (
              <p>{t('drillBackupFor', [backup.issuer, backup.account].filter(Boolean).join(' — '))}</p>
            )}
            <p>{t('drillBackupParams', [backup.params.algorithm.toUpperCase(), String(backup.params.digits), String(backup.params.period)])}</p>
            {notes.map((n) => (
              <p class="warn" key={n.key}>
                {t('drillNote', tx(n))}
              </p>
            ))}
            <button type="button" onClick={() => forget('manual')}>
              {t('drillForget')}
            </button>
          </div>
        ) : (
          <BackupInput draft={draft} onDraft={setDraft} onRead={take} onImage={takeImage} />
        )}
      </section>

      {backup && codes && (
        <>
          <section aria-labelledby="drill-step-codes">
            <h2 id="drill-step-codes">{t('drillStepCodes')}</h2>
            <CodesView codes={codes} period={backup.params.period} />
          </section>
          <section aria-labelledby="drill-step-compare">
            <h2 id="drill-step-compare">{t('drillStepCompare')}</h2>
            <CodeCheck digits={backup.params.digits} inputRef={codeInput} onCompare={compare} />
          </section>
        </>
      )}

      <div role="status" aria-live="polite">
        {verdict && <ResultView verdict={verdict} save={save} />}
      </div>

      <ClockCheck />
    </main>
  );
}
