import { default_w } from "ts-fsrs";
import { fit } from "./fit";
import { syntheticLogs } from "./synthetic";

/**
 * npm run bench:optimize — the time to fit FSRS parameters (Settings -> Optimize) to 10k, 100k and
 * 1M synthetic review logs (lib/optimize/synthetic.ts), the same path the app runs: log rows to
 * FSRS items, fsrs-rs's fit, and both parameter sets evaluated on the same items.
 * BENCH_OPTIMIZE_SIZES=10000,100000 picks other sizes.
 */
const SIZES = (process.env.BENCH_OPTIMIZE_SIZES ?? "10000,100000,1000000").split(",").map(Number);

async function main() {
  console.log("logs         items built + fit + evaluate   log loss default -> fitted   RMSE default -> fitted");
  for (const n of SIZES) {
    const rows = syntheticLogs(n, 42);
    const t = performance.now();
    const out = await fit(rows, default_w);
    const s = (performance.now() - t) / 1000;
    if (out.kind !== "fitted") throw new Error(`${n}: not fitted`);
    console.log(
      `${n.toLocaleString("en").padEnd(12)} ${`${s.toFixed(2)} s`.padStart(28)}   ${out.current.logLoss.toFixed(4)} -> ${out.fitted.logLoss.toFixed(4)}`.padEnd(70) +
        `      ${out.current.rmse.toFixed(4)} -> ${out.fitted.rmse.toFixed(4)}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
