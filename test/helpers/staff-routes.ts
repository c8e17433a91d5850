/** The password of the accounts the authorisation tests make. */
export const STAFF_PASSWORD = 'correct horse battery';

/** A weekly session as helpers write it, valid in shape. */
const PATTERN = {
  branchId: 'stadsbiblioteket',
  kind: 'drop-in',
  weekday: 2,
  start: '10:00',
  durationMinutes: 60,
  capacity: 0,
  topics: [],
  languages: ['sv'],
  from: '2030-01-01',
  until: null,
};

/**
 * Every staff route with a request that passes validation, and the roles that may make it: the
 * authorisation matrix and its spellings are checked against this list.
 */
export const STAFF_ROUTES: {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: object;
  allowed: string[];
}[] = [
  { method: 'GET', url: '/api/staff/me', allowed: ['helper', 'editor', 'admin'] },
  {
    method: 'POST',
    url: '/api/staff/password',
    payload: { current: STAFF_PASSWORD, next: 'x' },
    allowed: ['helper', 'editor', 'admin'],
  },
  { method: 'GET', url: '/api/staff/users', allowed: ['admin'] },
  {
    method: 'POST',
    url: '/api/staff/users',
    payload: { username: 'new.one', role: 'helper', password: 'a long enough secret' },
    allowed: ['admin'],
  },
  { method: 'PATCH', url: '/api/staff/users/3', payload: { role: 'editor' }, allowed: ['admin'] },
  { method: 'GET', url: '/api/staff/audit', allowed: ['admin'] },
  { method: 'GET', url: '/api/staff/audit.csv', allowed: ['admin'] },
  { method: 'GET', url: '/api/staff/guides', allowed: ['editor', 'admin'] },
  { method: 'GET', url: '/api/staff/guides/bankid', allowed: ['editor', 'admin'] },
  {
    method: 'POST',
    url: '/api/staff/preview',
    payload: { markdown: '# T\n\n## S\ntext' },
    allowed: ['editor', 'admin'],
  },
  { method: 'GET', url: '/api/staff/publish/preview', allowed: ['editor', 'admin'] },
  { method: 'POST', url: '/api/staff/publish', payload: { changelog: 'A change' }, allowed: ['editor', 'admin'] },
  { method: 'GET', url: '/api/staff/versions', allowed: ['editor', 'admin'] },
  { method: 'PUT', url: '/api/staff/categories', payload: { categories: [] }, allowed: ['editor', 'admin'] },
  { method: 'GET', url: '/api/staff/media', allowed: ['editor', 'admin'] },
  { method: 'GET', url: '/api/staff/pack', allowed: ['editor', 'admin'] },
  { method: 'POST', url: '/api/staff/versions/1/restore', allowed: ['editor', 'admin'] },
  { method: 'GET', url: '/api/staff/times', allowed: ['helper', 'admin'] },
  {
    method: 'PUT',
    url: '/api/staff/branches/filial',
    payload: { name: 'Filialen', place: 'Entrén', openingHours: {} },
    allowed: ['helper', 'admin'],
  },
  {
    method: 'POST',
    url: '/api/staff/exceptions',
    payload: { branchId: 'stadsbiblioteket', patternId: null, date: '2030-01-02', reason: 'Stängt' },
    allowed: ['helper', 'admin'],
  },
  { method: 'DELETE', url: '/api/staff/patterns/999', allowed: ['helper', 'admin'] },
  { method: 'GET', url: '/api/staff/slots', allowed: ['helper', 'admin'] },
  { method: 'GET', url: '/api/staff/bookings', allowed: ['helper', 'admin'] },
  { method: 'GET', url: '/api/staff/bookings.csv', allowed: ['helper', 'admin'] },
  {
    method: 'POST',
    url: '/api/staff/bookings/1/status',
    payload: { status: 'attended' },
    allowed: ['helper', 'admin'],
  },
  { method: 'GET', url: '/api/staff/bookings/counts', allowed: ['helper', 'admin'] },
  {
    method: 'PUT',
    url: '/api/staff/guides/bankid/texts/sv',
    payload: { markdown: '# T\n\nS\n\n## Step\n\ntext', status: 'draft' },
    allowed: ['editor', 'admin'],
  },
  { method: 'PUT', url: '/api/staff/guides/bankid/video', payload: { path: null }, allowed: ['editor', 'admin'] },
  {
    method: 'PUT',
    url: '/api/staff/guides/bankid/placement',
    payload: { category: 'bank-id', order: 1 },
    allowed: ['editor', 'admin'],
  },
  { method: 'POST', url: '/api/staff/media', payload: {}, allowed: ['editor', 'admin'] },
  { method: 'POST', url: '/api/staff/pack', payload: {}, allowed: ['editor', 'admin'] },
  {
    method: 'POST',
    url: '/api/staff/patterns',
    payload: PATTERN,
    allowed: ['helper', 'admin'],
  },
  {
    method: 'PUT',
    url: '/api/staff/patterns/999',
    payload: PATTERN,
    allowed: ['helper', 'admin'],
  },
  { method: 'DELETE', url: '/api/staff/exceptions/999', allowed: ['helper', 'admin'] },
  {
    method: 'POST',
    url: '/api/staff/bookings/1/move',
    payload: { slotId: '1@2030-01-01' },
    allowed: ['helper', 'admin'],
  },
  { method: 'GET', url: '/api/staff/retention', allowed: ['helper', 'admin'] },
  { method: 'POST', url: '/api/staff/enrolments', payload: { branchId: 'stadsbiblioteket' }, allowed: ['admin'] },
  { method: 'GET', url: '/api/staff/enrolments', allowed: ['admin'] },
  { method: 'DELETE', url: '/api/staff/enrolments/999', allowed: ['admin'] },
  { method: 'GET', url: '/api/staff/kiosks?state=online', allowed: ['helper', 'admin'] },
  { method: 'GET', url: '/api/staff/kiosks/k-0000000000000000', allowed: ['helper', 'admin'] },
  { method: 'PATCH', url: '/api/staff/kiosks/k-0000000000000000', payload: { name: 'Entrén' }, allowed: ['admin'] },
  { method: 'POST', url: '/api/staff/kiosks/k-0000000000000000/revoke', allowed: ['admin'] },
  {
    method: 'PUT',
    url: '/api/staff/kiosks/k-0000000000000000/settings',
    payload: { idleTimeoutSeconds: 60 },
    allowed: ['admin'],
  },
  { method: 'GET', url: '/api/staff/branches/stadsbiblioteket/kiosk-settings', allowed: ['admin'] },
  {
    method: 'PUT',
    url: '/api/staff/branches/stadsbiblioteket/kiosk-settings',
    payload: { settings: {}, alertEmails: [] },
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: '/api/staff/guides',
    payload: { id: 'ny-guide', title: 'Ny guide', category: 'e-services', order: 1, video: null },
    allowed: ['editor', 'admin'],
  },
  { method: 'PUT', url: '/api/staff/guides/bankid/icon', payload: { icon: 'key-round' }, allowed: ['editor', 'admin'] },
  { method: 'POST', url: '/api/staff/guides/bankid/archive', allowed: ['editor', 'admin'] },
  { method: 'POST', url: '/api/staff/guides/bankid/restore', allowed: ['editor', 'admin'] },
  {
    method: 'POST',
    url: '/api/staff/categories',
    payload: { id: 'ny-kategori', order: 1, name: { sv: 'Ny' } },
    allowed: ['editor', 'admin'],
  },
  { method: 'POST', url: '/api/staff/categories/accounts/archive', allowed: ['editor', 'admin'] },
  { method: 'POST', url: '/api/staff/categories/accounts/restore', allowed: ['editor', 'admin'] },
  { method: 'POST', url: '/api/staff/logout', allowed: ['helper', 'editor', 'admin'] },
];
