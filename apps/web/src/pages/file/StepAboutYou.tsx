import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { Checkbox, Choices } from '../../components/Choices';
import { CommunePicker } from './CommunePicker';
import { VULNERABLE_GROUPS } from './draft';
import type { StepProps } from './stepProps';

/** Step 1: who you are, how to reach you, where you live; priority groups and consents. */
export function StepAboutYou({ draft, set, errorsFor }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="fullName"
        label={t('file.about.fullName')}
        hint={t('file.about.fullNameHint')}
        autoComplete="name"
        value={draft.fullName}
        errors={errorsFor('fullName')}
        onChange={(e) => set('fullName', e.target.value)}
      />
      <p className="file-note">{t('file.about.contactNote')}</p>
      <TextField
        id="phone"
        label={t('file.about.phone')}
        hint={t('file.about.phoneHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={draft.phone}
        errors={errorsFor('phone')}
        onChange={(e) => set('phone', e.target.value)}
      />
      <TextField
        id="email"
        label={t('file.about.email')}
        hint={t('file.about.emailHint')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={draft.email}
        errors={errorsFor('email')}
        onChange={(e) => set('email', e.target.value)}
      />
      <CommunePicker
        value={draft.communeCode}
        errors={errorsFor('communeCode')}
        onChange={(code) => set('communeCode', code)}
      />
      <TextField
        id="address"
        label={t('file.about.address')}
        hint={t('file.about.addressHint')}
        autoComplete="street-address"
        value={draft.address}
        errors={errorsFor('address')}
        onChange={(e) => set('address', e.target.value)}
      />
      <h2>{t('file.about.groupsHeading')}</h2>
      <p>{t('file.about.groupsIntro')}</p>
      <Choices
        name="vulnerableGroups"
        firstId="vulnerableGroups"
        type="checkbox"
        legend={t('file.about.groupsLegend')}
        hint={t('file.about.groupsHint')}
        errors={errorsFor('vulnerableGroups')}
        selected={draft.vulnerableGroups}
        onChange={(groups) => set('vulnerableGroups', groups)}
        choices={VULNERABLE_GROUPS.map((group) => ({
          value: group,
          label: t(`file.groups.${group}.label`),
          hint: t(`file.groups.${group}.hint`),
        }))}
        conditional={{
          ethnic_minority: (
            <TextField
              id="ethnicLanguage"
              label={t('file.about.ethnicLanguage')}
              hint={t('file.about.ethnicLanguageHint')}
              value={draft.ethnicLanguage}
              errors={errorsFor('ethnicLanguage')}
              onChange={(e) => set('ethnicLanguage', e.target.value)}
            />
          ),
        }}
      />
      <Checkbox
        id="sensitiveConsent"
        label={t('file.about.sensitiveConsent')}
        hint={t('file.about.sensitiveConsentHint')}
        errors={errorsFor('sensitiveConsent')}
        checked={draft.sensitiveConsent}
        onChange={(checked) => set('sensitiveConsent', checked)}
      />
      <h2>{t('file.about.consentHeading')}</h2>
      <p>{t('file.about.consentIntro')}</p>
      <Checkbox
        id="dataConsent"
        label={t('file.about.dataConsent')}
        hint={t('file.about.dataConsentHint')}
        errors={errorsFor('dataConsent')}
        checked={draft.dataConsent}
        onChange={(checked) => set('dataConsent', checked)}
      />
      <Checkbox
        id="shareContact"
        label={t('file.about.shareContact')}
        hint={t('file.about.shareContactHint')}
        checked={draft.shareContact}
        onChange={(checked) => set('shareContact', checked)}
      />
      <Checkbox
        id="publication"
        label={t('file.about.publication')}
        hint={t('file.about.publicationHint')}
        checked={draft.publication}
        onChange={(checked) => set('publication', checked)}
      />
    </>
  );
}
