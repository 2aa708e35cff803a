import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { PROJECT_ROOT } from "../../testkit/temp-project";

/** A Python program serving HTTP on loopback, started for a test. */
export interface PythonService {
  /** Base URL it printed, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Everything it wrote so far (both streams), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/**
 * The virtual environment of `requirements` (project-relative), made or found by
 * `tools/python-env.sh` (cached by the file's hash). Returns its folder and the seconds it took.
 */
export async function pythonEnvironment(requirements: string): Promise<{ dir: string; seconds: number }> {
  const started = Date.now();
  const child = spawn(path.join(PROJECT_ROOT, "tools", "python-env.sh"), [path.join(PROJECT_ROOT, requirements)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.once("close", resolve));
  if (status !== 0) throw new Error(`tools/python-env.sh ${requirements} failed (exit ${status}); see its output above`);
  return { dir: stdout.trim().split("\n").pop()!, seconds: (Date.now() - started) / 1000 };
}

/**
 * Runs `script` with the venv's interpreter and `env`, and resolves once it prints
 * `listening on <url>` (the condition), or rejects when it exits first or the deadline passes.
 * It is killed by `stop()` or when this process exits.
 */
export async function startPythonService(venv: string, script: string, env: Record<string, string>): Promise<PythonService> {
  const child: ChildProcess = spawn(path.join(venv, "bin", "python"), [script], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, PYTHONUNBUFFERED: "1", PYTHONDONTWRITEBYTECODE: "1" },
  });
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} printed no "listening on" within ${READY_TIMEOUT_MS / 1000} s:\n${output}`)), READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^listening on (http:\/\/\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code ?? signal}) before listening:\n${output}`));
    });
  }).catch((error: unknown) => {
    process.off("exit", kill);
    kill();
    throw error;
  });
  return {
    url,
    output: () => output,
    async stop() {
      process.off("exit", kill);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
