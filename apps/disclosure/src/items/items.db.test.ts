// Drafting an item: its metadata checked, its clocks started, and two editors unable to overwrite each other.
import { createTestDatabase, type TestDatabase } from '@zhengling/db/testing';
import { seedDemoDistrict } from '@zhengling/directory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOfUser, type StaffUser } from './access';
import { createItemInTx } from './create-item';
import type { ItemFields } from './item-input';
import { updateItem } from './update-item';

let t: TestDatabase;
let editor: StaffUser;
let staff: StaffUser;
let education: string;

const policy = (over: Partial<ItemFields> = {}): ItemFields => ({
  kind: 'policy',
  title: '关于进一步加强中小学课后服务工作的通知',
  docNumber: '开州教发〔2026〕5号',
  issuer: '重庆市开州区教育委员会',
  draftingDepartmentId: education,
  writtenOn: '2026-03-02',
  formedOn: '2026-03-02',
  category: '科技、教育',
  attribute: 'proactive',
  legalBasis: '《中华人民共和国教育法》',
  summary: '',
  bodyText: '一、总体要求\n各校应当……',
  signoffKind: 'department',
  ...over,
});

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoDistrict(t.db, { district: 'kaizhou', asOf: '2026-01-01' });
  const user = async (username: string) => {
    const u = await t.db.user.findUniqueOrThrow({ where: { username } });
    return { id: u.id, username, departmentId: u.departmentId, roles: u.roles };
  };
  editor = await user('disclosure-editor');
  staff = await user('jiaowei-staff');
  education = staff.departmentId;
});
afterAll(() => t?.drop());

describe('a drafted item', () => {
  it('starts the proactive clock (20 working days from formation, art.26) and the interpretation duty of the drafting unit', async () => {
    const item = await t.db.$transaction((tx) => createItemInTx(tx, actorOfUser(staff), 'kaizhou', policy()));
    expect(item).toMatchObject({ state: 'draft', needsInterpretation: true, version: 1 });
    const deadlines = await t.db.deadline.findMany({ where: { app: 'disclosure', entityId: item.id }, orderBy: { kind: 'asc' } });
    expect(deadlines.map((d) => [d.kind, d.length, d.unit, d.departmentId])).toEqual([
      ['disclosure.interpretation', 20, 'working_days', education],
      ['disclosure.proactive', 20, 'working_days', education],
    ]);
    expect(deadlines[0]!.ruleSource).toContain('二十八');
    expect(deadlines[1]!.ruleSource).toContain('第二十六条');
    expect(item.deadlineId).toBe(deadlines[1]!.id);
  });

  it('needs a reason from the regulation when it is not disclosed proactively, and starts no proactive clock', async () => {
    const create = (over: Partial<ItemFields>) =>
      t.db.$transaction((tx) => createItemInTx(tx, actorOfUser(editor), 'kaizhou', policy(over)));
    await expect(create({ attribute: 'withheld' })).rejects.toMatchObject({ appCode: 'INVALID_INPUT' });
    await expect(create({ attribute: 'withheld', attributeReason: 'specific-interest' })).rejects.toMatchObject({
      appCode: 'INVALID_INPUT',
    });
    const kept = await create({ attribute: 'withheld', attributeReason: 'process-information' });
    expect(await t.db.deadline.count({ where: { entityId: kept.id } })).toBe(0);
    await expect(create({ category: '不存在的分类' })).rejects.toMatchObject({ appCode: 'INVALID_INPUT' });
  });

  it('cannot be overwritten silently: an edit on an older version is refused, naming who changed it', async () => {
    const item = await t.db.$transaction((tx) => createItemInTx(tx, actorOfUser(staff), 'kaizhou', policy()));
    const first = await updateItem(t.db, actorOfUser(editor), editor, 'kaizhou', {
      id: item.id,
      version: 1,
      fields: policy({ bodyText: '一、总体要求\n各校应当按规定开展课后服务。' }),
    });
    expect(first.version).toBe(2);
    await expect(
      updateItem(t.db, actorOfUser(staff), staff, 'kaizhou', { id: item.id, version: 1, fields: policy({ title: '另一个标题' }) }),
    ).rejects.toMatchObject({ appCode: 'CONFLICT', messageZh: expect.stringContaining('政务公开 何静') });
    const versions = await t.db.itemVersion.findMany({ where: { itemId: item.id } });
    expect(versions.map((v) => [v.number, v.bodyText])).toEqual([[1, '一、总体要求\n各校应当……']]);
  });

  it('is edited only by its drafting unit or the disclosure office', async () => {
    const item = await t.db.$transaction((tx) => createItemInTx(tx, actorOfUser(editor), 'kaizhou', policy()));
    const other = { ...staff, departmentId: editor.departmentId };
    await expect(
      updateItem(t.db, actorOfUser(other), other, 'kaizhou', { id: item.id, version: 1, fields: policy() }),
    ).rejects.toMatchObject({ appCode: 'FORBIDDEN' });
  });

  it('changes its clocks with its disclosure attribute: 依申请公开 cancels them, 主动公开 again starts them', async () => {
    const item = await t.db.$transaction((tx) => createItemInTx(tx, actorOfUser(staff), 'kaizhou', policy()));
    const clocks = async () =>
      (await t.db.deadline.findMany({ where: { entityId: item.id }, orderBy: [{ status: 'asc' }, { kind: 'asc' }] })).map((d) => [d.kind, d.status]);
    const second = await updateItem(t.db, actorOfUser(staff), staff, 'kaizhou', {
      id: item.id,
      version: 1,
      fields: policy({ attribute: 'on_application', attributeReason: 'specific-interest' }),
    });
    expect(await clocks()).toEqual([
      ['disclosure.interpretation', 'cancelled'],
      ['disclosure.proactive', 'cancelled'],
    ]);
    await updateItem(t.db, actorOfUser(staff), staff, 'kaizhou', { id: item.id, version: second.version, fields: policy() });
    expect(await clocks()).toEqual([
      ['disclosure.interpretation', 'open'],
      ['disclosure.proactive', 'open'],
      ['disclosure.interpretation', 'cancelled'],
      ['disclosure.proactive', 'cancelled'],
    ]);
    const again = await t.db.disclosureItem.findUniqueOrThrow({ where: { id: item.id } });
    expect((await t.db.deadline.findUniqueOrThrow({ where: { id: again.deadlineId! } })).status).toBe('open');
  });
});
