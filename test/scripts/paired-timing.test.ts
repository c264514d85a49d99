import { describe, expect, it } from 'vitest';
import { chunkOrder, pairedRound } from '../../scripts/paired-timing.js';

describe('chunkOrder', () => {
  it('runs every extractor once per chunk, mirrored in the next chunk (ABBA for two)', () => {
    expect([0, 1, 2, 3].map((chunk) => chunkOrder(2, chunk, 0))).toEqual([
      [0, 1],
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    for (let round = 0; round < 3; round += 1) {
      for (let pair = 0; pair < 3; pair += 1) {
        const first = chunkOrder(3, pair * 2, round);
        const second = chunkOrder(3, pair * 2 + 1, round);
        expect([...first].sort()).toEqual([0, 1, 2]);
        expect(second).toEqual([...first].reverse());
      }
    }
  });
});

describe('pairedRound', () => {
  it('charges CPU time only to an extractor that works, wall time to both', () => {
    const milliseconds = 15;
    const busy = () => {
      const started = process.cpuUsage();
      let used = 0;
      while (used < milliseconds * 1000) {
        const { user, system } = process.cpuUsage(started);
        used = user + system;
      }
    };
    const sleeping = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
    const { wall, cpu } = pairedRound([busy, sleeping], ['a', 'b', 'c', 'd'], 0, () => true, 1);
    expect(cpu[0]).toBeGreaterThanOrEqual((4 * milliseconds) / 1000);
    expect(cpu[1]).toBeLessThan(cpu[0]! / 4);
    expect(wall[1]).toBeGreaterThanOrEqual((4 * milliseconds * 0.9) / 1000);
    expect(wall[0]).toBeGreaterThanOrEqual(cpu[0]! * 0.5);
  });
});
