/**
 * The benchmark's figures: what it prints as a table and writes to `bench/results.json`.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * One measured figure. `ratio` is the value over its bound (a lower bound, a comparison measured in
 * the same run, or a limit), `target` the largest ratio accepted; both are null for a figure shown
 * for context only.
 */
export interface Figure {
  readonly figure: string;
  readonly value: number;
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
    const recorded: Figure = { figure, value: round(value, unit === "s" || unit === "x" ? 2 : 1), unit, ratio, target: bound?.target ?? null };
    this.figures.push(recorded);
    console.log(tableRow(recorded));
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, `${JSON.stringify(this.figures, null, 2)}\n`);
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
  return `| ${figure.figure} | ${figure.value} | ${figure.unit} | ${figure.ratio ?? ""} | ${figure.target === null ? "" : `≤ ${figure.target}`} | ${verdict} |`;
}
