/**
 * Queries a visitor would type at the kiosk, per language, with the guide that must come first.
 * Written against the seed guides in `content/guides/`: how their titles and summaries read, and
 * how people type on a tablet (no å/ä/ö, no harakat, ة typed as ه, Arabic ي/ك on a Persian
 * keyboard, a letter missing). `atMost` bounds the result count where the query names one guide:
 * such a query must not list most of the catalogue.
 */
export interface CorpusQuery {
  query: string;
  first: string;
  atMost?: number;
}

export const SEARCH_CORPUS: Record<string, CorpusQuery[]> = {
  sv: [
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: 'BankID', first: 'bankid', atMost: 3 },
    { query: 'Bank-ID', first: 'bankid', atMost: 3 },
    { query: '1177', first: '1177', atMost: 3 },
    { query: 'Försäkringskassan', first: 'forsakringskassan', atMost: 3 },
    { query: 'forsakringskasan', first: 'forsakringskassan', atMost: 3 },
    { query: 'skatteverket', first: 'skatteverket', atMost: 3 },
    { query: 'skriva ut', first: 'print-scan' },
    { query: 'pass', first: 'passport-id' },
    { query: 'betala räkningar', first: 'internet-bank' },
    { query: 'losenord', first: 'passwords-safety' },
    { query: 'bostad', first: 'housing-queue' },
    { query: 'tolk', first: 'translation-help' },
  ],
  'sv-x-easy': [
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: 'studera', first: 'csn' },
    { query: 'jobb', first: 'jobs-cv' },
    { query: 'skriv ut', first: 'print-scan' },
    { query: 'banken', first: 'internet-bank' },
    { query: 'id-kort', first: 'passport-id' },
    { query: 'Forsakringskassan', first: 'forsakringskassan', atMost: 3 },
  ],
  en: [
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: '1177', first: '1177', atMost: 3 },
    { query: 'print', first: 'print-scan' },
    { query: 'passport', first: 'passport-id' },
    { query: 'pay bills', first: 'internet-bank' },
    { query: 'pasword', first: 'passwords-safety' },
    { query: 'interpreter', first: 'translation-help' },
    { query: 'student loan', first: 'csn' },
    { query: 'Forsakringskassan', first: 'forsakringskassan', atMost: 3 },
  ],
  ar: [
    { query: 'بنك', first: 'internet-bank' },
    { query: 'البنك', first: 'internet-bank' },
    { query: 'فواتير', first: 'internet-bank' },
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: 'Försäkringskassan', first: 'forsakringskassan', atMost: 3 },
    { query: 'جواز سفر', first: 'passport-id' },
    { query: 'الطباعه', first: 'print-scan' },
    { query: 'طباعة', first: 'print-scan' },
    { query: 'مترجم', first: 'translation-help' },
    { query: 'سكن', first: 'housing-queue' },
    { query: 'الضرائب', first: 'skatteverket' },
    { query: 'كلمة المرور', first: 'passwords-safety' },
    { query: 'تذكرة', first: 'travel-tickets' },
  ],
  fa: [
    { query: 'بانک', first: 'internet-bank' },
    { query: 'بانك', first: 'internet-bank' },
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: 'پاسپورت', first: 'passport-id' },
    { query: 'قبض', first: 'internet-bank' },
    { query: 'چاپ', first: 'print-scan' },
    { query: 'رمز', first: 'passwords-safety' },
    { query: 'بليت', first: 'travel-tickets' },
    { query: 'مالیات', first: 'skatteverket' },
    { query: 'ترجمه', first: 'translation-help' },
  ],
  prs: [
    { query: 'بانک', first: 'internet-bank' },
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: 'تکت', first: 'travel-tickets' },
    { query: 'تیلفون', first: 'tablet-basics' },
    { query: 'ترجمان', first: 'translation-help' },
    { query: 'پاسپورت', first: 'passport-id' },
    { query: 'بلها', first: 'internet-bank' },
    { query: 'كتابخانه', first: 'print-scan' },
  ],
  so: [
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: 'bangiga', first: 'internet-bank' },
    { query: 'baasaboor', first: 'passport-id' },
    { query: 'basaboor', first: 'passport-id' },
    { query: 'daabacaad', first: 'print-scan' },
    { query: 'turjubaan', first: 'translation-help' },
    { query: 'shaqo', first: 'jobs-cv' },
  ],
  ti: [
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: 'ባንክ', first: 'internet-bank' },
    { query: 'ፓስፖርት', first: 'passport-id' },
    { query: 'ትኬት', first: 'travel-tickets' },
    { query: 'ስራሕ', first: 'jobs-cv' },
    { query: 'ትርጉም', first: 'translation-help' },
  ],
  uk: [
    { query: 'bankid', first: 'bankid', atMost: 3 },
    { query: 'банк', first: 'internet-bank' },
    { query: 'паспорт', first: 'passport-id' },
    { query: 'друк', first: 'print-scan' },
    { query: 'перекладач', first: 'translation-help' },
    { query: 'квитки', first: 'travel-tickets' },
    { query: 'пароль', first: 'passwords-safety' },
    { query: 'житло', first: 'housing-queue' },
  ],
};
