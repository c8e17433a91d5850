import type { ComponentChildren } from 'preact';
import type { FleetSort } from '../../domain/schemas/fleet.js';

export interface SortOrder {
  sort: FleetSort;
  order: 'asc' | 'desc';
}

interface SortHeaderProps {
  column: FleetSort;
  current: SortOrder;
  onSort: (next: SortOrder) => void;
  children: ComponentChildren;
  numeric?: boolean;
}

/**
 * A column header that sorts by its column: a button inside the `<th>`, which carries `aria-sort`
 * so a screen reader says which column the table is sorted by. A second click turns the order.
 */
export function SortHeader({ column, current, onSort, children, numeric }: SortHeaderProps) {
  const active = current.sort === column;
  const sorted = active ? (current.order === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={sorted} class={numeric ? 'number' : undefined}>
      <button
        type="button"
        class="sort-button"
        onClick={() => onSort({ sort: column, order: active && current.order === 'asc' ? 'desc' : 'asc' })}
      >
        {children}
        <span class="sort-mark" aria-hidden="true">
          {active ? (current.order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
