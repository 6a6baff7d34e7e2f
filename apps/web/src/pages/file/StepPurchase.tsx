import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { SectorSelect } from './SectorSelect';
import type { StepProps } from './stepProps';

/** Step 3: what you bought, when, and for how much. */
export function StepPurchase({ draft, set, errorsFor }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <SectorSelect
        value={draft.sectorCode}
        errors={errorsFor('sectorCode')}
        onChange={(code) => set('sectorCode', code)}
      />
      <TextField
        id="product"
        label={t('file.purchase.product')}
        hint={t('file.purchase.productHint')}
        value={draft.product}
        errors={errorsFor('product')}
        onChange={(e) => set('product', e.target.value)}
      />
      <TextField
        id="purchaseDate"
        label={t('file.purchase.date')}
        hint={t('file.purchase.dateHint')}
        inputMode="numeric"
        className="field--short"
        value={draft.purchaseDate}
        errors={errorsFor('purchaseDate')}
        onChange={(e) => set('purchaseDate', e.target.value)}
      />
      <TextField
        id="amount"
        label={t('file.purchase.amount')}
        hint={t('file.purchase.amountHint')}
        inputMode="numeric"
        className="field--short"
        value={draft.amount}
        errors={errorsFor('amount')}
        onChange={(e) => set('amount', e.target.value)}
      />
    </>
  );
}
