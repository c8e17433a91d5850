/**
 * A new branch's id, made from its name ("Stadsbiblioteket Östra" → "stadsbiblioteket-ostra"): it
 * appears in addresses and kiosk settings, so plain a–z, digits and hyphens (the server's rule, at most 60 characters); a taken id gets "-2".
 */
export function branchIdFor(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'branch';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
