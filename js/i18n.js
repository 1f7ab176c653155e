// Every word of the widget in both languages, at once: the batch page, the
// tests and the bundler checks read them here. The widget itself loads only
// the page's language (tables.js); the tables are i18n-zh-Hans.js and
// i18n-en.js, and the formatters format.js.
import zhHans from './i18n-zh-Hans.js';
import en from './i18n-en.js';
import { BOOT_WORDS } from './format.js';

export { pickLang, formatYuan, formatDate, beijingToday } from './format.js';

export const STRINGS = {
  'zh-Hans': { ...BOOT_WORDS['zh-Hans'], ...zhHans },
  en: { ...BOOT_WORDS.en, ...en },
};
