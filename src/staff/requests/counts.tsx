import { useState } from 'preact/hooks';
import type { Branch } from '../../domain/help.js';
import type { BookingCount } from '../../domain/help-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useLoad } from '../components/use-load.js';
import { helpApi } from '../help-api-client.js';
import { addDays, formatShortDay, todayAtLibrary } from '../times/dates.js';
import { LanguageName } from '../times/labels.js';
import { STATUSES, statusLabel } from './labels.js';

type GroupBy = 'date' | 'branch' | 'language' | 'topic';

interface CountsProps {
  branches: Branch[];
  topicName: (id: string) => string;
}

/**
 * Anonymous figures (kept after personal data is gone): requests per day, branch, language or
 * topic, with a column per status. A plain table is all a monthly report needs.
 */
export function Counts({ branches, topicName }: CountsProps) {
  const { t, lang } = useTranslation();
  const today = todayAtLibrary();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const [groupBy, setGroupBy] = useState<GroupBy>('date');
  const loaded = useLoad(() => helpApi.counts(from, to), [from, to]);

  const keyOf = (c: BookingCount) => c[groupBy === 'branch' ? 'branchId' : groupBy];
  const nameOf = (key: string) =>
    groupBy === 'date' ? (
      formatShortDay(key, lang)
    ) : groupBy === 'branch' ? (
      (branches.find((b) => b.id === key)?.name ?? key)
    ) : groupBy === 'language' ? (
      <LanguageName code={key} />
    ) : (
      topicName(key)
    );
  const rows = new Map<string, Map<string, number>>();
  for (const c of loaded.data?.counts ?? []) {
    const row = rows.get(keyOf(c)) ?? new Map<string, number>();
    row.set(c.status, (row.get(c.status) ?? 0) + c.count);
    rows.set(keyOf(c), row);
  }
  const keys = [...rows.keys()].sort();
  const sum = (row: Map<string, number>) => [...row.values()].reduce((a, b) => a + b, 0);

  return (
    <section aria-labelledby="counts-heading">
      <h2 id="counts-heading">{t('requests.countsHeading')}</h2>
      <p>{t('requests.countsIntro')}</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="counts-from">{t('requests.from')}</label>
          <input id="counts-from" type="date" required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="counts-to">{t('requests.to')}</label>
          <input
            id="counts-to"
            type="date"
            required
            min={from}
            value={to}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="counts-group">{t('requests.countsGroupBy')}</label>
          <select id="counts-group" value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as GroupBy)}>
            <option value="date">{t('requests.groupDate')}</option>
            <option value="branch">{t('requests.branch')}</option>
            <option value="language">{t('requests.language')}</option>
            <option value="topic">{t('requests.topic')}</option>
          </select>
        </div>
      </form>
      <ProblemMessage error={loaded.error} />
      {loaded.data && keys.length === 0 && <p>{t('requests.countsEmpty')}</p>}
      {keys.length > 0 && (
        <div class="table-scroll">
          <table class="counts-table">
            <caption class="visually-hidden">{t('requests.countsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.countsGroup')}</th>
                {STATUSES.map((s) => (
                  <th key={s} scope="col" class="number">
                    {statusLabel(t, s)}
                  </th>
                ))}
                <th scope="col" class="number">
                  {t('requests.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => {
                const row = rows.get(key) ?? new Map<string, number>();
                return (
                  <tr key={key}>
                    <th scope="row">{nameOf(key)}</th>
                    {STATUSES.map((s) => (
                      <td key={s} class="number">
                        {row.get(s) ?? 0}
                      </td>
                    ))}
                    <td class="number">{sum(row)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
