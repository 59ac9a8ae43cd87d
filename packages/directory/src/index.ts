// The district directory: use-cases only (one per file); the apps' routers compose them.
export { listDepartments } from './list-departments';
export { listLeaders } from './list-leaders';
export { listLeaves } from './list-leaves';
export { leaderInChargeOf } from './leader-in-charge';
export { whoActsFor } from './who-acts-for';
export { createAbPair, type NewAbPair } from './create-ab-pair';
export { requestLeave, type NewLeave } from './request-leave';
export { recordLeaveApproval } from './record-leave-approval';
export { withdrawLeave } from './withdraw-leave';
export { endAbPair } from './end-ab-pair';
export { designateStandIn, type NewDesignation } from './designate-stand-in';
export { withdrawStandInDesignation } from './withdraw-stand-in-designation';
export { seedDemoDistrict, DEMO_DISTRICT, type SeedResult } from './seed';
export { abFacts, districtOf } from './facts';
