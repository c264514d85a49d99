// A/B: two checkouts of the extractor, passes alternated in one process; CPU time; median ratio.
import { loadNewsSources, buildNewsCorpus } from '/work/main/scripts/news-corpus.ts';
const [baseDir, newDir] = process.argv.slice(2);
const base = await import(`${baseDir}/shared/extraction/index.ts`);
const next = await import(`${newDir}/shared/extraction/index.ts`);
const articles = buildNewsCorpus(loadNewsSources(), 1_000_000, 1);
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / 1e6;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const pass = (extract: (t: string) => unknown[]) => { const t = cpu(); for (const a of articles) extract(a); return cpu() - t; };
const ratios: number[] = []; const b: number[] = []; const n: number[] = [];
for (let i = 0; i < 16; i++) {
  const tb = pass(base.extractQuantities); const tn = pass(next.extractQuantities);
  if (i >= 2) { ratios.push(tb / tn); b.push(mb / tb); n.push(mb / tn); }
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
const max = (x: number[]) => Math.max(...x);
console.log(`base ${med(b).toFixed(2)} MB/s (best ${max(b).toFixed(2)}), new ${med(n).toFixed(2)} (best ${max(n).toFixed(2)}), median ratio ${med(ratios).toFixed(3)}, best/best ${(max(n) / max(b)).toFixed(3)}`);
let differing = 0;
for (const a of articles) if (JSON.stringify(base.extractQuantities(a)) !== JSON.stringify(next.extractQuantities(a))) differing++;
console.log(`articles whose output differs: ${differing} of ${articles.length}`);
