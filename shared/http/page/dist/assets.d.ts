// Type of the module scripts/build-page.ts generates beside this file (dist/assets.js, not committed).
export interface PageAsset {
  contentType: string;
  body: string;
  /** Strong ETag: the body's SHA-256. */
  etag: string;
  /** Hashed file names never change content, so they may be cached for good. */
  immutable: boolean;
}

/** The page's files by URL path: "/" and "/static/<name>-<hash>.(js|css)". */
export declare const PAGE_ASSETS: Record<string, PageAsset>;
