// npm start and npm test build the web page only when one of its inputs changed since the last build.
import { statSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageBuildIsCurrent, pageInputsStamp, recordPageBuild } from '../../scripts/page-inputs.js';

describe('the page build stamp', () => {
  it('holds while no input changes, and breaks when a source under shared/ is touched', () => {
    const source = new URL('../../shared/http/page/src/page.css', import.meta.url);
    const { atime, mtime } = statSync(source);
    const wholeSecond = new Date(Math.floor(mtime.getTime() / 1000) * 1000);
    utimesSync(source, atime, wholeSecond);
    // The page the global setup built, recorded as built from the sources as they are now (only a time moved).
    recordPageBuild(pageInputsStamp());
    expect(pageBuildIsCurrent()).toBe(true);

    utimesSync(source, atime, new Date(wholeSecond.getTime() + 1));
    expect(pageBuildIsCurrent()).toBe(false);
    utimesSync(source, atime, wholeSecond);
    expect(pageBuildIsCurrent()).toBe(true);
  });
});
