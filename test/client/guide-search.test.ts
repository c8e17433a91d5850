import { describe, expect, it } from 'vitest';
import type { GuideTranslation } from '../../src/domain/content.js';
import { foldForSearch } from '../../src/domain/search-text.js';
import { buildGuideSearch } from '../../src/kiosk/search/guide-search.js';

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
