import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import {
  type Commune,
  formerDistrictsByCommune,
  searchCommunes,
  useCommunes,
  useFormerDistricts,
} from './useReference';

interface CommunePickerProps {
  value: string;
  errors: readonly string[];
  onChange: (code: string) => void;
}

const ID = 'communeCode';
const LIST_ID = `${ID}-listbox`;
const optionId = (code: string) => `${ID}-option-${code}`;
/** The province the former districts are named without: others (Bắc Kạn's) say theirs. */
const HOME_PROVINCE = 'Tỉnh Thái Nguyên';

/**
 * The ARIA 1.2 combobox with a list box: type part of the name, with or without diacritics
 * ("phan dinh phung" finds "Phường Phan Đình Phùng"), or of the former district ("huyen dai tu"),
 * then choose with the arrow keys and Enter, or with a tap. Escape closes the list. Each option says
 * which former district it was in; without that list (not loaded) the search is by name only.
 */
export function CommunePicker({ value, errors, onChange }: CommunePickerProps) {
  const { t } = useTranslation();
  const communes = useCommunes();
  const all = useMemo(() => (communes.state === 'ready' ? communes.items : []), [communes]);
  const districtList = useFormerDistricts();
  const districts = useMemo(() => (districtList.state === 'ready' ? districtList.items : []), [districtList]);
  const formerOf = useMemo(() => formerDistrictsByCommune(districts), [districts]);
  const chosen = all.find((c) => c.code === value);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Once the list has loaded, a chosen commune (e.g. from the saved draft) shows its name.
  useEffect(() => {
    if (chosen) setQuery(chosen.name);
  }, [chosen]);
  const results = useMemo(
    () => searchCommunes(all, chosen && query === chosen.name ? '' : query, districts),
    [all, query, chosen, districts],
  );

  const choose = (commune: Commune) => {
    onChange(commune.code);
    setQuery(commune.name);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const pick = results[active] ?? (results.length === 1 ? results[0] : undefined);
      if (pick) choose(pick);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  const expanded = open && results.length > 0;
  return (
    <Field
      id={ID}
      label={t('file.about.commune')}
      hint={t('file.about.communeHint')}
      errors={errors}
      className="commune-picker"
    >
      {({ describedBy, invalid }) => (
        <>
          <input
            id={ID}
            className="field__input"
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={LIST_ID}
            aria-activedescendant={expanded && results[active] ? optionId(results[active].code) : undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            value={query}
            disabled={communes.state === 'loading'}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              setActive(-1);
              if (value) onChange('');
            }}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          <ul
            id={LIST_ID}
            role="listbox"
            aria-label={t('file.about.commune')}
            className="commune-picker__list"
            hidden={!expanded}
          >
            {results.map((commune, index) => (
              <li
                key={commune.code}
                id={optionId(commune.code)}
                role="option"
                aria-selected={index === active}
                className={
                  index === active ? 'commune-picker__option commune-picker__option--active' : 'commune-picker__option'
                }
                // Keep the focus in the field while choosing with a pointer.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(commune)}
              >
                {commune.name}
                {formerOf.has(commune.code) && (
                  <span className="commune-picker__former">
                    {t('file.about.communeFormerly', {
                      districts: (formerOf.get(commune.code) ?? [])
                        .map((d) => (d.province === HOME_PROVINCE ? d.name : `${d.name} (${d.province})`))
                        .join(', '),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <p className="visually-hidden" role="status">
            {open && query.trim() !== '' && !chosen ? t('file.about.communeResults', { count: results.length }) : ''}
          </p>
          {communes.state === 'failed' && (
            <p className="field__error">
              {t('file.about.communeFailed')}{' '}
              <button type="button" className="link-button" onClick={communes.retry}>
                {t('file.retry')}
              </button>
            </p>
          )}
        </>
      )}
    </Field>
  );
}
