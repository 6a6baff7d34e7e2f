import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading } from '../../components/Loading';
import type { PublicOrganisation } from '../../api/types';
import type { NamedCode, PublicMediatorPage } from './types';

const PAGE = 100;

/** An organisation's published mediators: name, languages, sectors and profile only. */
export function MediatorList({ organisation }: { organisation: PublicOrganisation }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState<PublicMediatorPage | 'failed' | undefined>();

  useEffect(() => {
    let live = true;
    api<PublicMediatorPage>(
      `/public/mediation-organisations/${encodeURIComponent(organisation.id)}/mediators?limit=${PAGE}`,
    ).then(
      (loaded) => live && setPage(loaded),
      () => live && setPage('failed'),
    );
    return () => {
      live = false;
    };
  }, [organisation.id]);

  const names = (list: NamedCode[]) => list.map((item) => (i18n.language === 'en' ? item.en : item.vi)).join(', ');

  if (page === undefined) return <Loading />;
  if (page === 'failed') return <p role="alert">{t('mediationOrganisations.mediatorsFailed')}</p>;
  if (page.items.length === 0) return <p>{t('mediationOrganisations.noMediators')}</p>;
  return (
    <section aria-label={t('mediationOrganisations.mediatorsOf', { name: organisation.name })}>
      <ul className="mediation__mediators">
        {page.items.map((mediator) => (
          <li key={mediator.id}>
            <h3>{mediator.fullName}</h3>
            {mediator.languages.length > 0 && (
              <p>{t('mediationOrganisations.languages', { list: names(mediator.languages) })}</p>
            )}
            {mediator.sectors.length > 0 && (
              <p>{t('mediationOrganisations.sectors', { list: names(mediator.sectors) })}</p>
            )}
            {mediator.publicProfile && <p>{mediator.publicProfile}</p>}
          </li>
        ))}
      </ul>
      {page.total > page.items.length && (
        <p>{t('mediationOrganisations.more', { count: page.total - page.items.length })}</p>
      )}
    </section>
  );
}
