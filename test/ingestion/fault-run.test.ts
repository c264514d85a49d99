import { describe, expect, inject, it } from 'vitest';
import { runFaultComparison } from '../../scripts/fault-run.js';

describe('fault run (small; npm run fault-run does a few hundred articles)', () => {
  it('after kill -9 of DynamoDB Local mid-ingest and a restart on the same data, the stored state equals an undisturbed run', async () => {
    const result = await runFaultComparison({ articles: 8, killAfter: 3, baselineEndpoint: inject('dynamoEndpoint') });
    expect(result.disturbed.ingestRetries + result.disturbed.extractionRetries).toBeGreaterThan(0);
    expect(result.disturbed.deadLetters).toBe(0);
    expect({ missing: result.missing, extra: result.extra, different: result.different }).toEqual({
      missing: [],
      extra: [],
      different: [],
    });
    expect(result.disturbed.entityCounts).toEqual(result.undisturbed.entityCounts);
    expect(result.undisturbed.entityCounts.article).toBe(8);
  }, 120_000);
});
