// Resolves a surname to the full name the text gave earlier ("Carney" -> "Mark Carney").
import { NOT_NAME_WORDS } from './entities.js';

/** Bounds the search for a surname's first mention on very large texts. */
const MAX_OCCURRENCES_SEARCHED = 200;

export class NameResolver {
  private resolved: Map<string, string> | null = null;

  constructor(private readonly text: string) {}

  /** The full form of `name` as first written before `before`; names of two or more words are returned as they are. */
  resolve(name: string | null, before: number): string | null {
    if (name === null || name.includes(' ')) return name;
    this.resolved ??= new Map();
    const known = this.resolved.get(name);
    if (known) return known;
    let full = name;
    let from = 0;
    for (let searched = 0; searched < MAX_OCCURRENCES_SEARCHED; searched += 1) {
      const at = this.text.indexOf(name, from);
      if (at < 0 || at > before + 2000) break;
      const given = /(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \u00a0]$/u.exec(this.text.slice(Math.max(0, at - 24), at))?.[1];
      const next = this.text.charAt(at + name.length);
      if (given && !NOT_NAME_WORDS.has(given) && !/\p{Ll}/u.test(next)) {
        full = `${given} ${name}`;
        break;
      }
      from = at + name.length;
    }
    if (this.resolved.size < 256) this.resolved.set(name, full);
    return full;
  }
}
