import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { Choices } from '../../components/Choices';
import { PURCHASE_CHANNELS } from './draft';
import type { StepProps } from './stepProps';

/** Step 2: the business, and where you bought (for an online purchase, the platform, shop and order). */
export function StepBusiness({ draft, set, errorsFor }: StepProps) {
  const { t } = useTranslation();
  const online = (
    <>
      <TextField
        id="platformName"
        label={t('file.business.platformName')}
        hint={t('file.business.platformNameHint')}
        value={draft.platformName}
        errors={errorsFor('platformName')}
        onChange={(e) => set('platformName', e.target.value)}
      />
      <TextField
        id="shopId"
        label={t('file.business.shopId')}
        hint={t('file.business.shopIdHint')}
        value={draft.shopId}
        errors={errorsFor('shopId')}
        onChange={(e) => set('shopId', e.target.value)}
      />
      <TextField
        id="orderId"
        label={t('file.business.orderId')}
        hint={t('file.business.orderIdHint')}
        value={draft.orderId}
        errors={errorsFor('orderId')}
        onChange={(e) => set('orderId', e.target.value)}
      />
    </>
  );
  return (
    <>
      <TextField
        id="businessName"
        label={t('file.business.name')}
        hint={t('file.business.nameHint')}
        value={draft.businessName}
        errors={errorsFor('businessName')}
        onChange={(e) => set('businessName', e.target.value)}
      />
      <TextField
        id="taxCode"
        label={t('file.business.taxCode')}
        hint={t('file.business.taxCodeHint')}
        inputMode="numeric"
        className="field--short"
        value={draft.taxCode}
        errors={errorsFor('taxCode')}
        onChange={(e) => set('taxCode', e.target.value)}
      />
      <TextField
        id="businessAddress"
        label={t('file.business.address')}
        hint={t('file.business.addressHint')}
        value={draft.businessAddress}
        errors={errorsFor('businessAddress')}
        onChange={(e) => set('businessAddress', e.target.value)}
      />
      <TextField
        id="website"
        label={t('file.business.website')}
        hint={t('file.business.websiteHint')}
        type="url"
        inputMode="url"
        spellCheck={false}
        value={draft.website}
        errors={errorsFor('website')}
        onChange={(e) => set('website', e.target.value)}
      />
      <Choices
        name="channel"
        firstId="channel"
        type="radio"
        legend={t('file.business.channel')}
        errors={errorsFor('channel')}
        selected={draft.channel ? [draft.channel] : []}
        onChange={([channel]) => set('channel', channel ?? '')}
        choices={PURCHASE_CHANNELS.map((channel) => ({ value: channel, label: t(`file.channels.${channel}`) }))}
        conditional={{ ecommerce_platform: online, social_network: online }}
      />
    </>
  );
}
