import type { Command } from "commander";
import { sealPlanFile, unsealPlanFile } from "../../operations/sealed-plan";
import { StackWorkspace } from "../../operations/stack-workspace";

/** `seal-plan <stack> --commit <sha> --out <file>`: the saved plan, encrypted and bound to its stack and commit. */
export function sealPlanCommand(cli: Command): void {
  cli
    .command("seal-plan")
    .description("encrypt the saved plan with PLAN_PASSPHRASE (AES-256-GCM), bound to its stack and commit, for the job that applies it; print its sha256")
    .argument("<environment>", "an environment of environments.ts, or one of its stacks")
    .requiredOption("--commit <sha>", "the commit the plan was made from")
    .requiredOption("--out <file>", "the sealed file to write")
    .action((stack: string, options: { commit: string; out: string }) => {
      const workspace = new StackWorkspace(process.cwd(), stack);
      console.log(`${sealPlanFile(workspace.planFile, stack, options.commit, options.out)}  ${stack}`);
    });
}

/** `unseal-plan <stack> --commit <sha> --in <file>`: the saved plan back, refused unless it is that stack's at that commit. */
export function unsealPlanCommand(cli: Command): void {
  cli
    .command("unseal-plan")
    .description(
      "decrypt a sealed plan into the saved plan `apply` applies; refuse one changed, sealed with another passphrase, or made from another commit; print its sha256",
    )
    .argument("<environment>", "an environment of environments.ts, or one of its stacks")
    .requiredOption("--commit <sha>", "the commit being deployed: the plan must have been made from it")
    .requiredOption("--in <file>", "the sealed file seal-plan wrote")
    .action((stack: string, options: { commit: string; in: string }) => {
      const workspace = new StackWorkspace(process.cwd(), stack);
      console.log(`${unsealPlanFile(options.in, stack, options.commit, workspace.planFile)}  ${stack}`);
    });
}
