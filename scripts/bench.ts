/**
 * `npm run bench`: extraction throughput beside chrono-node's own parse over the same corpus, and
 * alignment time for 100,000 synthetic claims. `npm run bench -- --json` prints one JSON line.
 * Benchmarks measure; no test is timed.
 */
import { runAlignmentBench } from "./bench/align.js";
import { runExtractionBench } from "./bench/extract.js";

const json = process.argv.includes("--json");
const extraction = await runExtractionBench();
const alignment = runAlignmentBench();

if (json) {
  console.log(
    JSON.stringify({
      articlesPerSec: Math.round(extraction.articlesPerSec),
      chronoArticlesPerSec: Math.round(extraction.chronoArticlesPerSec),
      ratio: Number(extraction.ratio.toFixed(3)),
      mbPerSec: Number(extraction.mbPerSec.toFixed(2)),
      alignClaims: alignment.claims,
      alignSeconds: Number(alignment.seconds.toFixed(4)),
      alignComparisons: alignment.comparisons,
      alignUniformSeconds: Number(alignment.uniform.seconds.toFixed(4)),
      alignUniformComparisons: alignment.uniform.comparisons,
    }),
  );
} else {
  console.table({
    "full extraction": {
      articles: extraction.articles,
      "articles/s": Math.round(extraction.articlesPerSec),
      "MB/s": extraction.mbPerSec.toFixed(2),
    },
    "chrono-node parse alone": {
      articles: extraction.articles,
      "articles/s": Math.round(extraction.chronoArticlesPerSec),
      "MB/s": ((extraction.megabytes * extraction.chronoArticlesPerSec) / extraction.articles).toFixed(2),
    },
  });
  console.log(`extraction / chrono ratio: ${extraction.ratio.toFixed(3)} (target >= 0.5)`);
  console.log(
    `alignment: ${alignment.claims} claims in ${alignment.seconds.toFixed(3)} s, ${alignment.comparisons} comparisons (target <= 0.2 s)`,
  );
  console.log(
    `alignment, uniform shape: ${alignment.uniform.claims} claims in ${alignment.uniform.seconds.toFixed(3)} s, ${alignment.uniform.comparisons} comparisons`,
  );
}
