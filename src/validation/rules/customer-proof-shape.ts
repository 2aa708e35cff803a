import { PROOF_ALGORITHMS } from "../../definitions/customer";
import { problemIn, type Problem } from "../../problem";
import type { Rule } from "../rule";

/** The fields a `proof` may hold. */
const PROOF_FIELDS = new Set(["jwksUrl", "certificate", "algorithm"]);

/**
 * A keyless customer's `proof` names exactly one source of its public key: with both, a reader
 * could not tell which one Keycloak checks; with neither, the customer has no way to prove itself.
 */
export const customerProofShape: Rule = {
  id: "customer-proof-shape",
  description: `A customer's \`proof\`, when set, names exactly one of \`jwksUrl\` and \`certificate\`, and \`algorithm\` is one of ${PROOF_ALGORITHMS.join(", ")}.`,
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      const proof: unknown = definition.proof;
      if (proof === undefined) return [];
      const problem = problemIn(customerProofShape.id, file);
      if (typeof proof !== "object" || proof === null || Array.isArray(proof)) {
        return [problem("proof", proof, 'must be { jwksUrl: "https://..." } or { certificate: "-----BEGIN CERTIFICATE-----..." }')];
      }
      const fields = proof as Record<string, unknown>;
      const problems: Problem[] = Object.keys(fields)
        .filter((key) => !PROOF_FIELDS.has(key))
        .map((key) => problem(`proof.${key}`, fields[key], "is not a field of proof: it holds jwksUrl or certificate, and algorithm"));
      const sources = ["jwksUrl", "certificate"].filter((key) => fields[key] !== undefined);
      if (sources.length !== 1) {
        problems.push(
          problem(
            "proof",
            proof,
            sources.length === 0
              ? "must name where the customer's public key is: jwksUrl (a JWKS URL) or certificate (a PEM certificate)"
              : "must name exactly one of jwksUrl and certificate, not both",
          ),
        );
      }
      if (fields.algorithm !== undefined && !(PROOF_ALGORITHMS as readonly unknown[]).includes(fields.algorithm)) {
        problems.push(problem("proof.algorithm", fields.algorithm, `must be one of ${PROOF_ALGORITHMS.join(", ")}`));
      }
      return problems;
    }),
};
