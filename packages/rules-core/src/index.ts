export * from './model/ids';
export * from './model/rule';
export * from './model/errors';
export * from './model/money';
export { citationOf, inForce } from './model/cite';
export { INSTRUMENTS, INSTRUMENT_OF_DISTRICT, instrumentOf } from './instruments';
export { ALL_RULES, findRule, ruleById, RULE_IDS, type RuleId } from './rules';
export { preview, districtOf } from './model/request';
export { ALL_INTERPRETATIONS, interpretationsOf, findInterpretation } from './interpretations';
export { COMMANDS, type CommandName } from './cli/commands';
export { respond, respondToLine, type Response } from './cli/respond';
export { route, bandFor, type RouteRequest, type RouteResult, type RouteStep } from './engine/route';
export { KZ_22_TABLES, type KzTable, type Band } from './rules/kz-22-tables';
export {
  signoff,
  type SignoffRequest,
  type SignoffResult,
  type SignoffProposal,
  type SignoffCheck,
  type SignoffStep,
} from './engine/signoff';
export { meetingProfile, checkAgendaItem, meetingLeave, minutesSigner, MINUTES_KIND } from './engine/meeting';
export { checkChair, type ChairProposal, type ChairCheck } from './engine/chair';
export {
  disclosureDuty,
  releaseReview,
  policyInterpreter,
  DISCLOSURE_ITEM_KINDS,
  CHANNELS,
  type DisclosureItem,
  type DisclosureDuty,
  type ReleaseItem,
  type ReleaseReview,
  type InterpreterQuestion,
  type InterpreterAnswer,
} from './engine/disclosure';
export {
  actingFor,
  actingForDistrictHead,
  checkLeave,
  leaveApprovalChain,
  validateAbPair,
  type PairCheck,
  type HeadDelegation,
  type InabilityFact,
  type InabilityReason,
  type LeaveStep,
  type AbFacts,
  type AbPairFact,
  type LeaveFact,
  type DesignationFact,
  type AbsenceReason,
  type ActingAnswer,
} from './engine/ab-roles';
export {
  checkTransition,
  cleanupDue,
  legalityChecklist,
  LEGALITY_CHECKLIST_ZH,
  nextStates,
  ND_FACT_ZH,
  ND_STATE_ZH,
  ND_SUBTYPE_ZH,
  ND_STATES,
  ND_SUBTYPES,
  ND_FACTS,
  type NdFacts,
  type NdState,
  type NdSubtype,
  type NextState,
  type TransitionCheck,
} from './engine/normative-document';
export {
  cleanupApprovalMeeting,
  cleanupOutcome,
  CLEANUP_OUTCOMES,
  CLEANUP_OUTCOME_VALIDITY,
  CLEANUP_OUTCOME_ZH,
  type CleanupOutcome,
  type CleanupOutcomeAnswer,
} from './engine/normative-cleanup';
export {
  evaluateMajorDecision,
  MD_STEPS,
  MD_STEP_ZH,
  type DecisionFacts,
  type StepChange,
} from './engine/major-decision';
export {
  PERIODIC_OBLIGATIONS,
  periodicObligationsOf,
  type PeriodicObligation,
} from './engine/periodic-obligations';
