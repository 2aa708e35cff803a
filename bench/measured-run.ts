/**
 * Runs one command for the benchmark and measures it: wall time, and the CPU time of every process
 * in its tree grouped by program (the cdktf CLI and the app are `node`, then `terraform` and the
 * provider), read from /proc while it runs. A process that ends between two samples loses at most
 * one interval of CPU time, so the split is an estimate; the wall time is exact.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";

/** What a measured command printed, how it ended, how long it took and what it cost. */
export interface MeasuredRun {
  readonly status: number;
  readonly output: string;
  readonly seconds: number;
  /** CPU seconds (user + system) by program name, e.g. `{ node: 40.1, terraform: 9.3, "terraform-provi": 20.4 }`. */
  readonly cpuSeconds: Readonly<Record<string, number>>;
}

const SAMPLE_INTERVAL_MS = 500;
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
  readonly ticks: number;
}

function readStat(pid: string): ProcStat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // ended since the directory was listed
  }
  // The name is in parentheses and may itself contain spaces or parentheses.
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const fields = text.slice(close + 2).split(" ");
  // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
  return { pid: Number(pid), ppid: Number(fields[1]), name: text.slice(open + 1, close), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** Every process whose ancestry reaches `root`, with its CPU ticks so far. */
function processTree(root: number): ProcStat[] {
  const all = fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(readStat)
    .filter((stat): stat is ProcStat => stat !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcStat[] = [];
  const rootStat = all.find((stat) => stat.pid === root);
  const queue = rootStat ? [rootStat] : [];
  while (queue.length > 0) {
    const next = queue.shift()!;
    tree.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return tree;
}

/** Runs `command` to its end (killed after `timeoutSeconds`), sampling its process tree. */
export function measuredRun(
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly timeoutSeconds: number },
): Promise<MeasuredRun> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const lastTicks = new Map<number, { name: string; ticks: number }>();
    const sample = () => {
      if (child.pid === undefined) return;
      for (const stat of processTree(child.pid)) lastTicks.set(stat.pid, { name: stat.name, ticks: stat.ticks });
    };
    const sampler = setInterval(sample, SAMPLE_INTERVAL_MS);
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutSeconds * 1000);
    child.on("error", (error) => {
      clearInterval(sampler);
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (status) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const cpuSeconds: Record<string, number> = {};
      for (const { name, ticks } of lastTicks.values()) cpuSeconds[name] = (cpuSeconds[name] ?? 0) + ticks / CLOCK_TICKS;
      resolve({ status: status ?? -1, output, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds });
    });
  });
}

/** Like {@link measuredRun}, but throws with the output's tail unless the command succeeds. */
export async function mustRun(
  what: string,
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly timeoutSeconds: number },
): Promise<MeasuredRun> {
  const result = await measuredRun(command, args, options);
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.output.slice(-6000)}`);
  return result;
}
