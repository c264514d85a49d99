// URL- and key-safe names for subjects and metrics: "Canada" -> "canada", "Côte d'Ivoire" -> "cote-d-ivoire".

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
