import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { Choices } from '../../components/Choices';
import { DESIRED_RESOLUTIONS } from './draft';
import type { StepProps } from './stepProps';

/** Step 4: what went wrong, what you want, and whether you already asked the business. */
export function StepWhatHappened({ draft, set, errorsFor }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="description"
        multiline
        label={t('file.story.description')}
        hint={t('file.story.descriptionHint')}
        value={draft.description}
        errors={errorsFor('description')}
        onChange={(e) => set('description', e.target.value)}
      />
      <Choices
        name="desiredResolutions"
        firstId="desiredResolutions"
        type="checkbox"
        legend={t('file.story.resolutions')}
        hint={t('file.story.resolutionsHint')}
        errors={errorsFor('desiredResolutions')}
        selected={draft.desiredResolutions}
        onChange={(values) => set('desiredResolutions', values)}
        choices={DESIRED_RESOLUTIONS.map((value) => ({ value, label: t(`file.resolutions.${value}`) }))}
      />
      <Choices
        name="contacted"
        firstId="contacted"
        type="radio"
        legend={t('file.story.contacted')}
        hint={t('file.story.contactedHint')}
        errors={errorsFor('contacted')}
        selected={draft.contacted ? [draft.contacted] : []}
        onChange={([value]) => set('contacted', value === 'yes' ? 'yes' : 'no')}
        choices={[
          { value: 'yes', label: t('file.yes') },
          { value: 'no', label: t('file.no') },
        ]}
        conditional={{
          yes: (
            <TextField
              id="contactAnswer"
              multiline
              label={t('file.story.contactAnswer')}
              value={draft.contactAnswer}
              errors={errorsFor('contactAnswer')}
              onChange={(e) => set('contactAnswer', e.target.value)}
            />
          ),
        }}
      />
    </>
  );
}
