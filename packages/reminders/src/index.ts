export {
  computeDueDate,
  type DeadlineRule,
  type Adjustment,
  type DeadlineComputation,
  type DeadlineUnit,
} from './deadline/compute';
export {
  createDeadline,
  pauseDeadline,
  resumeDeadline,
  extendDeadline,
  markDeadlineMet,
  cancelDeadline,
  type NewDeadline,
} from './deadline/use-cases';
export { loadCalendar, storeCalendarYear } from './deadline/calendar-store';
export { planReminders } from './deadline/plan';
export { DEFAULT_POLICY, PolicySchema, policyFor, type ReminderPolicyConfig } from './policy';
export { REMINDER_QUEUE, JOB, deliverJobId, DeliverPayload, SWEEP_SCHEDULER_ID } from './queue-contracts';
export { deliverReminder } from './deliver';
export { sweep } from './sweep';
export { startReminderWorker, reminderQueue, type WorkerOptions } from './worker';
export { smtpMailer, type Mailer } from './channels/email';
export { signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './channels/webhook';
export { inboxRouter, deadlinesRouter } from './router';
export { remindersEnv } from './env';
export { registerQueueDashboard } from './dashboard';
export { sendDigests } from './digest';
