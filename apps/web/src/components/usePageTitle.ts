import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The document title: the page's heading, then the service's name. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('layout.serviceName')}`;
  }, [title, t]);
}
