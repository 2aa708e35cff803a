/**
 * The benchmark's figures: what it prints as a table and writes to `bench/results.json`.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * One measured figure. `ratio` is the value over its bound (a lower bound or a comparison measured
 * in the same run; for a limit such as 500 MB, the value itself, `target` being the limit),
 * `target` the largest ratio accepted; both are null for a figure shown for context only. A figure
 * the run was asked for a target of but did not measure has a null `value` and `ratio`: the table
 * says "not measured", never a guess.
 */
export interface Figure {
  readonly figure: string;
  readonly value: number | null;
  readonly unit: string;
  readonly ratio: number | null;
  readonly target: number | null;
}

/** The figures of one run, in the order they were measured. */
export class Results {
  private readonly figures: Figure[] = [];

  constructor(private readonly file: string) {}

  /** Records a figure, prints it as a table row, and rewrites the results file (so a failed run keeps what it measured). */
  add(figure: string, value: number, unit: string, bound?: { readonly of: number; readonly target: number | null }): void {
    const ratio = bound === undefined ? null : round(value / bound.of, 2);
    this.record({ figure, value: round(value, unit === "s" || unit === "x" ? 2 : 1), unit, ratio, target: bound?.target ?? null });
  }

  private record(recorded: Figure): void {
    this.figures.push(recorded);
    console.log(tableRow(recorded));
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, `${JSON.stringify(this.figures, null, 2)}\n`);
  }

  /** Records a figure with a target that this run did not measure, saying how to measure it. */
  notMeasured(figure: string, unit: string, target: number, how: string): void {
    this.record({ figure: `${figure} (${how})`, value: null, unit, ratio: null, target });
  }

  /** True when a figure whose name matches `name` was recorded. */
  has(name: RegExp): boolean {
    return this.figures.some((figure) => name.test(figure.figure));
  }

  /** Every figure with a target, and whether it was met. */
  verdicts(): { figure: Figure; pass: boolean }[] {
    return this.figures.filter((f) => f.target !== null && f.ratio !== null).map((figure) => ({ figure, pass: figure.ratio! <= figure.target! }));
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The table's header, as Markdown. */
export const TABLE_HEADER = "| figure | value | unit | ratio | target | |\n| --- | ---: | --- | ---: | ---: | --- |";

function tableRow(figure: Figure): string {
  const verdict = figure.target === null || figure.ratio === null ? "" : figure.ratio <= figure.target ? "pass" : "**fail**";
  return `| ${figure.figure} | ${figure.value ?? "not measured"} | ${figure.unit} | ${figure.ratio ?? ""} | ${figure.target === null ? "" : `≤ ${figure.target}`} | ${verdict} |`;
}
