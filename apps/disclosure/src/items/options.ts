// What the item form offers: the kinds, the sign-off kinds, the configured subject categories, the legal reasons not
// to disclose with their articles, the departments — one source for every page.
import type { Db } from '@zhengling/db';
import { listDepartments } from '@zhengling/directory';
import { OUTCOME_GROUPS } from '../annual-report/layout';
import { APPLICANT_COLUMNS } from '../annual-report/layout';
import { CHANNELS } from '../applications/applications';
import { WITHHOLDING_REASONS } from '../regulation/regulation';
import { loadSettings } from '../settings/settings';
import { ITEM_KINDS } from './item-input';
import { ATTRIBUTE_ZH, KIND_ZH, SIGNOFF_KIND_ZH, STATE_ZH, VALIDITY_ZH } from './labels';

export async function itemOptions(db: Db) {
  const settings = await loadSettings(db);
  return {
    kinds: ITEM_KINDS.map((id) => ({ id, label: KIND_ZH[id] })),
    signoffKinds: Object.entries(SIGNOFF_KIND_ZH).map(([id, label]) => ({ id, label })),
    categories: settings.categories,
    reasons: WITHHOLDING_REASONS.map((r) => ({ id: r.id, label: r.label, article: r.article, attribute: r.attribute })),
    departments: (await listDepartments(db)).map((d) => ({ id: d.id, name: d.name })),
    labels: { state: STATE_ZH, kind: KIND_ZH, validity: VALIDITY_ZH, attribute: ATTRIBUTE_ZH, signoffKind: SIGNOFF_KIND_ZH },
    applicantTypes: APPLICANT_COLUMNS,
    channels: CHANNELS,
    outcomes: OUTCOME_GROUPS.flatMap((g) => g.rows.map((r) => ({ id: r.id, group: g.label, label: r.label }))),
  };
}
