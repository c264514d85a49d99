import { describe, expect, it } from 'vitest';
import { patternOnFirstUse } from '../../shared/extraction/characters.js';

describe('patternOnFirstUse builds a pattern when it is first run, not at import', () => {
  it('builds nothing until called, then always hands back the one pattern (a sticky one keeps its lastIndex)', () => {
    let builds = 0;
    const pattern = patternOnFirstUse(() => {
      builds += 1;
      return /\p{Lu}/uy;
    });
    expect(builds).toBe(0);
    const first = pattern();
    first.lastIndex = 3;
    expect(pattern()).toBe(first);
    expect(pattern().lastIndex).toBe(3);
    expect(builds).toBe(1);
  });
});
