import type { Command } from "commander";
import { synthesize } from "../../operations/synth";

/** `synth`: check every file, then `cdktf synth`. */
export function synthCommand(cli: Command): void {
  cli
    .command("synth")
    .description("type-check and check every customer, service and environment, then synthesize the stacks into cdktf.out (cdktf synth)")
    .argument("[cdktf-args...]", "passed on to cdktf synth")
    .allowUnknownOption()
    .action((cdktfArgs: string[]) => {
      process.exitCode = synthesize(process.cwd(), cdktfArgs);
    });
}
