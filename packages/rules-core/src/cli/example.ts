// The README's first command, until the platform exists: a worked example through the real CLI handlers.
import { COMMANDS } from './commands';
import { respond } from './respond';

const requests = [
  { district: 'kaizhou', matter: 'soe-investment', amountYuan: '3999999.99' },
  { district: 'kaizhou', matter: 'soe-investment', amountYuan: '4000000' },
  { district: 'kaizhou', matter: 'investment-change', amountYuan: '450000', contractAmountYuan: '3000000' },
  { district: 'shapingba', matter: 'soe-investment', amountYuan: '4000000' },
];
for (const request of requests) {
  process.stdout.write(
    `> ${JSON.stringify(request)}\n${JSON.stringify(respond(COMMANDS.route, request), null, 2)}\n\n`,
  );
}
