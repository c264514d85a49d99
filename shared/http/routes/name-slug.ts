// A subject or metric as typed ("Canada", "defence spending share of GDP") or as a slug, read as its slug:
// the transform of fact-schemas.ts nameAsSlug, run by zod and by the generated read checks alike.
import { slugify } from '../../facts/slug.js';
import type { TransformIssues } from '../request-checks.js';

export function slugOfName(name: string, payload: TransformIssues): string {
  const slug = slugify(name);
  if (!slug) payload.issues.push({ code: 'custom', message: 'must contain letters or digits', input: name });
  return slug;
}
