import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { Loading } from '../../components/Loading';
import { CopyButton } from '../../pages/file/CopyButton';
import { lazyNamed } from '../lazy-named';
import { useStaffSession } from '../session/StaffSessionProvider';
import { StaffPage } from '../StaffPage';
import type { ActionResult } from './actions/ActionForm';
import { ActionsPanel } from './actions/ActionsPanel';
import { CaseFacts } from './CaseFacts';
import { DeadlinesSection } from './DeadlinesSection';
import { EmailsSection } from './EmailsSection';
import { FilesSection } from './FilesSection';
import { NextStep } from './NextStep';
import { NotesSection } from './NotesSection';
import { TimelineSection } from './TimelineSection';
import type { CaseDetail, CaseEmail, CaseEvent, CaseFile, Organisation } from './types';
import { useCaseList, useStaffCase } from './useStaffCase';
import { TRANSFER_AUTHORITY_KINDS } from './vocabulary';

// H4's panel (apps/web/src/staff/mediation): suggestions, assignment, sessions, the result.
const MediationPanel = lazyNamed(() => import('../mediation/MediationPanel'), 'MediationPanel');

const WRITERS = ['officer', 'mediator', 'mediation_admin', 'admin'];
const MEDIATION_ACTIONS = ['accept_mediation', 'decline_mediation', 'record_mediation_result'];

type Notice =
  | { kind: 'done'; action: string; businessLinkUrl?: string }
  | { kind: 'stale'; action: string; before: CaseDetail; after: CaseDetail | undefined };

const inMediation = (detail: CaseDetail) =>
  detail.status === 'mediation' ||
  Boolean(detail.lifecycle.mediation) ||
  detail.allowedActions.some((a) => MEDIATION_ACTIONS.includes(a));

/** /staff/cases/:id — the case: what happens next, the actions, the facts, files, clocks, timeline, emails. */
export default function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useStaffSession();
  const loaded = useStaffCase(id);
  const [tick, setTick] = useState(0);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const noticeRef = useRef<HTMLDivElement>(null);
  const detail = loaded.state === 'ready' ? loaded.detail : undefined;
  const listKey = detail ? `${detail.version}-${tick}` : undefined;
  const events = useCaseList<CaseEvent>(`/cases/${id}/events`, listKey);
  const files = useCaseList<CaseFile>(`/cases/${id}/files`, detail ? String(tick) : undefined);
  const emails = useCaseList<CaseEmail>(`/cases/${id}/notifications`, listKey);
  const authorities = useAuthorities(Boolean(detail?.allowedActions.includes('transfer')));

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const reloadAll = useCallback(async () => {
    if (loaded.state !== 'ready') return;
    await loaded.reload();
    setTick((n) => n + 1);
  }, [loaded]);

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') {
    return (
      <StaffPage title={t(loaded.kind === 'not_found' ? 'staff.case.notFound' : 'staff.case.failed')}>
        {loaded.kind === 'not_found' ? (
          <p>{t('staff.case.notFoundBody')}</p>
        ) : (
          <button type="button" className="button button--secondary" onClick={loaded.retry}>
            {t('staff.retry')}
          </button>
        )}
        <p>
          <Link to="/staff/cases">{t('staff.case.backToQueue')}</Link>
        </p>
      </StaffPage>
    );
  }

  const current = loaded.detail;
  const done = ({ action, detail: answer }: ActionResult) => {
    loaded.replace(answer);
    setTick((n) => n + 1);
    setNotice({ kind: 'done', action, businessLinkUrl: answer.businessLinkUrl });
  };
  const stale = async (action: string) => {
    const before = current;
    const after = await loaded.reload();
    setTick((n) => n + 1);
    setNotice({ kind: 'stale', action, before, after });
  };
  const actionName = (action: string) => t(`staff.action.${action}.title`, { defaultValue: action });
  const statusName = (status: string) => t(`case.status.${status}.name`, { defaultValue: status });

  return (
    <StaffPage title={t('staff.case.title', { code: current.trackingCode })}>
      <p>
        <Link to="/staff/cases">{t('staff.case.backToQueue')}</Link>
      </p>
      {notice?.kind === 'done' && (
        <div className="panel staff-success" role="status" tabIndex={-1} ref={noticeRef}>
          <p>{t('staff.case.done', { action: actionName(notice.action) })}</p>
          {notice.businessLinkUrl && (
            <>
              <p>{t('staff.case.businessLink.intro')}</p>
              <p className="staff-copy">
                <code id="business-link">{notice.businessLinkUrl}</code>
              </p>
              <CopyButton value={notice.businessLinkUrl} label={t('staff.case.businessLink.copy')} />
              <p>{t('staff.case.businessLink.once')}</p>
            </>
          )}
        </div>
      )}
      {notice?.kind === 'stale' && (
        <div className="panel staff-warning" role="alert" tabIndex={-1} ref={noticeRef}>
          <h2>{t('staff.case.stale.title')}</h2>
          <p>
            {notice.after && notice.after.status !== notice.before.status
              ? t('staff.case.stale.status', {
                  action: actionName(notice.action),
                  before: statusName(notice.before.status),
                  after: statusName(notice.after.status),
                })
              : t('staff.case.stale.same', { action: actionName(notice.action) })}
          </p>
          <p>{t('staff.case.stale.next')}</p>
        </div>
      )}
      <NextStep detail={current} />
      <ActionsPanel
        detail={current}
        authorities={authorities}
        files={files}
        onDone={done}
        onStale={(action) => void stale(action)}
      />
      {inMediation(current) && (
        <Suspense fallback={<Loading />}>
          <MediationPanel caseId={current.id} onChanged={() => void reloadAll()} />
        </Suspense>
      )}
      <CaseFacts detail={current} />
      <FilesSection caseId={current.id} files={files} />
      <DeadlinesSection deadlines={current.deadlines} />
      <TimelineSection events={events} />
      {WRITERS.includes(user.role) && <NotesSection caseId={current.id} onSent={() => setTick((n) => n + 1)} />}
      <EmailsSection emails={emails} />
    </StaffPage>
  );
}

/** The organisations a case can be transferred to (Law 19 Art 11.3), once the transfer form may be needed. */
function useAuthorities(needed: boolean): Organisation[] | undefined {
  const [items, setItems] = useState<Organisation[] | undefined>(undefined);
  useEffect(() => {
    if (!needed || items) return;
    let current = true;
    api<Organisation[]>('/reference/organisations').then(
      (all) => current && setItems(all.filter((o) => (TRANSFER_AUTHORITY_KINDS as readonly string[]).includes(o.kind))),
      () => current && setItems([]),
    );
    return () => {
      current = false;
    };
  }, [needed, items]);
  return items;
}
