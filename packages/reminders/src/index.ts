// The reminder engine: deadlines computed from their rule, reminder policies, the sweep and the delivery processor,
// the queue contracts. Use-cases only (one per file); the apps' routers compose them.
export {
  computeDueDate,
  type DeadlineRule,
  type Adjustment,
  type DeadlineComputation,
  type DeadlineUnit,
} from './deadline/compute';
export {
  createDeadline,
  createDeadlineInTx,
  createDeadlinesInTx,
  type NewDeadline,
} from './deadline/create-deadline';
export { pauseDeadline } from './deadline/pause-deadline';
export { adjustDeadlineInTx } from './deadline/adjust-deadline';
export { resumeDeadline } from './deadline/resume-deadline';
export { extendDeadline } from './deadline/extend-deadline';
export { markDeadlineMet } from './deadline/mark-deadline-met';
export { cancelDeadline } from './deadline/cancel-deadline';
export { closeDeadlineInTx } from './deadline/close-deadline';
export { getDeadline } from './deadline/get-deadline';
export { listOverdueDeadlines } from './deadline/list-overdue-deadlines';
export { listFailedDeliveries } from './deadline/list-failed-deliveries';
export { latestDayCovering, loadCalendar } from './deadline/calendar';
export { storeCalendarYear } from './deadline/store-calendar-year';
export { listCalendarYears } from './deadline/list-calendar-years';
export { planReminders } from './deadline/plan';
export { listInbox } from './inbox/list-inbox';
export { markNotificationRead } from './inbox/mark-notification-read';
export { setReminderDigest } from './inbox/set-reminder-digest';
export { getReminderPolicy } from './policies/get-reminder-policy';
export { setReminderPolicy } from './policies/set-reminder-policy';
export { DEFAULT_POLICY, PolicySchema, policyFor, type ReminderPolicyConfig } from './policy';
export { REMINDER_QUEUE, JOB, deliverJobId, DeliverPayload, SWEEP_SCHEDULER_ID } from './queue-contracts';
export { deliverReminder } from './deliver';
export { sweep } from './sweep';
export { startReminderWorker, reminderQueue, type WorkerOptions } from './worker';
export { smtpMailer, type Mailer } from './channels/email';
export { signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './channels/webhook';
export { remindersEnv } from './env';
export { sendDigests } from './digest';
export { workingDaysLeftFn } from './deadline/working-days-left';
