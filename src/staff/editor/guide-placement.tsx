import { useState } from 'preact/hooks';
import { isPlace, MAX_PLACE } from '../../domain/schemas/rules.js';
import type { GuideDetail } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { api } from '../api.js';
import { categoryName } from '../categories/category-name.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useLoad } from '../components/use-load.js';
import { hrefOf } from '../routes.js';
import { GuideIcon } from './guide-icon.js';

/** Where the guide shows on the kiosk: its category, and its place among that category's guides. */
export function GuidePlacement({ guide, onSaved }: { guide: GuideDetail; onSaved: (guide: GuideDetail) => void }) {
  const { t, lang } = useTranslation();
  const list = useLoad(() => api.guides(), []);
  const [category, setCategory] = useState(guide.category);
  const [order, setOrder] = useState(String(guide.order));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');

  const categories = [...(list.data?.categories ?? [])].sort((a, b) => a.order - b.order);
  // The guide's own category stays choosable even before the list has come.
  const ids = categories.some((c) => c.id === guide.category) ? [] : [guide.category];
  const orderNumber = Number(order);
  const orderValid = isPlace(order);
  const unchanged = category === guide.category && orderNumber === guide.order;

  const save = async (event: Event) => {
    event.preventDefault();
    if (!orderValid) return;
    setBusy(true);
    setError(null);
    setDone('');
    try {
      const saved = await api.setPlacement(guide.id, { category, order: orderNumber });
      onSaved(saved);
      setDone(t('editor.placementSaved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="guide-placement" aria-labelledby="guide-placement-heading">
      <h2 id="guide-placement-heading">{t('editor.placementHeading')}</h2>
      <form class="filters" onSubmit={(e) => void save(e)}>
        <div class="field">
          <label for="guide-category">{t('editor.placementCategory')}</label>
          <select id="guide-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            {ids.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(c, lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="guide-order">{t('editor.placementOrder')}</label>
          <input
            id="guide-order"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_PLACE}
            step={1}
            required
            aria-describedby="guide-order-hint"
            value={order}
            onInput={(e) => setOrder(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={busy || !orderValid || unchanged}>
          {t('editor.placementSave')}
        </button>
      </form>
      <p class="hint" id="guide-order-hint">
        {t('editor.placementOrderHint')}{' '}
        <a href={hrefOf({ screen: 'categories' })}>{t('editor.placementToCategories')}</a>
      </p>
      <p role="status" class="success">
        {done}
      </p>
      <ProblemMessage error={list.error ?? error} />
      <GuideIcon
        guide={guide}
        categoryIcon={list.data?.categories.find((c) => c.id === guide.category)?.icon}
        onSaved={onSaved}
      />
    </section>
  );
}
