import { useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { Account, RecoveryCase, RecoveryPathId } from '../shared/model.ts';
import { patchCase } from '../shared/db/repo.ts';
import { failureKey, PATHS } from '../domain/recovery-tree.ts';
import { buildChecklist, buildTimeline, setCaseField, setStepDone, type ChecklistItem } from '../domain/recovery-checklist.ts';
import { nextFor, type Next } from '../domain/recovery-next.ts';
import type { DocumentField } from '../domain/documents.ts';
import { ACCOUNT_PAGE_URL, SUPPORT_FORM_URL } from '../site/aws-urls.ts';
import { LIMITS } from '../domain/limits.ts';
import { dayToIso, formatDate, formatDay, isoToDay } from '../ui/format.ts';
import { Timeline } from './Timeline.tsx';
import { NotaryOptions } from './NotaryOptions.tsx';
import { CaseDateInput } from './CaseDateInput.tsx';
import { caseDay } from '../domain/calendar-days.ts';
import { userTimeZone } from '../shared/time-zone.ts';
import type { ViewProps } from './types.ts';

/**
 * An open recovery: "Next" first (recovery-next.ts: what is done, what failed, the dates), with
 * its one action; then the whole checklist, the notary options and the timeline.
 */
export function CaseView({ c, account, state, write, onChangePath, onSwitch }: ViewProps & { c: RecoveryCase; account: Account; onChangePath: () => void; onSwitch?: (p: RecoveryPathId) => void }) {
  const items = buildChecklist(c);
  const now = new Date().toISOString();
  const events = state.progress;
  const next = nextFor(c, { now, events, timeZone: userTimeZone() });
  const nextId = next.kind === 'step' || next.kind === 'wait' || next.kind === 'follow-up' ? next.stepId : undefined;
  const path = PATHS[c.path];
  // Each change is applied to the case as stored at the moment of the write (issue #9).
  const save = (change: (current: RecoveryCase) => RecoveryCase) => write(() => patchCase(c.id, change));
  const timeline = useMemo(
    () => buildTimeline(c, state.progress, { includeUnassigned: state.accounts.length === 1 }),
    [c, state.progress, state.accounts.length],
  );

  return (
    <div>
      <div class="card">
        <h3>{t(path.titleKey)}</h3>
        <p class="small muted">
          {t('popupCaseStarted', [formatDate(c.startedAt), String(Math.max(1, caseDay(c.startedAt, now, userTimeZone())))])}
        </p>
        <NextCard c={c} next={next} items={items} onSave={save} onSwitch={onSwitch} />
      </div>

      <h3 id="checklist-h">{t('popupChecklist')}</h3>
      <ol class="checklist" aria-labelledby="checklist-h">
        {items.map((item) => (
          <li key={item.id} class={[item.sub ? 'sub' : '', item.id === nextId ? 'next' : ''].join(' ')}>
            {item.field ? (
              <FieldStep item={item} c={c} onSave={save} />
            ) : (
              <CheckStep item={item} isNext={item.id === nextId} onToggle={(done) => void save((cur) => setStepDone(cur, item.id, done ? new Date().toISOString() : null))} />
            )}
          </li>
        ))}
      </ol>

      {c.path === 'support-documents' && <NotaryOptions account={account} />}

      <h3>{t('popupTimeline')}</h3>
      <Timeline c={c} entries={timeline} />

      <div class="row" style="margin-top: 12px">
        <button type="button" class="primary" onClick={() => void save((cur) => ({ ...setStepDone(cur, 'signed-in', cur.steps['signed-in'] ?? now), closedAt: now }))}>
          {t('popupCloseCase')}
        </button>
        <button type="button" onClick={onChangePath}>{t('popupChangePath')}</button>
      </div>
    </div>
  );
}

/** "Next": one sentence and one action for what nextFor() says, and "it did not work" where a step can fail. */
function NextCard({ c, next, items, onSave, onSwitch }: { c: RecoveryCase; next: Next; items: ChecklistItem[]; onSave: (change: (current: RecoveryCase) => RecoveryCase) => Promise<boolean>; onSwitch?: ((p: RecoveryPathId) => void) | undefined }) {
  const stamp = () => new Date().toISOString();
  switch (next.kind) {
    case 'done':
      return <p class="notice ok">{t('recoveryNextDone')}</p>;
    case 'switch':
      return (
        <div class="notice warn" data-next="switch">
          <p>{t('recoveryNextSwitch', [t(failureKey(next.because)), t(PATHS[next.path].titleKey)])}</p>
          <p class="small">{t(PATHS[next.path].nowKey)}</p>
          {onSwitch && <button type="button" class="primary" onClick={() => onSwitch(next.path)}>{t('recoveryNextSwitchButton')}</button>}
        </div>
      );
    case 'wait':
      return (
        <div class="notice" data-next="wait">
          <p>{t('recoveryNextWait', formatDate(next.until))}</p>
        </div>
      );
    case 'follow-up':
      return (
        <div class="notice warn" data-next="follow-up">
          <p>{t('recoveryNextFollowUp')}</p>
          <a href={SUPPORT_FORM_URL} target="_blank" rel="noopener">{t('popupOpenSupportForm')}</a>
        </div>
      );
    case 'step': {
      const item = items.find((i) => i.id === next.stepId);
      const step = PATHS[c.path].steps.find((s) => s.id === next.stepId);
      if (!item) return null;
      return (
        <div class="notice" data-next="step" data-step={next.stepId}>
          <p><strong>{t('popupNext')}</strong> {t(item.titleKey)}</p>
          {/* A step that records a date or the case id is filled in where it stands in the checklist below. */}
          {item.detailKey && <p class="small">{t(item.detailKey)}</p>}
          <div class="row">
            {next.stepId === 'support-form' && <a href={SUPPORT_FORM_URL} target="_blank" rel="noopener">{t('popupOpenSupportForm')}</a>}
            {next.stepId === 'update-phone' && <a href={ACCOUNT_PAGE_URL} target="_blank" rel="noopener">{t('recoveryActOpenAccountPage')}</a>}
            {!item.field && <button type="button" class="primary" onClick={() => void onSave((cur) => setStepDone(cur, item.id, stamp()))}>{t('recoveryNextDoneButton')}</button>}
            {step?.failId && (
              <button type="button" onClick={() => void onSave((cur) => setStepDone(cur, step.failId!, stamp()))}>{t('recoveryNextFailed')}</button>
            )}
          </div>
        </div>
      );
    }
  }
}

function CheckStep({ item, isNext, onToggle }: { item: ChecklistItem; isNext: boolean; onToggle: (done: boolean) => void }) {
  const id = `step-${item.id}`;
  return (
    <div>
      <label class="inline" for={id}>
        <input id={id} type="checkbox" checked={!!item.doneAt} aria-describedby={item.detailKey ? `${id}-d` : undefined} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <span>
          {isNext && <strong>{t('popupNext')} </strong>}
          {t(item.titleKey)}
        </span>
      </label>
      {item.doneAt && <div class="done-at">{t('popupDoneOn', formatDate(item.doneAt))}</div>}
      {item.detailKey && <p class="hint" id={`${id}-d`}>{t(item.detailKey)}</p>}
    </div>
  );
}

/** A document step that records a date or the support case id on the case. */
function FieldStep({ item, c, onSave }: { item: ChecklistItem; c: RecoveryCase; onSave: (change: (current: RecoveryCase) => RecoveryCase) => Promise<boolean> }) {
  const field = item.field as DocumentField;
  const id = `field-${field}`;
  const stored = c[field];
  const [caseId, setCaseId] = useState(c.supportCaseId ?? '');
  const saveValue = (value: string | null) => void onSave((cur) => setCaseField(cur, field, value, new Date().toISOString()));

  return (
    <div>
      <label for={id}>{t(item.titleKey)}</label>
      {item.detailKey && <p class="hint" id={`${id}-d`}>{t(item.detailKey)}</p>}
      {field === 'supportCaseId' ? (
        <form class="row" onSubmit={(e) => { e.preventDefault(); saveValue(caseId.trim() || null); }}>
          <input id={id} type="text" style="flex: 1" maxLength={LIMITS.supportCaseId} value={caseId} aria-describedby={`${id}-d`} onInput={(e) => setCaseId(e.currentTarget.value)} />
          <button type="submit">{t('commonSave')}</button>
        </form>
      ) : (
        <CaseDateInput
          id={id}
          field={field}
          caseStartedAt={c.startedAt}
          describedBy={`${id}-d`}
          value={stored ? (field === 'appointmentDay' ? stored : isoToDay(stored)) : ''}
          onSave={(v) => saveValue(v === null ? null : field === 'appointmentDay' ? v : dayToIso(v))}
        />
      )}
      {stored && (
        <div class="done-at">
          {field === 'supportCaseId' ? t('popupSavedValue', stored) : field === 'appointmentDay' ? formatDay(stored) : formatDate(stored)}
        </div>
      )}
    </div>
  );
}
