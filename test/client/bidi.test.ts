import { describe, expect, it } from 'vitest';
import { splitLtrRuns } from '../../src/domain/bidi.js';

describe('splitLtrRuns', () => {
  it('isolates phone numbers, addresses and Latin names inside Arabic-script text', () => {
    const parts = splitLtrRuns('اتصل بالرقم 114 14 أو 0771-524 524 وافتح 1177.se مع BankID.');
    expect(parts.filter((p) => p.ltr).map((p) => p.text)).toEqual(['114 14', '0771-524 524', '1177.se', 'BankID']);
    expect(parts.map((p) => p.text).join('')).toBe('اتصل بالرقم 114 14 أو 0771-524 524 وافتح 1177.se مع BankID.');
  });

  it('keeps a leading plus and a trailing one', () => {
    expect(splitLtrRuns('+46 771 235 235').map((p) => p.text)).toEqual(['+46 771 235 235']);
    expect(
      splitLtrRuns('با Freja+ وارد شوید')
        .filter((p) => p.ltr)
        .map((p) => p.text),
    ).toEqual(['Freja+']);
  });

  it('leaves text without Latin or digits whole', () => {
    expect(splitLtrRuns('مرحبا بك')).toEqual([{ text: 'مرحبا بك', ltr: false }]);
  });
});
