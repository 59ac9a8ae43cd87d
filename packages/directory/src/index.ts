export { directoryRouter } from './router';
export { seedDemoDistrict, type SeedResult } from './seed';
export { leaderInChargeOf } from './leader-in-charge';
export { createAbPair, type NewAbPair } from './ab-pairs';
export { requestLeave, recordLeaveApproval, type NewLeave } from './leave';
export { whoActsFor } from './acting-for';
export { abFacts, districtOf } from './facts';
