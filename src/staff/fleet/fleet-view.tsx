import { useState } from 'preact/hooks';
import type { Me } from '../../domain/staff-api.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ScreenHeading } from '../components/screen-heading.js';
import { useLoad } from '../components/use-load.js';
import { useRefresh } from '../components/use-refresh.js';
import { helpApi } from '../help-api-client.js';
import { FLEET_PAGE, type FleetQuery, fleetApi } from './fleet-api.js';
import { type FleetFilter, FleetFilters } from './fleet-filters.js';
import { FleetNav } from './fleet-nav.js';
import { FleetTable } from './fleet-table.js';
import { Pager } from './pager.js';
import type { SortOrder } from './sort-header.js';

/**
 * Every kiosk and how it is: state, branch, last seen, versions, settings pushed against applied,
 * outbox and storage. Admins see the whole fleet; helpers see their branch's, read-only (the
 * server limits them). Looks again every half minute while the page is seen.
 */
export function FleetView({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FleetFilter>({ branch: '', state: '', q: '' });
  const [sort, setSort] = useState<SortOrder>({ sort: 'name', order: 'asc' });
  const [offset, setOffset] = useState(0);
  const query: FleetQuery = {
    branch: filter.branch || undefined,
    state: filter.state || undefined,
    q: filter.q.trim() || undefined,
    sort: sort.sort,
    order: sort.order,
    limit: String(FLEET_PAGE),
    offset: String(offset),
  };
  const key = JSON.stringify(query);
  const [loadedAt, setLoadedAt] = useState(Date.now());
  const list = useLoad(async () => {
    const answer = await fleetApi.kiosks(query);
    setLoadedAt(Date.now());
    return answer;
  }, [key]);
  const times = useLoad(() => helpApi.times(), []);

  useRefresh(list.reload);

  // A new filter or order starts at the first page.
  const changeFilter = (next: FleetFilter) => {
    setFilter(next);
    setOffset(0);
  };
  const changeSort = (next: SortOrder) => {
    setSort(next);
    setOffset(0);
  };

  const data = list.data;
  return (
    <section class="fleet">
      <ScreenHeading title={t('fleet.heading')}>{t('fleet.heading')}</ScreenHeading>
      <FleetNav staffRole={me.role} current="fleet" />
      {me.role !== 'admin' && <p class="hint">{t('fleet.helperNote')}</p>}
      <FleetFilters
        value={filter}
        branches={times.data?.branches ?? []}
        counts={data?.counts}
        onChange={changeFilter}
      />
      <p role="status" class="count">
        {data ? t('fleet.count', { count: data.total }) : t('app.loading')}
      </p>
      <ProblemMessage error={list.error ?? times.error} />
      {data && data.kiosks.length === 0 && <p>{t('fleet.none')}</p>}
      {data && data.kiosks.length > 0 && (
        <>
          <FleetTable kiosks={data.kiosks} sort={sort} onSort={changeSort} now={loadedAt} />
          <Pager offset={offset} limit={FLEET_PAGE} total={data.total} onOffset={setOffset} />
        </>
      )}
    </section>
  );
}
