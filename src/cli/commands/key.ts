import type { Command } from "commander";
import { handOverKey, formatHandover, refuseSecretInCiLog, writeHandoverFile, type KeyHandover } from "../../operations/hand-over-key";

/** `key <environment> <clientId>`: what a customer needs to use its API key, to stdout or a new 0600 file. */
export function keyCommand(cli: Command): void {
  cli
    .command("key")
    .description("print what a customer needs to use its API key: client id, secret, token URL, audience, a curl line")
    .argument("<environment>", "an environment of environments.ts")
    .argument("<clientId>", "the customer's client id")
    .option("--json", "print the hand-over as JSON")
    .option("--out <file>", "write it to this new file, created with mode 0600, instead of stdout (required in CI)")
    .action(async (environmentName: string, clientId: string, options: { json?: boolean; out?: string }) => {
      const render = (key: KeyHandover) => `${options.json ? JSON.stringify(key, null, 2) : formatHandover(key)}\n`;
      const root = process.cwd();
      if (options.out === undefined) {
        refuseSecretInCiLog(clientId, process.env);
        process.stdout.write(render(await handOverKey(root, environmentName, clientId)));
        return;
      }
      await writeHandoverFile(options.out, async () => render(await handOverKey(root, environmentName, clientId)));
      console.log(`wrote the hand-over of ${clientId} in ${environmentName} to ${options.out} (mode 0600): it holds the secret; pass it on, then delete it`);
    });
}
