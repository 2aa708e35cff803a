import * as path from "node:path";
import { clientIdOwners } from "../client-id";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/** A file's name is its identity: `clients/acme-logistics.ts` declares clientId `acme-logistics`. */
export const clientIdMatchesFileName: Rule = {
  id: "client-id-matches-file-name",
  description: "A definition file is named after the clientId it declares.",
  check: (catalog) =>
    clientIdOwners(catalog)
      .filter(({ file, clientId }) => path.basename(file, ".ts") !== clientId)
      .map(({ file, clientId }) =>
        problemIn(clientIdMatchesFileName.id, file)(
          "clientId",
          clientId,
          `must equal the file name "${path.basename(file, ".ts")}" (rename the file or fix the clientId)`,
        ),
      ),
};
