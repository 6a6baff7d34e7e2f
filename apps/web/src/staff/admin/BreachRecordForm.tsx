import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { privacyApi } from '../dataRequests/privacy-api';
import { BREACH_CATEGORIES } from '../dataRequests/types';
import { FormFacts } from '../mediation/FormFacts';
import { useStaffForm } from '../mediation/useStaffForm';
import { fromHanoiLocal, hanoiNow } from './BreachTime';

const IDS = {
  discoveredAt: 'breach-discovered',
  description: 'breach-description',
  dataCategories: 'breach-categories',
  approximatePeople: 'breach-people',
  consequences: 'breach-consequences',
  measures: 'breach-measures',
};

/** Records a personal-data breach (POST /admin/breaches): the 72 hours run from its discovery. */
export function BreachRecordForm({ onRecorded }: { onRecorded: (message: string) => void }) {
  const { t } = useTranslation();
  const form = useStaffForm(IDS);
  const [discoveredAt, setDiscoveredAt] = useState(hanoiNow());
  const [description, setDescription] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [people, setPeople] = useState('');
  const [consequences, setConsequences] = useState('');
  const [measures, setMeasures] = useState('');

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    const at = fromHanoiLocal(discoveredAt);
    if (!at) found[IDS.discoveredAt] = [t('staffPrivacy.breaches.form.discoveredMissing')];
    if (!description.trim()) found[IDS.description] = [t('staffPrivacy.breaches.form.descriptionMissing')];
    if (categories.length === 0) found[IDS.dataCategories] = [t('staffPrivacy.breaches.form.categoriesMissing')];
    if (people.trim() && !/^\d+$/.test(people.trim()))
      found[IDS.approximatePeople] = [t('staffPrivacy.breaches.form.peopleNumber')];
    const ok = await form.submit(found, async () => {
      await privacyApi.recordBreach({
        discoveredAt: at ?? '',
        description: description.trim(),
        dataCategories: categories,
        ...(people.trim() ? { approximatePeople: Number(people.trim()) } : {}),
        ...(consequences.trim() ? { consequences: consequences.trim() } : {}),
        ...(measures.trim() ? { measures: measures.trim() } : {}),
      });
    });
    if (ok) {
      setDescription('');
      setCategories([]);
      setPeople('');
      setConsequences('');
      setMeasures('');
      onRecorded(t('staffPrivacy.breaches.form.recorded'));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void send(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t('staffPrivacy.breaches.form.does')}
        told={t('staffPrivacy.breaches.form.told')}
        basis={t('staffPrivacy.breaches.basis')}
      />
      <TextField
        id={IDS.discoveredAt}
        type="datetime-local"
        label={t('staffPrivacy.breaches.form.discoveredAt')}
        hint={t('staffPrivacy.breaches.form.discoveredHint')}
        errors={form.errors[IDS.discoveredAt]}
        value={discoveredAt}
        onChange={(event) => setDiscoveredAt(event.target.value)}
      />
      <TextField
        id={IDS.description}
        label={t('staffPrivacy.breaches.form.description')}
        hint={t('staffPrivacy.breaches.form.descriptionHint')}
        multiline
        maxLength={4000}
        errors={form.errors[IDS.description]}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <Choices
        name="breach-category"
        firstId={IDS.dataCategories}
        type="checkbox"
        legend={t('staffPrivacy.breaches.form.categories')}
        hint={t('staffPrivacy.breaches.form.categoriesHint')}
        errors={form.errors[IDS.dataCategories]}
        choices={BREACH_CATEGORIES.map((c) => ({ value: c, label: t(`staffPrivacy.breaches.category.${c}`) }))}
        selected={categories}
        onChange={setCategories}
      />
      <TextField
        id={IDS.approximatePeople}
        inputMode="numeric"
        label={t('staffPrivacy.breaches.form.people')}
        hint={t('staffPrivacy.breaches.form.peopleHint')}
        errors={form.errors[IDS.approximatePeople]}
        value={people}
        onChange={(event) => setPeople(event.target.value)}
      />
      <TextField
        id={IDS.consequences}
        label={t('staffPrivacy.breaches.form.consequences')}
        multiline
        maxLength={4000}
        errors={form.errors[IDS.consequences]}
        value={consequences}
        onChange={(event) => setConsequences(event.target.value)}
      />
      <TextField
        id={IDS.measures}
        label={t('staffPrivacy.breaches.form.measures')}
        multiline
        maxLength={4000}
        errors={form.errors[IDS.measures]}
        value={measures}
        onChange={(event) => setMeasures(event.target.value)}
      />
      <button type="submit" className="button" disabled={form.sending}>
        {t('staffPrivacy.breaches.form.submit')}
      </button>
    </form>
  );
}
