/**
 * Measures what a platform team with many customers waits for: type-checking the definition
 * files, and loading + validating + synthesizing them (main.ts), at several customer counts.
 * Each run is a fresh process on a generated project, so peak memory is that run's own.
 *
 *   npm run bench                  100 and 1000 customers
 *   npm run bench -- 100 1000 5000 other counts
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT_ROOT, exampleFiles, tempProject } from "./temp-project";

const TSX = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
const TSC = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsc");

/** Printed by the measured process as it exits: its own peak resident memory. */
const PEAK_REPORTER = `process.on("exit", () => process.stderr.write("PEAK_RSS_KB=" + process.resourceUsage().maxRSS + "\\n"));\n`;

/** `count` customers with varied grants; a third exist only in the sandbox. */
function generatedCustomers(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const clientId = `customer-${String(i).padStart(5, "0")}`;
    const permissions = i % 2 === 0 ? '"orders:read"' : '"orders:read", "orders:write"';
    const environments = i % 3 === 0 ? '["sandbox"]' : '["sandbox", "production"]';
    files[`clients/${clientId}.ts`] = `import { defineCustomer } from "../src/definitions/customer";
import ordersApi from "../scopes/orders-api";

export default defineCustomer({
  clientId: "${clientId}",
  name: "Customer ${i}",
  contact: "api@${clientId}.example",
  grants: [ordersApi.grant(${permissions})],
  environments: ${environments},
});
`;
  }
  return files;
}

interface Measurement {
  readonly seconds: number;
  readonly peakMb?: number;
}

function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Measurement {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const peak = /PEAK_RSS_KB=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMb: peak ? Number(peak) / 1024 : undefined };
}

function countResources(stackFile: string): number {
  const json = JSON.parse(fs.readFileSync(stackFile, "utf8")) as { resource?: Record<string, object> };
  return Object.values(json.resource ?? {}).reduce((sum, byId) => sum + Object.keys(byId).length, 0);
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(" | ")} |`;
}

function main(): void {
  const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const sizes = counts.length > 0 ? counts : [100, 1000];
  const example = exampleFiles();
  const scopes = Object.fromEntries(Object.entries(example).filter(([file]) => file.startsWith("scopes/")));

  console.log(`node ${process.version}, ${os.cpus().length} cores`);
  console.log(
    row(["customers", "resources (sandbox + production)", "type-check (s)", "load + validate + synth (s)", "synth peak memory (MB)", "sandbox cdk.tf.json (MB)"]),
  );
  console.log(row(["---:", "---:", "---:", "---:", "---:", "---:"]));
  for (const size of sizes) {
    const root = tempProject({ ...scopes, ...generatedCustomers(size) });
    try {
      fs.writeFileSync(path.join(root, "peak-reporter.cjs"), PEAK_REPORTER);
      const typecheck = measure(TSC, ["-p", "tsconfig.app.json"], root);
      const synth = measure(TSX, ["main.ts"], root, {
        ...process.env,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(root, "peak-reporter.cjs")}`,
      });
      const stacks = path.join(root, "cdktf.out", "stacks");
      const sandbox = path.join(stacks, "sandbox", "cdk.tf.json");
      const resources = countResources(sandbox) + countResources(path.join(stacks, "production", "cdk.tf.json"));
      console.log(
        row([
          size,
          resources,
          typecheck.seconds.toFixed(1),
          synth.seconds.toFixed(1),
          synth.peakMb?.toFixed(0) ?? "?",
          (fs.statSync(sandbox).size / 1024 / 1024).toFixed(1),
        ]),
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
}

main();
