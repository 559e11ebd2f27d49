import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../api/src/graphql/ids.js';
import { databaseFingerprint, errorCode, startTestApp, type TestApp } from '../helpers/app.js';
import { runner } from '../helpers/gql-run.js';
import { setUpReportingLine, type ReportingLine } from '../helpers/reporting-line.js';

/**
 * Continuous feedback (umpan balik) on plans: given by the appraiser or the
 * appraiser's superior while the period is open, read with the plan.
 * The line: Kadis (Hendra) > Kapus (Sri) > Siti and Yusuf.
 */

let app: TestApp;
let line: ReportingLine;
let run: ReturnType<typeof runner>['run'];
let attempt: ReturnType<typeof runner>['attempt'];

const GIVE = `mutation ($input: GiveFeedbackInput!) { giveFeedback(input: $input) { feedback { id type text authorName author { name } target { id } plan { id } } } }`;
const FEEDBACK = 'feedback { type text authorName author { name } target { id } }';
const PLAN = `query ($id: ID!) { performancePlan(id: $id) { ${FEEDBACK} } }`;
const PLANS = (first: number, offset = 0) =>
  `query { performancePlans(first: ${first}, offset: ${offset}, orderBy: [{ field: EMPLOYEE_NAME }]) { nodes { employee { name } ${FEEDBACK} } } }`;
const token = (key: string) => line.tokens[key]!;

beforeAll(async () => {
  app = await startTestApp();
  line = await setUpReportingLine(app);
  ({ run, attempt } = runner(app, () => line.tokens.hr!));
});
afterAll(() => app?.close());

describe('giving feedback', () => {
  it("is for the appraiser and the appraiser's superior, on any target of the plan, audited", async () => {
    const plan = line.plans.siti!;
    const given = await run<{ giveFeedback: { feedback: { id: string; author: { name: string }; target: { id: string } } } }>(
      GIVE,
      { input: { planId: plan.id, type: 'APRESIASI', text: 'Cakupan imunisasi bulan ini sangat baik', targetId: plan.targets[0]!.id } },
      token('kapus'),
    );
    expect(given.giveFeedback.feedback).toMatchObject({ author: { name: 'Sri Wahyuni' }, target: { id: plan.targets[0]!.id } });
    await run(GIVE, { input: { planId: plan.id, type: 'ARAHAN', text: 'Fokus pada kualitas pencatatan' } }, token('kadis'));
    const audit = await app.sql<{ action: string; operation: string }>(
      `select action, operation from audit_entries where entity_type = 'PlanFeedback' and entity_id = ?`,
      [fromGlobalId(given.giveFeedback.feedback.id, 'PlanFeedback', 'id')],
    );
    expect(audit).toEqual([{ action: 'CREATE', operation: 'giveFeedback' }]);

    const { performancePlan } = await run<{ performancePlan: { feedback: unknown[] } }>(PLAN, { id: plan.id }, token('siti'));
    expect(performancePlan.feedback).toEqual([
      {
        type: 'APRESIASI',
        text: 'Cakupan imunisasi bulan ini sangat baik',
        authorName: 'Sri Wahyuni',
        author: { name: 'Sri Wahyuni' },
        target: { id: plan.targets[0]!.id },
      },
      {
        type: 'ARAHAN',
        text: 'Fokus pada kualitas pencatatan',
        authorName: 'Hendra Saputra',
        author: { name: 'Hendra Saputra' },
        target: null,
      },
    ]);
  });

  it('is refused to others and for bad input, and changes nothing', async () => {
    const before = await databaseFingerprint(app);
    const plan = line.plans.siti!;
    const input = { planId: plan.id, type: 'PERBAIKAN', text: 'Perbaiki laporan' };
    expect(errorCode(await attempt(GIVE, { input }, token('siti')))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(GIVE, { input }, token('hr')))).toBe('FORBIDDEN');
    expect(errorCode(await attempt(GIVE, { input }, token('yusuf')))).toBe('NOT_FOUND');
    expect(errorCode(await attempt(GIVE, { input }, token('outsider')))).toBe('NOT_FOUND');
    const foreignTarget = await attempt(GIVE, { input: { ...input, targetId: line.plans.yusuf!.targets[0]!.id } }, token('kapus'));
    expect(errorCode(foreignTarget)).toBe('BAD_USER_INPUT');
    expect(foreignTarget.errors![0]!.extensions.field).toBe('input.targetId');
    const short = await attempt(GIVE, { input: { ...input, text: 'ok' } }, token('kapus'));
    expect(short.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('lets HR give feedback on a plan without an appraiser (the head of the agency)', async () => {
    await run(GIVE, { input: { planId: line.plans.kadis!.id, type: 'APRESIASI', text: 'Capaian dinas di atas target' } });
    expect(
      errorCode(await attempt(GIVE, { input: { planId: line.plans.kadis!.id, type: 'ARAHAN', text: 'Arahan' } }, token('kapus'))),
    ).toBe('NOT_FOUND');
  });
});

describe('reading feedback with plans', () => {
  it('loads the feedback of a list of plans in a bounded number of statements', async () => {
    await run(GIVE, { input: { planId: line.plans.yusuf!.id, type: 'PERBAIKAN', text: 'Lengkapi bukti dukung' } }, token('kapus'));
    await run(GIVE, { input: { planId: line.plans.kapus!.id, type: 'ARAHAN', text: 'Pantau antrean layanan' } }, token('kadis'));
    // Siti's plan alone: its feedback has an author and a target, so every batch is exercised with one plan too.
    const one = await attempt(PLANS(1, 1));
    const all = await attempt<{ performancePlans: { nodes: { employee: { name: string }; feedback: unknown[] }[] } }>(PLANS(100));
    expect(all.errors).toBeUndefined();
    expect(all.data!.performancePlans.nodes.map((p) => [p.employee.name, p.feedback.length])).toEqual([
      ['Hendra Saputra', 1],
      ['Siti Aminah', 2],
      ['Sri Wahyuni', 1],
      ['Yusuf Effendi', 1],
    ]);
    // Four plans cost no more than one (fewer, even: the authors are among the plans' employees already loaded).
    expect(all.sqlStatements).toBeGreaterThan(0);
    expect(all.sqlStatements).toBeLessThanOrEqual(one.sqlStatements);
  });
});

describe('a closed period', () => {
  it('takes no more feedback', async () => {
    await app.sql(`update appraisal_periods set status = 'CLOSED' where id = ?`, [
      fromGlobalId(line.ids.quarter!, 'AppraisalPeriod', 'id'),
    ]);
    const before = await databaseFingerprint(app);
    const late = await attempt(GIVE, { input: { planId: line.plans.siti!.id, type: 'ARAHAN', text: 'Terlambat' } }, token('kapus'));
    expect(late.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERIOD_CLOSED' });
    expect(await databaseFingerprint(app)).toBe(before);
  });
});
