import { X509Certificate } from "node:crypto";
import { PEM_CERTIFICATE } from "../../keycloak/client-proof";
import { problemIn } from "../../problem";
import type { Rule } from "../rule";

/**
 * A keyless customer's certificate is one X.509 certificate in PEM, as the customer's tooling
 * writes it. A private key pasted here would be published in the configuration and the review:
 * refused with its own words, and never shown.
 */
export const customerProofCertificate: Rule = {
  id: "customer-proof-certificate",
  description: "A keyless customer's `proof.certificate` is one X.509 certificate in PEM (`-----BEGIN CERTIFICATE-----`), never a private key.",
  check: (catalog) =>
    catalog.customers.flatMap(({ file, definition }) => {
      const certificate: unknown = (definition.proof as { certificate?: unknown } | undefined)?.certificate;
      if (certificate === undefined) return [];
      const problem = problemIn(customerProofCertificate.id, file);
      if (typeof certificate === "string" && /PRIVATE KEY-----/.test(certificate)) {
        return [
          problem(
            "proof.certificate",
            "(a private key, not shown)",
            "is a private key: only the customer may hold it; give its certificate instead, and have the customer make a new key pair",
          ),
        ];
      }
      if (typeof certificate === "string" && PEM_CERTIFICATE.test(certificate)) {
        try {
          new X509Certificate(certificate);
          return [];
        } catch {
          // reported below
        }
      }
      return [
        problem("proof.certificate", certificate, 'must be one X.509 certificate in PEM: "-----BEGIN CERTIFICATE-----\\n<base64>\\n-----END CERTIFICATE-----"'),
      ];
    }),
};
