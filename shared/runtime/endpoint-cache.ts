// Stands in for @aws-sdk/endpoint-cache in the Lambda bundles only (infra/lambda-bundling.ts). Every DynamoDB client
// builds one and asks it for a discovered endpoint on each request; the SDK's own class keeps its entries in
// mnemonist's LRU cache, about 6 kB minified with what it pulls in, in every bundle that holds a DynamoDB client.
// The same class on a Map (insertion order is recency order), with the same expiry and eviction.

/** An endpoint as DynamoDB's DescribeEndpoints returns it. */
interface DiscoveredEndpoint {
  Address: string;
  CachePeriodInMinutes: number;
}

interface ExpiringEndpoint {
  Address: string;
  Expires: number;
}

export class EndpointCache {
  readonly #capacity: number;
  readonly #entries = new Map<string, ExpiringEndpoint[]>();

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /** One of the key's endpoints that has not expired, chosen at random as the SDK's class does. */
  getEndpoint(key: string): string | undefined {
    const endpoints = this.get(key);
    if (!endpoints || endpoints.length === 0) return undefined;
    return endpoints[Math.floor(Math.random() * endpoints.length)]!.Address;
  }

  get(key: string): ExpiringEndpoint[] | undefined {
    if (!this.has(key)) return undefined;
    const endpoints = this.#entries.get(key)!;
    this.#touch(key, endpoints);
    const now = Date.now();
    const live = endpoints.filter((endpoint) => now < endpoint.Expires);
    if (live.length === 0) {
      this.delete(key);
      return undefined;
    }
    return live;
  }

  set(key: string, endpoints: DiscoveredEndpoint[]): void {
    const now = Date.now();
    const expiring = endpoints.map(({ Address, CachePeriodInMinutes }) => ({
      Address,
      Expires: now + CachePeriodInMinutes * 60 * 1000,
    }));
    this.#touch(key, expiring);
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /** Kept as an empty list, as the SDK's class does (its LRU cache has no delete). */
  delete(key: string): void {
    this.set(key, []);
  }

  has(key: string): boolean {
    return (this.#entries.get(key)?.length ?? 0) > 0;
  }

  clear(): void {
    this.#entries.clear();
  }

  /** Makes the key the most recently used. */
  #touch(key: string, endpoints: ExpiringEndpoint[]): void {
    this.#entries.delete(key);
    this.#entries.set(key, endpoints);
  }
}
