import { useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Account, RecoveryCase, RecoveryPathId } from '../shared/model.ts';
import { switchCase } from '../shared/db/repo.ts';
import { PATHS } from '../domain/recovery-tree.ts';
import { startCase } from '../domain/recovery-checklist.ts';
import { phoneUpdaterOf } from '../domain/recovery-next.ts';
import type { TreeAnswers } from '../domain/recovery-tree.ts';
import { Heading } from '../ui/Heading.tsx';
import { DecisionTree } from './DecisionTree.tsx';
import { CaseView } from './CaseView.tsx';
import { formatDate } from '../ui/format.ts';
import type { ViewProps } from './types.ts';

/** "I'm locked out": the open case if there is one, else the decision tree that starts one. */
export function RecoverView({ state, account, write }: ViewProps & { account: Account }) {
  const cases = state.cases.filter((c) => c.accountKey === account.key);
  const open = cases.filter((c) => !c.closedAt).at(-1);
  const closed = cases.filter((c) => c.closedAt);
  const [choosing, setChoosing] = useState(false);

  const start = async (path: RecoveryPathId, answers: TreeAnswers = {}) => {
    const now = new Date().toISOString();
    // One open case per account: switching paths closes the previous one (it stays in history),
    // in the same transaction as the new one opens.
    if (await write(() => switchCase(startCase(account.key, path, now, crypto.randomUUID(), { ...answers, ...carried(open, answers) }), now))) setChoosing(false);
  };

  return (
    <div>
      <Heading>{t('popupRecoverTitle', account.label)}</Heading>
      {open && !choosing ? (
        <CaseView c={open} account={account} state={state} write={write} onChangePath={() => setChoosing(true)} onSwitch={(p) => void start(p)} />
      ) : (
        <DecisionTree account={account} onChoose={(p, a) => void start(p, a)} onCancel={open ? () => setChoosing(false) : undefined} />
      )}
      {closed.length > 0 && <History cases={closed} />}
    </div>
  );
}

/** A path switched to from an open case keeps what that case knew about who can update the phone. */
function carried(open: RecoveryCase | undefined, answers: TreeAnswers): TreeAnswers {
  const known = open ? phoneUpdaterOf(open) : undefined;
  return answers.phoneUpdater === undefined && known !== undefined ? { phoneUpdater: known } : {};
}

function History({ cases }: { cases: RecoveryCase[] }) {
  return (
    <details class="card">
      <summary>{t('popupPastCases', String(cases.length))}</summary>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            {t(PATHS[c.path].titleKey)}: {formatDate(c.startedAt)} – {formatDate(c.closedAt!)}
          </li>
        ))}
      </ul>
    </details>
  );
}
