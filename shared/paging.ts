// A page of a list and how to ask for the next: the store answers in these, and the domain ports that list
// (watches, API keys, deliveries) name them without depending on the store.
export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}
