import i18next from 'i18next';
import en from './en.json';
import vi from './vi.json';

/** The staff texts (`staff.*`) join the app's catalogs when the staff chunk loads. */
export function addStaffCatalogs(): void {
  i18next.addResourceBundle('vi', 'translation', vi, true, false);
  i18next.addResourceBundle('en', 'translation', en, true, false);
}
