import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { DueDate } from '../../components/DueDate';
import type { DeadlineView } from '../../api/types';
import type { BusinessView } from './types';

interface Duty {
  key: 'acknowledge' | 'negotiate' | 'report' | 'consent';
  kind: string;
  dueAt: string | null;
}

/** The periods the law gives the business (Law 19 Arts 31.2, 57.2, 57.5, 61), each explained, with its date when known. */
export function Deadlines({ view }: { view: BusinessView }) {
  const { t } = useTranslation();
  const duties = dutiesOf(view);
  if (duties.length === 0) return null;
  const forwardedAt = view.timeline.find((e) => e.action === 'forward_to_business')?.at;
  return (
    <section aria-labelledby="business-deadlines">
      <h2 id="business-deadlines">{t('business.deadlines.title')}</h2>
      <ul className="business-deadlines">
        {duties.map((duty) => {
          const clock = findClock(view.deadlines, duty.kind);
          const dueAt = clock?.dueAt ?? duty.dueAt;
          return (
            <li key={duty.key}>
              <p className="business-deadlines__what">{t(`business.deadlines.${duty.key}.what`)}</p>
              <p>{t(`business.deadlines.${duty.key}.law`)}</p>
              {dueAt ? (
                <DueDate dueAt={dueAt} workingDaysLeft={clock?.workingDaysLeft} overdue={clock?.overdue} />
              ) : (
                forwardedAt && <p>{t('business.deadlines.countedFrom', { date: formatDate(forwardedAt) })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function dutiesOf(view: BusinessView): Duty[] {
  switch (view.purpose) {
    case 'negotiation':
      if (view.status !== 'negotiation') return [];
      return [
        { key: 'acknowledge', kind: 'business_acknowledgement', dueAt: null },
        { key: 'negotiate', kind: 'business_negotiation', dueAt: null },
      ];
    case 'result_report':
      return [{ key: 'report', kind: 'business_result_report', dueAt: view.resultReportDueAt }];
    case 'mediation_record':
      return [];
    case 'mediation':
      return view.mediation && !view.mediation.businessConsentAt
        ? [{ key: 'consent', kind: 'business_mediation_consent', dueAt: view.mediation.consentDueAt }]
        : [];
  }
}

/** The api's running clock of that kind, if it sends the clocks. */
function findClock(deadlines: DeadlineView[] | undefined, kind: string): DeadlineView | undefined {
  return deadlines?.find(
    (d) => d.kind === kind && (d.status === 'pending' || d.status === 'paused' || d.status === 'breached'),
  );
}
