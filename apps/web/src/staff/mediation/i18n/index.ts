import i18next from 'i18next';
import en from './en.json';
import vi from './vi.json';

// The mediation texts (`staffMediation.*`) join the catalogs when a mediation page loads.
i18next.addResourceBundle('vi', 'translation', vi, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
