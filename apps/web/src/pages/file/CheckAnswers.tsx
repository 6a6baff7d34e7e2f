import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatVnd } from '../../format';
import { type Draft, ONLINE_CHANNELS, parseVnd, type Step } from './draft';
import type { PickedFile } from './evidence';
import { useCommunes, useSectors } from './useReference';

interface Row {
  label: string;
  value: ReactNode;
  /** The field's id on its step (the change link lands there). */
  field: string;
}

interface CheckAnswersProps {
  draft: Draft;
  files: readonly PickedFile[];
}

/** Step 6: every answer, each with a "Thay đổi" link to its step that comes back here. */
export function CheckAnswers({ draft, files }: CheckAnswersProps) {
  const { t, i18n } = useTranslation();
  const communes = useCommunes();
  const sectors = useSectors();
  const none = t('file.check.none');
  const text = (value: string) => (value.trim() === '' ? none : value.trim());
  const yesNo = (value: boolean) => (value ? t('file.yes') : t('file.no'));
  const communeName =
    communes.state === 'ready' ? communes.items.find((c) => c.code === draft.communeCode)?.name : undefined;
  const sectorName =
    sectors.state === 'ready' ? sectors.items.find((s) => s.code === draft.sectorCode)?.name : undefined;
  const amount = parseVnd(draft.amount);
  const online = ONLINE_CHANNELS.includes(draft.channel);
  const list = (values: readonly string[], prefix: string) =>
    values.length === 0
      ? none
      : values.map((v) => t(`${prefix}.${v}${prefix === 'file.groups' ? '.label' : ''}`)).join(', ');

  const sections: { step: Step; title: string; rows: Row[] }[] = [
    {
      step: 1,
      title: t('file.steps.1'),
      rows: [
        { field: 'fullName', label: t('file.about.fullName'), value: text(draft.fullName) },
        { field: 'phone', label: t('file.about.phone'), value: text(draft.phone) },
        { field: 'email', label: t('file.about.email'), value: text(draft.email) },
        { field: 'communeCode', label: t('file.about.commune'), value: communeName ?? text(draft.communeCode) },
        { field: 'address', label: t('file.about.address'), value: text(draft.address) },
        {
          field: 'vulnerableGroups',
          label: t('file.check.groups'),
          value: list(draft.vulnerableGroups, 'file.groups'),
        },
        ...(draft.ethnicLanguage.trim() !== ''
          ? [{ field: 'ethnicLanguage', label: t('file.about.ethnicLanguage'), value: draft.ethnicLanguage.trim() }]
          : []),
        { field: 'sensitiveConsent', label: t('file.check.sensitiveConsent'), value: yesNo(draft.sensitiveConsent) },
        { field: 'dataConsent', label: t('file.check.dataConsent'), value: yesNo(draft.dataConsent) },
        { field: 'shareContact', label: t('file.check.shareContact'), value: yesNo(draft.shareContact) },
        { field: 'publication', label: t('file.check.publication'), value: yesNo(draft.publication) },
      ],
    },
    {
      step: 2,
      title: t('file.steps.2'),
      rows: [
        { field: 'businessName', label: t('file.business.name'), value: text(draft.businessName) },
        { field: 'taxCode', label: t('file.business.taxCode'), value: text(draft.taxCode) },
        { field: 'businessAddress', label: t('file.business.address'), value: text(draft.businessAddress) },
        { field: 'website', label: t('file.business.website'), value: text(draft.website) },
        {
          field: 'channel',
          label: t('file.business.channel'),
          value: draft.channel ? t(`file.channels.${draft.channel}`) : none,
        },
        ...(online
          ? [
              { field: 'platformName', label: t('file.business.platformName'), value: text(draft.platformName) },
              { field: 'shopId', label: t('file.business.shopId'), value: text(draft.shopId) },
              { field: 'orderId', label: t('file.business.orderId'), value: text(draft.orderId) },
            ]
          : []),
      ],
    },
    {
      step: 3,
      title: t('file.steps.3'),
      rows: [
        { field: 'sectorCode', label: t('file.purchase.sector'), value: sectorName ?? text(draft.sectorCode) },
        { field: 'product', label: t('file.purchase.product'), value: text(draft.product) },
        { field: 'purchaseDate', label: t('file.purchase.date'), value: text(draft.purchaseDate) },
        {
          field: 'amount',
          label: t('file.purchase.amount'),
          value: amount === null ? text(draft.amount) : formatVnd(amount, i18n.language),
        },
      ],
    },
    {
      step: 4,
      title: t('file.steps.4'),
      rows: [
        {
          field: 'description',
          label: t('file.story.description'),
          value: <span className="file-check__long">{text(draft.description)}</span>,
        },
        {
          field: 'desiredResolutions',
          label: t('file.story.resolutions'),
          value: list(draft.desiredResolutions, 'file.resolutions'),
        },
        {
          field: 'contacted',
          label: t('file.story.contacted'),
          value: draft.contacted === '' ? none : t(draft.contacted === 'yes' ? 'file.yes' : 'file.no'),
        },
        ...(draft.contacted === 'yes' && draft.contactAnswer.trim() !== ''
          ? [{ field: 'contactAnswer', label: t('file.story.contactAnswer'), value: draft.contactAnswer.trim() }]
          : []),
      ],
    },
    {
      step: 5,
      title: t('file.steps.5'),
      rows: [
        {
          field: 'evidence',
          label: t('file.check.files'),
          value: files.length === 0 ? none : files.map((f) => f.file.name).join(', '),
        },
      ],
    },
  ];

  return (
    <>
      {sections.map((section) => (
        <section key={section.step} aria-labelledby={`check-${section.step}`}>
          <h2 id={`check-${section.step}`}>{section.title}</h2>
          <dl className="file-check">
            {section.rows.map((row) => (
              <div key={row.field} className="file-check__row">
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
                <dd className="file-check__change">
                  <Link to={`?step=${section.step}&return=check#${row.field}`}>
                    {t('file.check.change')}
                    <span className="visually-hidden"> {row.label}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h2>{t('file.check.sendHeading')}</h2>
      <p>{t('file.check.sendText')}</p>
    </>
  );
}
