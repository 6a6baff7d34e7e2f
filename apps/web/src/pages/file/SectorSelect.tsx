import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
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
  return (
    <Field id="sectorCode" label={t('file.purchase.sector')} errors={errors}>
      {({ describedBy, invalid }) => (
        <>
          <select
            id="sectorCode"
            className="field__input"
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">
              {sectors.state === 'loading' ? t('common.loading') : t('file.purchase.sectorChoose')}
            </option>
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
        </>
      )}
    </Field>
  );
}
