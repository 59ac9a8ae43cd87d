import type { CommandHandler } from '../respond';
import { abRoleCommand } from './ab-role';
import { calendarCommand } from './calendar';
import { disclosureCommand } from './disclosure';
import { explainCommand } from './explain';
import { lifecycleCommand } from './lifecycle';
import { majorDecisionCommand } from './major-decision';
import { meetingCommand } from './meeting';
import { routeCommand } from './route';
import { signoffCommand } from './signoff';

/** Every CLI command; the table-driven case runner uses the same map, so cases test the CLI contract. */
export const COMMANDS = {
  route: routeCommand,
  signoff: signoffCommand,
  meeting: meetingCommand,
  explain: explainCommand,
  'ab-role': abRoleCommand,
  lifecycle: lifecycleCommand,
  'major-decision': majorDecisionCommand,
  calendar: calendarCommand,
  disclosure: disclosureCommand,
} satisfies Record<string, CommandHandler>;

export type CommandName = keyof typeof COMMANDS;
