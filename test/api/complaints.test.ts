import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInIndonesia } from '../../api/src/dates.js';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { addWorkingDays } from '../../api/src/modules/community/public-guard.js';
import { Agency } from '../../api/src/modules/organization/agency.entity.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { actor, Role } from '../helpers/factories.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/** Complaints (SP4N-LAPOR!): public filing and tracking, the handlers' workflow and deadlines, and the reporter's privacy. */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];
let agencyCode: string;
let units: Record<string, string>;
const tokens: Record<string, string> = {};

const SUBMIT = `mutation ($input: SubmitComplaintInput!) { submitComplaint(input: $input) { trackingCode status dueDate } }`;
const STATUS = `query ($code: String!) { complaintStatus(trackingCode: $code) { trackingCode status subject receivedOn dueDate rejectionReason responses { text } } }`;
const FIELDS = `id version status dueDate overdue hasContact contact { name contact } resolutionHours autoCloseDate assignedUnit { code } assignedOfficer { name } employee { name } responses { text isPublic authorName }`;
const step = (name: string, type: string) => `mutation ($input: ${type}!) { ${name}(input: $input) { complaint { ${FIELDS} } } }`;

type Complaint = {
  id: string;
  version: number;
  status: string;
  dueDate: string | null;
  overdue: boolean;
  hasContact: boolean;
  contact: { name: string | null; contact: string | null } | null;
  resolutionHours: number | null;
  autoCloseDate: string | null;
  responses: { text: string; isPublic: boolean; authorName: string }[];
};

const anonymous = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, address = '203.0.113.1') =>
  app.gql<T>(query, variables, { headers: { 'x-forwarded-for': address } });

const report = (extra: Record<string, unknown> = {}) => ({
  agencyCode,
  category: 'PENGADUAN',
  subject: 'Antrean rawat jalan lama',
  description: 'Saya menunggu lebih dari tiga jam di loket pendaftaran tanpa kejelasan.',
  location: 'Puskesmas Kertapati',
  unitId: units.PKM,
  employeeId: line.ids.siti,
  reporterName: 'Budi Santoso',
  reporterContact: '+62 812 3456 7890',
  ...extra,
});

async function file(extra: Record<string, unknown> = {}, address = `203.0.113.${Math.floor(Math.random() * 200) + 2}`) {
  const response = await anonymous<{ submitComplaint: { trackingCode: string; status: string; dueDate: string } }>(
    SUBMIT,
    { input: report(extra) },
    address,
  );
  expect(response.errors).toBeUndefined();
  const { trackingCode } = response.data!.submitComplaint;
  const { complaints } = await run<{ complaints: { nodes: Complaint[] } }>(
    `query ($q: String!) { complaints(filter: { q: $q }) { nodes { ${FIELDS} } } }`,
    { q: trackingCode },
  );
  return { trackingCode, complaint: complaints.nodes[0]! };
}

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
  const agency = await app.orm.em.fork().findOneOrFail(Agency, { id: fromGlobalId(line.agencyId, 'Agency', 'id') });
  agencyCode = agency.code;
  tokens.admin = (await actor(app, [Role.AGENCY_ADMIN], agency)).token;
  tokens.evaluator = (await actor(app, [Role.EVALUATOR], agency)).token;
  const { orgUnits } = await run<{ orgUnits: { nodes: { id: string; code: string }[] } }>(`{ orgUnits { nodes { id code } } }`);
  units = Object.fromEntries(orgUnits.nodes.map((u) => [u.code, u.id]));
});
afterAll(() => app?.close());

describe('filing a complaint in public', () => {
  it('returns an unguessable, typable tracking code and the verification deadline (3 working days)', async () => {
    const response = await anonymous<{ submitComplaint: { trackingCode: string; status: string; dueDate: string } }>(SUBMIT, {
      input: report(),
    });
    expect(response.errors).toBeUndefined();
    const { trackingCode, status, dueDate } = response.data!.submitComplaint;
    expect(trackingCode).toMatch(/^ADU-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(status).toBe('RECEIVED');
    expect(dueDate).toBe(addWorkingDays(todayInIndonesia(), 3));
    // Typed loosely: lower case, no dashes, O for zero.
    const typed = trackingCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const { data } = await anonymous<{ complaintStatus: { trackingCode: string; status: string } }>(STATUS, { code: typed });
    expect(data!.complaintStatus).toMatchObject({ trackingCode, status: 'RECEIVED' });
    expect(errorCode(await anonymous(STATUS, { code: 'ADU-0000-0000-0000' }))).toBe('NOT_FOUND');
    expect(errorCode(await anonymous(STATUS, { code: 'tidak ada' }))).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a description too short', { description: 'Lama' }, 'input.description'],
    ['a description over 4,000 characters', { description: 'x'.repeat(4001) }, 'input.description'],
    ['a control character', { subject: 'Antrean\u0007' }, 'input.subject'],
    ['a contact that is neither a telephone nor an e-mail', { reporterContact: 'rumah kuning' }, 'input.reporterContact'],
    ['an unknown agency', { agencyCode: 'TIDAK-ADA' }, 'input.agencyCode'],
    ['a unit of another agency', { unitId: 'T3JnVW5pdDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA' }, 'input.unitId'],
  ])('refuses %s (BAD_USER_INPUT) and stores nothing', async (_label, extra, field) => {
    const before = await databaseFingerprint(app);
    const response = await anonymous(SUBMIT, { input: report(extra) }, '203.0.113.250');
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('takes SMS, phone, counter and LAPOR! reports only from the agency’s handlers, logged in', async () => {
    expect(errorCode(await anonymous(SUBMIT, { input: report({ channel: 'SMS' }) }))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(SUBMIT, { input: report({ channel: 'PHONE' }) }, line.tokens.siti))).toBe('FORBIDDEN');
    const recorded = await run<{ submitComplaint: { trackingCode: string } }>(SUBMIT, {
      input: report({ channel: 'PHONE', subject: 'Lewat telepon' }),
    });
    const [row] = await app.sql<{ recorded_by: string; channel: string }>(
      `select recorded_by, channel from complaints where tracking_code = ?`,
      [recorded.submitComplaint.trackingCode],
    );
    expect(row!.channel).toBe('PHONE');
    expect(row!.recorded_by).toMatch(/^user-/);
  });

  it('refuses the same report from the same address within a day (DUPLICATE) and too many in an hour (TOO_MANY_REQUESTS)', async () => {
    await file({ subject: 'Duplikat' }, '203.0.113.240');
    const before = await databaseFingerprint(app);
    const again = await anonymous(SUBMIT, { input: report({ subject: 'Duplikat' }) }, '203.0.113.240');
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    expect(await databaseFingerprint(app)).toBe(before);

    await run(`mutation { setCommunitySettings(input: { submissionsPerHour: 2 }) { submissionsPerHour } }`);
    await file({ subject: 'Satu' }, '203.0.113.241');
    await file({ subject: 'Dua' }, '203.0.113.241');
    const third = await anonymous(SUBMIT, { input: report({ subject: 'Tiga' }) }, '203.0.113.241');
    expect(third.errors![0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(await databaseFingerprint(app)).not.toContain('Tiga');
    await run(`mutation { setCommunitySettings(input: { submissionsPerHour: 20 }) { submissionsPerHour } }`);
  });
});

describe('the workflow', () => {
  it('RECEIVED -> VERIFIED -> ASSIGNED -> IN_PROGRESS -> RESOLVED -> CLOSED, each step timestamped, audited and due on time', async () => {
    const { trackingCode, complaint } = await file({ subject: 'Alur lengkap' });
    const verified = (
      await run<{ verifyComplaint: { complaint: Complaint } }>(step('verifyComplaint', 'VerifyComplaintInput'), {
        input: { id: complaint.id, version: complaint.version },
      })
    ).verifyComplaint.complaint;
    expect(verified).toMatchObject({ status: 'VERIFIED', dueDate: addWorkingDays(todayInIndonesia(), 5), overdue: false });

    const assigned = (
      await run<{ assignComplaint: { complaint: Complaint & { assignedOfficer: { name: string } } } }>(
        step('assignComplaint', 'AssignComplaintInput'),
        {
          input: { id: verified.id, version: verified.version, unitId: units.PKM, officerId: line.ids.yusuf },
        },
      )
    ).assignComplaint.complaint;
    expect(assigned).toMatchObject({ status: 'ASSIGNED', assignedOfficer: { name: 'Yusuf Effendi' } });

    // Someone else of the unit may not work on it; the assigned officer may.
    expect(
      errorCode(
        await attempt(
          step('startComplaint', 'ComplaintStepInput'),
          { input: { id: assigned.id, version: assigned.version } },
          line.tokens.kapus,
        ),
      ),
    ).toBe('FORBIDDEN');
    const started = (
      await run<{ startComplaint: { complaint: Complaint } }>(
        step('startComplaint', 'ComplaintStepInput'),
        { input: { id: assigned.id, version: assigned.version } },
        line.tokens.yusuf,
      )
    ).startComplaint.complaint;
    await run(
      `mutation ($input: RespondToComplaintInput!) { respondToComplaint(input: $input) { response { isPublic } } }`,
      { input: { complaintId: started.id, text: 'Catatan internal: cek jadwal petugas loket.', isPublic: false } },
      line.tokens.yusuf,
    );
    const resolved = (
      await run<{ resolveComplaint: { complaint: Complaint } }>(
        step('resolveComplaint', 'ResolveComplaintInput'),
        {
          input: { id: started.id, version: started.version, resolution: 'Loket pendaftaran kini dibuka pukul 07.00 dengan dua petugas.' },
        },
        line.tokens.yusuf,
      )
    ).resolveComplaint.complaint;
    expect(resolved).toMatchObject({ status: 'RESOLVED', dueDate: null, autoCloseDate: addWorkingDays(todayInIndonesia(), 10) });
    expect(resolved.resolutionHours).toBeGreaterThanOrEqual(0);
    expect(resolved.responses.map((r) => r.isPublic)).toEqual([false, true]);

    const closed = (
      await run<{ closeComplaint: { complaint: Complaint } }>(step('closeComplaint', 'ComplaintStepInput'), {
        input: { id: resolved.id, version: resolved.version },
      })
    ).closeComplaint.complaint;
    expect(closed.status).toBe('CLOSED');

    // The reporter sees the status and the public answer, never the internal note.
    const { data } = await anonymous<{ complaintStatus: { status: string; responses: { text: string }[] } }>(STATUS, {
      code: trackingCode,
    });
    expect(data!.complaintStatus.status).toBe('CLOSED');
    expect(data!.complaintStatus.responses).toEqual([{ text: 'Loket pendaftaran kini dibuka pukul 07.00 dengan dua petugas.' }]);

    const audit = await app.sql<{ operation: string }>(
      `select operation from audit_entries where entity_type = 'Complaint' and entity_id = ? and action = 'UPDATE' order by occurred_at`,
      [fromGlobalId(complaint.id, 'Complaint', 'id')],
    );
    expect(audit.map((a) => a.operation)).toEqual([
      'verifyComplaint',
      'assignComplaint',
      'startComplaint',
      'resolveComplaint',
      'closeComplaint',
    ]);
  });

  it('refuses steps out of order (CONFLICT), stale versions (CONFLICT), by the wrong people (FORBIDDEN), with nothing changed', async () => {
    const { complaint } = await file({ subject: 'Urutan salah' });
    const before = await databaseFingerprint(app);
    const input = { id: complaint.id, version: complaint.version };
    expect((await attempt(step('closeComplaint', 'ComplaintStepInput'), { input })).errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      status: 'RECEIVED',
    });
    expect(errorCode(await attempt(step('verifyComplaint', 'VerifyComplaintInput'), { input: { ...input, version: 99 } }))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await attempt(step('verifyComplaint', 'VerifyComplaintInput'), { input }, line.tokens.siti))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(step('verifyComplaint', 'VerifyComplaintInput'), { input }, tokens.evaluator))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(step('verifyComplaint', 'VerifyComplaintInput'), { input }, line.tokens.outsider))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(step('startComplaint', 'ComplaintStepInput'), { input }, line.tokens.outsider))).toBe('NOT_FOUND');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('rejects with a reason the reporter reads', async () => {
    const { trackingCode, complaint } = await file({ subject: 'Bukan kewenangan', category: 'ASPIRASI' });
    await run(step('rejectComplaint', 'RejectComplaintInput'), {
      input: { id: complaint.id, version: complaint.version, reason: 'Bukan kewenangan pemerintah kota; diteruskan ke instansi terkait.' },
    });
    const { data } = await anonymous<{ complaintStatus: { status: string; rejectionReason: string } }>(STATUS, { code: trackingCode });
    expect(data!.complaintStatus).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Bukan kewenangan pemerintah kota; diteruskan ke instansi terkait.',
    });
  });

  it('flags a complaint past its deadline as overdue, and lists the overdue ones', async () => {
    const { complaint } = await file({ subject: 'Terlambat' });
    await app.sql(`update complaints set due_date = current_date - 1 where id = ?`, [fromGlobalId(complaint.id, 'Complaint', 'id')]);
    const { complaints } = await run<{ complaints: { nodes: { id: string; overdue: boolean }[] } }>(
      `{ complaints(filter: { overdue: true }) { nodes { id overdue } } }`,
    );
    expect(complaints.nodes).toEqual([{ id: complaint.id, overdue: true }]);
    const notOverdue = await run<{ complaints: { nodes: { id: string }[] } }>(
      `{ complaints(filter: { overdue: false }, first: 500) { nodes { id } } }`,
    );
    expect(notOverdue.complaints.nodes.map((c) => c.id)).not.toContain(complaint.id);
  });
});

describe('privacy of the reporter', () => {
  let complaint: Complaint;
  let trackingCode: string;
  beforeAll(async () => {
    ({ complaint, trackingCode } = await file({ subject: 'Privasi pelapor' }));
    const verified = (
      await run<{ verifyComplaint: { complaint: Complaint } }>(step('verifyComplaint', 'VerifyComplaintInput'), {
        input: { id: complaint.id, version: complaint.version },
      })
    ).verifyComplaint.complaint;
    await run(step('assignComplaint', 'AssignComplaintInput'), {
      input: { id: verified.id, version: verified.version, unitId: units.PKM, officerId: line.ids.yusuf },
    });
  });

  it.each([
    ['hr', true],
    ['admin', true],
    ['evaluator', false],
    ['kadis', false],
    ['kapus', false],
    ['siti', false],
    ['yusuf', false],
  ])('%s reads the complaint; the contact only if a handler (%s)', async (who, seesContact) => {
    const token = tokens[who] ?? line.tokens[who]!;
    const { complaint: seen } = await run<{ complaint: Complaint }>(
      `query ($id: ID!) { complaint(id: $id) { hasContact contact { name contact } } }`,
      { id: complaint.id },
      token,
    );
    expect(seen.hasContact).toBe(true);
    expect(seen.contact).toEqual(seesContact ? { name: 'Budi Santoso', contact: '+62 812 3456 7890' } : null);
    const listed = await run<{ complaints: { nodes: { contact: unknown }[] } }>(
      `{ complaints(first: 500) { nodes { contact { contact } } } }`,
      {},
      token,
    );
    if (!seesContact) expect(listed.complaints.nodes.every((c) => c.contact === null)).toBe(true);
  });

  it('is out of reach of other agencies and of unrelated staff', async () => {
    const query = `query ($id: ID!) { complaint(id: $id) { id } }`;
    expect(errorCode(await attempt(query, { id: complaint.id }, line.tokens.outsider))).toBe('NOT_FOUND');
    // A supervisor above the unit sees it; an employee it neither concerns nor is assigned to does not.
    const { complaints } = await run<{ complaints: { nodes: { id: string }[] } }>(`{ complaints { nodes { id } } }`, {}, line.tokens.kadis);
    expect(complaints.nodes.map((c) => c.id)).toContain(complaint.id);
    const { complaint: unrelated } = await file({ subject: 'Tentang dinas', unitId: units.DINKES, employeeId: null });
    expect(errorCode(await attempt(query, { id: unrelated.id }, line.tokens.siti))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(query, { id: unrelated.id }, line.tokens.kapus))).toBe('NOT_FOUND');
    expect((await run<{ complaint: { id: string } }>(query, { id: unrelated.id }, line.tokens.kadis)).complaint.id).toBe(unrelated.id);
  });

  it('never reaches the public status, the audit trail or the public schema', async () => {
    const response = await anonymous<{ complaintStatus: Record<string, unknown> }>(
      `query ($code: String!) { complaintStatus(trackingCode: $code) { trackingCode status subject agencyName responses { text } } }`,
      { code: trackingCode },
    );
    expect(JSON.stringify(response.data)).not.toContain('Budi');
    expect(JSON.stringify(response.data)).not.toContain('812');
    const introspection = await anonymous<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "ComplaintStatusView") { fields { name } } }`,
      {},
    );
    const fields = introspection.data!.__type.fields.map((f) => f.name);
    expect(fields.filter((f) => /contact|reporter|employee|officer|unit/i.test(f))).toEqual([]);
    const audit = await app.sql<{ changes: string }>(`select changes::text as changes from audit_entries where entity_type = 'Complaint'`);
    expect(audit.some((a) => a.changes.includes('Budi') || a.changes.includes('812'))).toBe(false);
  });
});

it('lists complaints with their references in the same number of statements for few or many', async () => {
  const query = `query ($first: Int) { complaints(first: $first) { nodes { id overdue contact { name } unit { name } employee { name } assignedUnit { name } assignedOfficer { name } responses { text } } } }`;
  const few = await app.gql(query, { first: 2 }, { token: line.tokens.hr });
  const many = await app.gql(query, { first: 100 }, { token: line.tokens.hr });
  expect(few.errors).toBeUndefined();
  expect((many.data as { complaints: { nodes: unknown[] } }).complaints.nodes.length).toBeGreaterThan(5);
  expect(many.sqlStatements).toBe(few.sqlStatements);
});
