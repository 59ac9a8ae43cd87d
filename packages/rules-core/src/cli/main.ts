// `pnpm -s rules <command>`: JSON Lines in on stdin, exactly one JSON line out per request, in order, and nothing
// else on stdout. Exit 0 even when requests fail (a failure is an answer). See packages/rules-core/README.md.
import { createInterface } from 'node:readline';
import { COMMANDS, type CommandName } from './commands';
import { answerLine, respond } from './respond';

const USAGE = `usage: pnpm -s rules <${Object.keys(COMMANDS).join('|')}>   (JSON Lines on stdin)
       pnpm -s rules explain <rule-id>`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || !(name in COMMANDS)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const handler = COMMANDS[name as CommandName];

  if (name === 'explain' && rest[0]) {
    process.stdout.write(`${JSON.stringify(respond(handler, { ruleId: rest[0] }), null, 2)}\n`);
    return 0;
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    // Every line gets its answer, a blank one included, so a caller can zip inputs and outputs.
    process.stdout.write(`${answerLine(handler, line)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
