import i18next from 'i18next';
import en from './en.json';
import vi from './vi.json';

// The texts of the personal-data screens (`staffPrivacy.*`: data requests, breaches, access log)
// join the catalogs when one of them loads.
i18next.addResourceBundle('vi', 'translation', vi, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
