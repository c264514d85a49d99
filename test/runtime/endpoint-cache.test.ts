// The Lambda bundles' endpoint cache (shared/runtime/endpoint-cache.ts) against the SDK's own class, which it
// replaces there: the same answers to the same calls, through expiry, eviction and deletion.
import { EndpointCache as SdkEndpointCache } from '@aws-sdk/endpoint-cache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EndpointCache } from '../../shared/runtime/endpoint-cache.js';

type Cache = Pick<SdkEndpointCache, 'getEndpoint' | 'get' | 'set' | 'delete' | 'has' | 'clear'>;

/** Runs the same calls on both caches and returns what each answered. */
function answersOf(run: (cache: Cache) => unknown[]): [unknown[], unknown[]] {
  return [run(new SdkEndpointCache(2)), run(new EndpointCache(2))];
}

describe('the endpoint cache of the Lambda bundles', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-06T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('answers nothing for a key never set, and the address of a key set', () => {
    const [sdk, ours] = answersOf((cache) => {
      const before = [cache.getEndpoint('a'), cache.has('a')];
      cache.set('a', [{ Address: 'dynamodb.example', CachePeriodInMinutes: 5 }]);
      return [...before, cache.getEndpoint('a'), cache.has('a'), cache.get('a')];
    });
    expect(ours).toEqual(sdk);
    expect(ours.slice(0, 4)).toEqual([undefined, false, 'dynamodb.example', true]);
  });

  it('forgets an endpoint once its period has passed, and a deleted key', () => {
    const [sdk, ours] = answersOf((cache) => {
      cache.set('a', [{ Address: 'a.example', CachePeriodInMinutes: 1 }]);
      cache.set('b', [{ Address: 'b.example', CachePeriodInMinutes: 10 }]);
      vi.advanceTimersByTime(2 * 60 * 1000);
      const answers = [cache.getEndpoint('a'), cache.has('a'), cache.getEndpoint('b')];
      cache.delete('b');
      return [...answers, cache.getEndpoint('b'), cache.has('b')];
    });
    expect(ours).toEqual(sdk);
    expect(ours).toEqual([undefined, false, 'b.example', undefined, false]);
  });

  it('evicts the least recently used key past its capacity, a read counting as a use', () => {
    const [sdk, ours] = answersOf((cache) => {
      cache.set('a', [{ Address: 'a.example', CachePeriodInMinutes: 5 }]);
      cache.set('b', [{ Address: 'b.example', CachePeriodInMinutes: 5 }]);
      cache.getEndpoint('a');
      cache.set('c', [{ Address: 'c.example', CachePeriodInMinutes: 5 }]);
      const answers = ['a', 'b', 'c'].map((key) => cache.getEndpoint(key));
      cache.clear();
      return [...answers, cache.has('a'), cache.has('c')];
    });
    expect(ours).toEqual(sdk);
    expect(ours).toEqual(['a.example', undefined, 'c.example', false, false]);
  });

  it("keeps a deleted key as an empty entry, which counts towards the capacity as the SDK's does", () => {
    const [sdk, ours] = answersOf((cache) => {
      cache.set('a', [{ Address: 'a.example', CachePeriodInMinutes: 5 }]);
      cache.set('b', [{ Address: 'b.example', CachePeriodInMinutes: 5 }]);
      cache.delete('a');
      cache.set('c', [{ Address: 'c.example', CachePeriodInMinutes: 5 }]);
      return ['a', 'b', 'c'].map((key) => cache.getEndpoint(key));
    });
    expect(ours).toEqual(sdk);
    expect(ours).toEqual([undefined, undefined, 'c.example']);
  });
});
