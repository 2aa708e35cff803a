import type { Catalog } from "../catalog/catalog";
import type { Problem } from "../problem";

/** A check over the whole catalog. Each rule lives in its own file under `rules/` and has a stable id. */
export interface Rule {
  /** Stable id, printed with every problem, e.g. `client-id-format`. */
  readonly id: string;
  /** One line: what the rule guards against. */
  readonly description: string;
  check(catalog: Catalog): Problem[];
}
