/**
 * The secret sweep of an integration test file: every secret the file learned, searched for in
 * every artefact it produced, once its tests are done.
 *
 * - Secrets: the test Keycloak's canary credentials (the deploy identity's client secret and the
 *   bootstrap admin password, see keycloak-server.ts), secret-looking variables a test puts in the
 *   deploy's environment (the state passphrase, planted canaries), each customer secret handed
 *   over by `npm run key`, and each sensitive output a test read from the state.
 * - Artefacts: the output of every command a test ran through {@link DeployedProject} (deploys,
 *   diffs, plans and their reviews, drift, apply, recover, key runs that must not print a secret),
 *   every file of the temporary project after each of those commands (cdktf.out, plans' folders,
 *   definition files, inventory, `.terraform`), the Keycloak server's log and the snapshot files.
 * - Not searched, because they hold secrets by design: Terraform state files (`*.tfstate`,
 *   `*.tfstate.backup`), saved plans (`*.tfplan`, which embed the state), what Terraform prints
 *   when asked for the state (`output`, `show`), the provider binaries, and the hand-over itself
 *   (the stdout of `npm run key` without `--out`, and its `--out` file).
 *
 * Importing this module (deployed-project.ts and keycloak-server.ts do) adds an `afterAll` to the
 * test file; it runs before the file's own `afterAll` hooks, which jest runs in the order they
 * were declared, and fails the file naming each secret's kind (never its value) and the artefact.
 * Jest loads modules once per test file, so each file has its own sweep.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

/** A secret found where it must not be. */
export interface Leak {
  /** What the secret is, e.g. "customer secret of acme-logistics"; never its value. */
  readonly kind: string;
  /** Where it was found, e.g. "output of cdktf deploy sandbox (#3)" or a file's path. */
  readonly artefact: string;
}

/** What one sweep looked at. */
export interface SweepSummary {
  readonly secrets: number;
  readonly artefacts: number;
  readonly bytes: number;
  /** secrets × artefacts: each secret searched for in each artefact. */
  readonly checks: number;
}

/** File names a sweep never reads: they hold secrets by design, or are binaries. */
const EXEMPT_FILE = /\.tfstate$|\.tfstate\.backup$|\.tfplan$/;
/** Folders a sweep never reads: the provider binaries in `.terraform`. */
const EXEMPT_FOLDER = /^(providers|plugins)$/;
/** Values shorter than this are not searched for: they would match by chance. */
const MIN_SECRET_LENGTH = 12;

export class SecretSweep {
  private readonly secrets = new Map<string, string>();
  /** Each artefact by a key of its own; `label` is what a failure names (a file's versions share one). */
  private readonly artefacts = new Map<string, { readonly label: string; readonly content: string | Buffer }>();
  /** Files and folders read when the sweep runs (they change until then, e.g. a server log). */
  private readonly readAtEnd = new Map<string, string>();
  private readonly exemptPaths = new Set<string>();
  /** sha256 of each project file's content when last recorded, so an unchanged file is stored once. */
  private readonly recorded = new Map<string, string>();
  private sequence = 0;

  /** Remembers a secret the test learned; `kind` is what a failure shows. The first kind given for a value stays. */
  secret(kind: string, value: string | undefined): void {
    if (value === undefined || value.length < MIN_SECRET_LENGTH || this.secrets.has(value)) return;
    this.secrets.set(value, kind);
  }

  /** Remembers the sensitive string outputs of `terraform output -json` (or a plan's `prior_state.values.outputs`). */
  sensitiveOutputs(outputs: Readonly<Record<string, { readonly sensitive?: boolean; readonly value?: unknown }>> | undefined): void {
    for (const [name, output] of Object.entries(outputs ?? {})) {
      if (output.sensitive && typeof output.value === "string") this.secret(`state output ${name}`, output.value);
    }
  }

  /** Remembers what a command printed; returns the label it is reported under. */
  output(command: string, text: string): string {
    const label = `output of ${command} (#${++this.sequence})`;
    this.artefacts.set(label, { label, content: text });
    return label;
  }

  /** A file or folder read when the sweep runs, e.g. a server log or the snapshots. */
  atEnd(label: string, fileOrFolder: string): void {
    this.readAtEnd.set(label, fileOrFolder);
  }

  /** A file that holds a secret by design (the hand-over's `--out` file): never searched. */
  exempt(file: string): void {
    this.exemptPaths.add(path.resolve(file));
  }

  /**
   * Records every file under `root` as it is now (each version once), but for links, exempt
   * files and provider binaries: what a command left in the project, before a later one
   * rewrites or a test deletes it.
   */
  files(root: string): void {
    for (const file of this.walk(root)) {
      const content = fs.readFileSync(file);
      const digest = createHash("sha256").update(content).digest("hex");
      if (this.recorded.get(file) === digest) continue;
      this.recorded.set(file, digest);
      this.artefacts.set(`${file}#${digest}`, { label: `file ${file}`, content });
    }
  }

  private walk(fileOrFolder: string): string[] {
    if (!fs.existsSync(fileOrFolder) || this.exemptPaths.has(path.resolve(fileOrFolder))) return [];
    const stat = fs.lstatSync(fileOrFolder);
    if (stat.isFile()) return EXEMPT_FILE.test(path.basename(fileOrFolder)) ? [] : [fileOrFolder];
    if (!stat.isDirectory()) return [];
    return fs.readdirSync(fileOrFolder).flatMap((name) => (EXEMPT_FOLDER.test(name) ? [] : this.walk(path.join(fileOrFolder, name))));
  }

  /** Every secret found in any artefact, once per kind and artefact (a file's versions count as one artefact). */
  leaks(): { leaks: Leak[]; summary: SweepSummary } {
    const artefacts = [...this.artefacts.values()];
    for (const [label, fileOrFolder] of this.readAtEnd) {
      for (const file of this.walk(fileOrFolder)) artefacts.push({ label: `${label} ${file}`, content: fs.readFileSync(file) });
    }
    const found = new Map<string, Leak>();
    let bytes = 0;
    for (const { label, content } of artefacts) {
      bytes += content.length;
      for (const [value, kind] of this.secrets) if (content.includes(value)) found.set(`${kind}\0${label}`, { kind, artefact: label });
    }
    const leaks = [...found.values()];
    return { leaks, summary: { secrets: this.secrets.size, artefacts: artefacts.length, bytes, checks: this.secrets.size * artefacts.length } };
  }

  /** Throws, naming each leak's secret kind and artefact, when any secret is in any artefact. */
  assertNoLeak(): SweepSummary {
    const { leaks, summary } = this.leaks();
    if (leaks.length > 0) {
      throw new Error(
        `secret sweep: ${leaks.length} secret(s) found where no secret belongs (${summary.secrets} secrets searched for in ${summary.artefacts} artefacts):\n` +
          leaks.map(({ kind, artefact }) => `  ${kind} in ${artefact}`).join("\n"),
      );
    }
    return summary;
  }
}

/** This test file's sweep. */
export const secretSweep = new SecretSweep();

secretSweep.atEnd("snapshot", path.resolve(__dirname, "..", "__snapshots__"));

// Outside jest (the benchmark imports keycloak-server.ts) there is nothing to sweep at the end.
if (typeof afterAll === "function") {
  afterAll(() => {
    const summary = secretSweep.assertNoLeak();
    console.info(
      `secret sweep: ${summary.secrets} secrets searched for in ${summary.artefacts} artefacts (${(summary.bytes / 1e6).toFixed(1)} MB): ${summary.checks} checks, no leak`,
    );
  });
}
