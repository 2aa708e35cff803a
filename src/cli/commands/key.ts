import type { Command } from "commander";
import { handOverKey, formatHandover, refuseSecretInCiLog, writeHandoverFile, type Handover } from "../../operations/hand-over-key";

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
      const render = (key: Handover) => `${options.json ? JSON.stringify(key, null, 2) : formatHandover(key)}\n`;
      const root = process.cwd();
      if (options.out === undefined) {
        const beforeSecret = () => refuseSecretInCiLog(clientId, process.env);
        process.stdout.write(render(await handOverKey(root, environmentName, clientId, { beforeSecret })));
        return;
      }
      let keyless = false;
      await writeHandoverFile(options.out, async () => {
        const handover = await handOverKey(root, environmentName, clientId);
        keyless = "proof" in handover;
        return render(handover);
      });
      console.log(
        keyless
          ? `wrote the hand-over of ${clientId} in ${environmentName} to ${options.out} (mode 0600): it holds no secret (the customer signs with its own key); pass it on`
          : `wrote the hand-over of ${clientId} in ${environmentName} to ${options.out} (mode 0600): it holds the secret; pass it on, then delete it`,
      );
    });
}
