import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { YearSelect, yearsDown } from '../../components/YearSelect';
import { currentYear } from './figures-format';
import { FIRST_YEAR } from './types';

/** Which year to show: a list from the first year to this one, and a button (the year goes in the URL). */
export function YearPicker({ year, onChoose }: { year: number; onChoose: (year: number) => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(String(year));
  const years = yearsDown(currentYear(), FIRST_YEAR);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(Number(chosen));
  };
  return (
    <form className="year-picker no-print" onSubmit={submit}>
      <YearSelect
        id="statistics-year"
        label={t('statistics.year.label')}
        years={years}
        value={chosen}
        onChange={setChosen}
        className="field__input year-picker__select"
      />
      <button type="submit" className="button button--secondary">
        {t('statistics.year.show')}
      </button>
    </form>
  );
}
