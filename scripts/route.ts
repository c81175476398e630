// Batch CLI for a purchasing plan: `npm run --silent route < plan.jsonl`.
// Reads JSON Lines on stdin (one input per line), writes one JSON answer per line on stdout,
// same schema as POST /api/v1/contracting-route. A bad line yields {"error": {...}} for that
// line and the run continues; blank lines are skipped. Streams: memory stays flat on big plans.
import { once } from "node:events";
import { createInterface } from "node:readline";
import { tryEvaluateContractingRoutes } from "../app/domain/contracting/index";
import { l } from "../app/domain/contracting/text";

const INVALID_JSON = l("Ligne illisible : ce n'est pas un objet JSON valide.", "Unreadable line: not valid JSON.");
const INTERNAL = l("Erreur interne lors de l'évaluation de cette ligne.", "Internal error while evaluating this line.");

function answerFor(line: string, lineNumber: number): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: { line: lineNumber, problems: [{ path: "", message: INVALID_JSON }] } };
  }
  try {
    const result = tryEvaluateContractingRoutes(raw);
    return result.ok ? result.answer : { error: { line: lineNumber, ...result.error } };
  } catch (error) {
    // A bug must not stop the whole plan; it is reported on stderr and on that line.
    console.error(`line ${lineNumber}:`, error);
    return { error: { line: lineNumber, problems: [{ path: "", message: INTERNAL }] } };
  }
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    const ok = process.stdout.write(`${JSON.stringify(answerFor(line, lineNumber))}\n`);
    if (!ok) await once(process.stdout, "drain");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
