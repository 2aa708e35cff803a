import type { Rule } from "../rule";
import { environmentEntries } from "../environment-entries";

/** The state holds the customers' secrets: it lives in a backend this project knows how to configure. */
export const environmentStateBackend: Rule = {
  id: "environment-state-backend",
  description: 'An environment\'s `state.backend` is "local" or "s3".',
  check: (catalog) =>
    environmentEntries(catalog, environmentStateBackend.id)
      .filter(({ environment }) => !["local", "s3"].includes((environment.state as { backend?: unknown } | undefined)?.backend as string))
      .map(({ environment, problem }) =>
        problem("state.backend", (environment.state as { backend?: unknown } | undefined)?.backend, 'must be "local" or "s3"'),
      ),
};
