import { describe, expect, it } from 'vitest';
import type { GuideTranslation } from '../../src/domain/content.js';
import { foldForSearch, searchTerms } from '../../src/domain/search-text.js';
import { buildGuideSearch } from '../../src/kiosk/search/guide-search.js';
import { rankGuides } from '../../src/kiosk/search/rank.js';
import { stemmerFor } from '../../src/kiosk/search/stem.js';

const guide = (id: string, lang: string, title: string, text: string): GuideTranslation => ({
  id,
  lang,
  category: 'c',
  order: 1,
  title,
  summary: '',
  draft: false,
  steps: [{ title: 'Steg', blocks: [{ type: 'paragraph', content: [{ type: 'text', value: text }] }] }],
});

const swedish = [
  guide('bankid', 'sv', 'BankID – skaffa och använda', 'Mobilt BankID är din legitimation.'),
  guide('forsakringskassan', 'sv', 'Försäkringskassan', 'Ansök om föräldrapenning och barnbidrag.'),
  guide('print', 'sv', 'Skriva ut', 'Skrivaren står vid disken.'),
];
const arabic = [
  guide('bankid', 'ar', 'بنك آي دي – الهوية الإلكترونية', 'BankID هو هويتك على الإنترنت.'),
  guide('forsakringskassan', 'ar', 'Försäkringskassan – التأمينات الاجتماعية', 'قدِّم طلبًا للحصول على إعانة الأطفال.'),
  guide('print', 'ar', 'الطباعة في المكتبة', 'الطابعة بجانب المكتب.'),
];

describe('foldForSearch', () => {
  it('folds Swedish letters, Arabic vowel marks and hamza forms, and spellings of BankID', () => {
    expect(foldForSearch('Försäkringskassan')).toBe('forsakringskassan');
    expect(foldForSearch('قدِّم')).toBe(foldForSearch('قدم'));
    expect(foldForSearch('إعانة')).toBe(foldForSearch('اعانه'));
    expect(foldForSearch('Bank-ID')).toBe('bankid');
    expect(foldForSearch('mobilt bank id')).toBe('bankid');
  });
});

describe('guide search', () => {
  const sv = buildGuideSearch(swedish, swedish);
  const ar = buildGuideSearch(arabic, swedish);

  it.each(['bankid', 'Bank-ID', 'bank id', 'BANKID', 'mobilt bankid', 'bank'])('finds BankID by "%s"', (query) => {
    expect(sv.search(query)[0]).toBe('bankid');
  });

  it('finds Försäkringskassan without the dots, by a prefix and with a typo', () => {
    expect(sv.search('forsakringskassan')[0]).toBe('forsakringskassan');
    expect(sv.search('försäkr')[0]).toBe('forsakringskassan');
    expect(sv.search('forsakringskasan')[0]).toBe('forsakringskassan');
  });

  it('finds guides by Arabic words, with or without vowel marks, and by their Swedish text', () => {
    expect(ar.search('الهويه')[0]).toBe('bankid');
    expect(ar.search('الطباعة')[0]).toBe('print');
    expect(ar.search('قدم طلبا')[0]).toBe('forsakringskassan');
    expect(ar.search('skrivaren')[0]).toBe('print');
  });

  it('finds nothing for nonsense and for an empty query', () => {
    expect(sv.search('zzqqxx')).toEqual([]);
    expect(sv.search('   ')).toEqual([]);
  });
});

describe('light stemming', () => {
  // As the index sees a word: folded first, then stemmed.
  const forms = (lang: string, word: string) => stemmerFor(lang)(searchTerms(word)[0] ?? '');
  const shareAStem = (lang: string, a: string, b: string) => forms(lang, a).some((f) => forms(lang, b).includes(f));

  it('strips the Arabic article, its particles and one-letter prefixes, keeping the word too', () => {
    for (const word of ['البنك', 'للبنك', 'بالبنك', 'والبنك', 'وبنك', 'بنكي', 'بنكها']) {
      expect(shareAStem('ar', word, 'بنك'), word).toBe(true);
    }
    expect(forms('ar', 'البنك')[0]).toBe(searchTerms('البنك')[0]);
  });

  it('strips Arabic plural, feminine and pronoun endings, not below three letters', () => {
    expect(shareAStem('ar', 'كلمات', 'كلمة')).toBe(true);
    expect(shareAStem('ar', 'معاملاتك', 'معاملة')).toBe(true);
    expect(forms('ar', 'بنك')).toEqual(searchTerms('بنك'));
    expect(forms('ar', 'دين')).toEqual(searchTerms('دين'));
  });

  it('joins Persian words split by a zero-width non-joiner and strips their plural, ezafe and می', () => {
    expect(searchTerms('قبض‌ها')).toEqual(searchTerms('قبضها'));
    expect(shareAStem('fa', 'قبض‌ها', 'قبض')).toBe(true);
    expect(shareAStem('prs', 'حساب‌هایتان', 'حساب')).toBe(true);
    expect(shareAStem('fa', 'مالیاتی', 'مالیات')).toBe(true);
    expect(shareAStem('fa', 'می‌خواهم', 'خواهم')).toBe(true);
  });

  it('leaves other scripts and languages as they are', () => {
    expect(forms('ar', 'bankid')).toEqual(['bankid']);
    expect(forms('sv', 'banken')).toEqual(['banken']);
    expect(forms('uk', 'банку')).toEqual(['банку']);
  });
});

describe('ranking', () => {
  const hits = (weights: Record<string, number>) =>
    new Map(Object.entries(weights).map(([id, weight]) => [id, { weight, score: 1 }]));

  it('puts a title match first and leaves out guides that only mention the word', () => {
    expect(rankGuides([hits({ 'body-only': 0.25, title: 1, summary: 0.5 })], 17)).toEqual(['title']);
  });

  it('keeps guides that match about as well as the best, best first', () => {
    expect(rankGuides([hits({ prefix: 0.7, exact: 1 })], 17)).toEqual(['exact', 'prefix']);
  });

  it('ranks a guide with every word above one with only the strongest word', () => {
    const first = hits({ both: 0.25, one: 1 });
    const second = hits({ both: 0.5 });
    expect(rankGuides([first, second], 17)[0]).toBe('both');
  });

  it('lets a rare word count for more than a word every guide has', () => {
    const everywhere = hits(Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`g${i}`, 1])));
    const rare = hits({ g3: 0.5 });
    expect(rankGuides([everywhere, rare], 17)).toEqual(['g3']);
  });

  it('returns nothing when nothing matched', () => {
    expect(rankGuides([new Map()], 17)).toEqual([]);
  });
});
