import { render } from 'preact';

/** Placeholder for the staff console (its own bundle; the kiosk never loads it). */
function StaffPlaceholder() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', maxInlineSize: '40rem' }}>
      <h1>Servicepunkt – personal</h1>
      <p>Personalkonsolen är under uppbyggnad. Innehåll publiceras tills vidare med kommandot npm run seed.</p>
      <p lang="en">The staff console is being built. Until then, content is published with npm run seed.</p>
    </main>
  );
}

render(<StaffPlaceholder />, document.getElementById('app') as HTMLElement);
