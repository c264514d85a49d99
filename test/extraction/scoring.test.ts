import { describe, expect, it } from 'vitest';
import { claimScore, type ClaimFeatures } from '../../shared/extraction/scoring.js';

const bare: ClaimFeatures = {
  dimension: 'count',
  counted: null,
  digits: true,
  value: 3,
  subject: null,
  metric: null,
  time: {},
  kind: 'actual',
  speaker: null,
  of: null,
  wordBefore: '',
};

describe('claimScore', () => {
  it('scores a share with its subject, metric, deadline and kind as a claim, a bare number as none', () => {
    const share = claimScore({
      ...bare,
      dimension: 'percent',
      subject: 'Canada',
      metric: 'defence-spending',
      time: { by: 2035 },
      kind: 'target',
      of: 'GDP',
    });
    expect(share).toBeGreaterThanOrEqual(0.9);
    expect(claimScore(bare)).toBeLessThan(0.5);
  });
  it('scores a stated count above a reference back to one ("the three countries")', () => {
    const stated = claimScore({ ...bare, counted: 'country', digits: false, subject: 'Mexico', metric: 'countries' });
    const anaphoric = claimScore({ ...bare, counted: 'country', digits: false, subject: 'Mexico', metric: 'countries', wordBefore: 'the' });
    expect(stated).toBeGreaterThanOrEqual(0.5);
    expect(anaphoric).toBeLessThan(0.5);
  });
  it('stays within 0..1', () => {
    const everything = claimScore({
      ...bare,
      dimension: 'currency',
      subject: 'x',
      metric: 'y',
      time: { year: 1 },
      kind: 'threat',
      speaker: 'z',
      of: 'w',
    });
    expect(everything).toBeLessThanOrEqual(1);
  });
});
