import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MediatorList } from './MediatorList';
import type { PublicOrganisation } from '../../api/types';

/** One organisation: its name, what kind it is, where, and its mediators on request. */
export function OrganisationCard({ organisation }: { organisation: PublicOrganisation }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <article className="mediation__org">
      <h2>{organisation.name}</h2>
      <p className="mediation__kind">{t(`mediationOrganisations.kind.${organisation.kind}`)}</p>
      <p>{t(`mediationOrganisations.type.${organisation.mediationType}`)}</p>
      {organisation.communeName && <p>{t('mediationOrganisations.where', { commune: organisation.communeName })}</p>}
      <p>{t('mediationOrganisations.mediatorCount', { count: organisation.mediators })}</p>
      {organisation.mediators > 0 && (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'mediationOrganisations.hide' : 'mediationOrganisations.show')}
        </button>
      )}
      <div id={listId}>{open && <MediatorList organisation={organisation} />}</div>
    </article>
  );
}
