import type { CommandHandler } from '../respond';

// Filled in by the work on this command.
export const meetingCommand: CommandHandler = () => {
  throw new Error('meeting: not implemented yet');
};
