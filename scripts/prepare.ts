// npm's prestart and pretest in one process: the prerequisites (scripts/prerequisites.ts), then the web
// page, built only when its inputs changed since the last build (scripts/page-inputs.ts).
//
//   node --import tsx scripts/prepare.ts start|test
import { ensure, isPurpose } from './prerequisites.js';
import { pageBuildIsCurrent } from './page-inputs.js';

const purpose = process.argv[2];
if (!isPurpose(purpose)) {
  console.error('usage: node --import tsx scripts/prepare.ts start|test');
  process.exit(2);
}
ensure(purpose);
if (pageBuildIsCurrent()) {
  console.log('page: up to date (no input changed since the last build)');
} else {
  const { buildPage } = await import('./build-page.js');
  buildPage();
  console.log('page: built');
}
