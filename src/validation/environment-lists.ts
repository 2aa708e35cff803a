import type { Catalog } from "../catalog/catalog";

/** The `environments` list of a customer or service file. */
export interface EnvironmentList {
  readonly file: string;
  /** `undefined` for a service that exists everywhere. */
  readonly value: unknown;
}

/** Every customer's and service's `environments`, as the environment-list rules see them. */
export function environmentLists(catalog: Catalog): EnvironmentList[] {
  return [
    ...catalog.customers.map(({ file, definition }) => ({ file, value: definition.environments as unknown })),
    ...catalog.services.map(({ file, definition }) => ({ file, value: definition.environments as unknown })),
  ];
}
