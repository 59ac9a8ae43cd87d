import type { CommandHandler } from '../respond';

// Filled in by the work on this command.
export const calendarCommand: CommandHandler = () => {
  throw new Error('calendar: not implemented yet');
};
