import type { EnvironmentDefinition } from "../../src/definitions/environment";
import { SANDBOX } from "./catalog";

/**
 * A self-signed X.509 certificate (EC P-256, CN=acme, made with openssl for the tests; its private
 * key was thrown away): what a keyless customer puts in `proof.certificate`.
 */
export const CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBczCCARmgAwIBAgIUfLkB6Sw8X5/0M6QHIPwLUGJ5RJEwCgYIKoZIzj0EAwIw
DzENMAsGA1UEAwwEYWNtZTAeFw0yNjEyMDMxNDAwNDBaFw0zNjExMzAxNDAwNDBa
MA8xDTALBgNVBAMMBGFjbWUwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQJteI7
UTmHZ7LqtEIqZlp3Z0B6xTEQejI3Nt77exT5DQAF6AOO547jnHEAOpMbgeLTXQa7
8BNKl+seI3enrbTuo1MwUTAdBgNVHQ4EFgQUqs6mbxtdzcM2T3mrGwpVezIR74ow
HwYDVR0jBBgwFoAUqs6mbxtdzcM2T3mrGwpVezIR74owDwYDVR0TAQH/BAUwAwEB
/zAKBggqhkjOPQQDAgNIADBFAiA5KtB2B7qofeK13kPmYlRKn5mh1Q5druBRWPa3
QcNe7wIhALhEEquF70Gs37YXkluq0iboXI6qCNus64sfL63spHS9
-----END CERTIFICATE-----
`;

/** The sandbox with its state encrypted: deployed with OpenTofu, so keyless customers may live there. */
export const ENCRYPTED_SANDBOX: EnvironmentDefinition = {
  ...SANDBOX,
  state: { backend: "local", path: "state/sandbox.tfstate", encryption: { passphraseVariable: "sandbox_state_passphrase" } },
};
