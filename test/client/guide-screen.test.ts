// @vitest-environment jsdom
import i18next from 'i18next';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GuideTranslation, Manifest } from '../../src/domain/content.js';

const loadGuide = vi.fn<(manifest: Manifest, slug: string, lang: string) => Promise<GuideTranslation | undefined>>();
vi.mock('../../src/client/content-store.js', () => ({
  loadGuide: (...args: Parameters<typeof loadGuide>) => loadGuide(...args),
}));

const { Guide } = await import('../../src/kiosk/screens/Guide.js');

const manifest: Manifest = {
  version: 7,
  createdAt: '2026-01-01T00:00:00Z',
  entries: [{ id: 'guide/bank-id', lang: 'sv', kind: 'guide', hash: 'a'.repeat(64), size: 100 }],
  media: [],
};
const guide: GuideTranslation = {
  id: 'bank-id',
  lang: 'sv',
  category: 'money',
  order: 1,
  title: 'BankID',
  summary: 'Logga in med BankID',
  draft: false,
  steps: [
    { title: 'Öppna appen', blocks: [] },
    { title: 'Skanna koden', blocks: [] },
  ],
};

function renderGuide(known: GuideTranslation | undefined): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const noop = () => undefined;
  render(
    h(Guide, {
      manifest,
      slug: 'bank-id',
      known,
      step: 0,
      publicUrl: 'https://example.org',
      onStep: noop,
      onLeave: noop,
      onHome: noop,
      onRequestHelp: noop,
      onVideoPlaying: noop,
    }),
    root,
  );
  return root;
}

beforeAll(() => {
  // The strings do not matter here, the language does: the screen reads the guide in it.
  void i18next.init({ lng: 'sv', resources: {}, initAsync: false });
  // jsdom has no speech; a device without voices shows no read-aloud button.
  vi.stubGlobal('scrollTo', () => undefined);
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => [],
    cancel: () => undefined,
    speak: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  });
});
afterEach(() => {
  document.body.replaceChildren();
  loadGuide.mockReset();
});

describe('guide screen', () => {
  it('shows the first step in the render of the tap when Home already read the guide, reading nothing', () => {
    let root: HTMLElement | undefined;
    act(() => {
      root = renderGuide(guide);
    });
    expect(root?.querySelector('.step h1')?.textContent).toBe('Öppna appen');
    expect(loadGuide).not.toHaveBeenCalled();
  });

  it('reads the guide itself when Home has no copy in the visitor language', async () => {
    let answer: (g: GuideTranslation) => void = () => undefined;
    loadGuide.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    let root: HTMLElement | undefined;
    act(() => {
      root = renderGuide(undefined);
    });
    expect(root?.querySelector('main.guide[aria-busy="true"]')).not.toBeNull();
    expect(loadGuide).toHaveBeenCalledWith(manifest, 'bank-id', 'sv');
    await act(async () => answer(guide));
    expect(root?.querySelector('.step h1')?.textContent).toBe('Öppna appen');
  });
});
