import { useTranslation } from 'react-i18next';
import { useSectors } from './useReference';

interface SectorSelectProps {
  value: string;
  errors: readonly string[];
  onChange: (code: string) => void;
}

/** The sectors from the reference data, named in the page's language. */
export function SectorSelect({ value, errors, onChange }: SectorSelectProps) {
  const { t } = useTranslation();
  const sectors = useSectors();
  const errorId = errors.length > 0 ? 'sectorCode-error' : undefined;
  return (
    <div className={errors.length > 0 ? 'field field--error' : 'field'}>
      <label htmlFor="sectorCode" className="field__label">
        {t('file.purchase.sector')}
      </label>
      {errorId && (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      )}
      <select
        id="sectorCode"
        className="field__input"
        value={value}
        aria-describedby={errorId}
        aria-invalid={errors.length > 0 || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{sectors.state === 'loading' ? t('common.loading') : t('file.purchase.sectorChoose')}</option>
        {sectors.state === 'ready' &&
          sectors.items.map((sector) => (
            <option key={sector.code} value={sector.code}>
              {sector.name}
            </option>
          ))}
      </select>
      {sectors.state === 'failed' && (
        <p className="field__error">
          {t('file.purchase.sectorFailed')}{' '}
          <button type="button" className="link-button" onClick={sectors.retry}>
            {t('file.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
