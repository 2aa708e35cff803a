import { TerraformVariable, type TerraformStack } from "cdktf";
import type { StateEncryption } from "../definitions/environment";

/** Construct ids (and names in the synthesized configuration) of the encryption's key provider and method. */
const KEY_PROVIDER = "pbkdf2.state";
const METHOD = "aes_gcm.state";

/**
 * OpenTofu's client-side state and plan encryption
 * (https://opentofu.org/docs/language/state/encryption/): AES-GCM with a key derived by PBKDF2
 * from a passphrase held in a sensitive variable, so the synthesized JSON names the variable and
 * never the key. The engine reads it from `TF_VAR_<passphraseVariable>` at deploy time.
 *
 * `enforced` makes OpenTofu refuse to write state or plan files unencrypted. Terraform has no
 * such block and refuses the configuration at `init` ("Blocks of type "encryption" are not
 * expected here"), so an encrypted environment needs OpenTofu.
 *
 * cdktf has no construct for the block; it goes in through the stack's escape hatch.
 */
export function addStateEncryption(stack: TerraformStack, encryption: StateEncryption): void {
  const passphrase = new TerraformVariable(stack, encryption.passphraseVariable, {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `Passphrase of the state's encryption (OpenTofu, at least 16 characters); set TF_VAR_${encryption.passphraseVariable}`,
  });
  const [providerType, providerName] = KEY_PROVIDER.split(".") as [string, string];
  const [methodType, methodName] = METHOD.split(".") as [string, string];
  // `method` takes a bare reference; in Terraform's JSON syntax that is the reference as a plain
  // string, not a `${...}` template (tofu: "A single static variable reference is required").
  const method = { method: `method.${METHOD}`, enforced: true };
  stack.addOverride("terraform.encryption", {
    key_provider: { [providerType]: { [providerName]: { passphrase: passphrase.stringValue } } },
    method: { [methodType]: { [methodName]: { keys: `\${key_provider.${KEY_PROVIDER}}` } } },
    state: method,
    plan: method,
  });
}
