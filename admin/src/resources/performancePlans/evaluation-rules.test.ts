import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../../api/src/access/policy';
import { Role } from '../../../../api/src/access/role';
import {
  evaluationActionsFor,
  overallBehaviour,
  toEvaluationFormValues,
  toSaveEvaluationInput,
  unratedValues,
  validateObjectionReason,
  validateOverrideReason,
  validateUpheldPredicate,
  type EvaluationParties,
} from './evaluation-rules';

const plan = (overrides: Partial<EvaluationParties> = {}): EvaluationParties => ({
  status: 'APPROVED',
  employeeId: 'siti',
  appraiserId: 'budi',
  appraiserSuperiorId: 'hendra',
  periodStatus: 'EVALUATION',
  evaluation: null,
  ...overrides,
});
const siti = { employeeId: 'siti', permissions: permissionsOf([Role.EMPLOYEE]) };
const budi = { employeeId: 'budi', permissions: permissionsOf([Role.SUPERVISOR]) };
const hendra = { employeeId: 'hendra', permissions: permissionsOf([Role.SUPERVISOR]) };
const hr = { employeeId: null, permissions: permissionsOf([Role.HR_OFFICER]) };
const TODAY = '2026-11-24';

describe('who may do what on an evaluation', () => {
  it('lets the appraiser rate and confirm while the period is EVALUATION, and nobody else', () => {
    expect(evaluationActionsFor(plan(), budi, TODAY)).toMatchObject({ rate: true, confirm: false, giveFeedback: true });
    expect(evaluationActionsFor(plan({ evaluation: { status: 'DRAFT' } }), budi, TODAY)).toMatchObject({ rate: true, confirm: true });
    for (const actor of [siti, hendra, hr]) expect(evaluationActionsFor(plan(), actor, TODAY).rate).toBe(false);
    expect(evaluationActionsFor(plan({ periodStatus: 'MONITORING' }), budi, TODAY).rate).toBe(false);
    expect(evaluationActionsFor(plan({ status: 'SUBMITTED' }), budi, TODAY).rate).toBe(false);
    expect(evaluationActionsFor(plan({ evaluation: { status: 'CONFIRMED' } }), budi, TODAY).rate).toBe(false);
  });

  it('lets HR rate a plan without an appraiser, and decide for a plan without a superior', () => {
    const head = plan({ appraiserId: null, appraiserSuperiorId: null, evaluation: { status: 'OBJECTED' } });
    expect(evaluationActionsFor({ ...head, evaluation: null }, hr, TODAY).rate).toBe(true);
    expect(evaluationActionsFor(head, hr, TODAY)).toMatchObject({ decide: true, review: true, giveFeedback: true });
  });

  it('gives the employee accept and object until the deadline, the superior decide and review', () => {
    const confirmed = plan({ evaluation: { status: 'CONFIRMED', objectionDeadline: '2026-12-08' } });
    expect(evaluationActionsFor(confirmed, siti, TODAY)).toMatchObject({
      acknowledge: true,
      object: true,
      decide: false,
      giveFeedback: false,
    });
    expect(evaluationActionsFor(confirmed, siti, '2026-12-09')).toMatchObject({ acknowledge: true, object: false });
    expect(evaluationActionsFor(confirmed, hendra, TODAY)).toMatchObject({
      review: true,
      decide: false,
      object: false,
      giveFeedback: true,
    });
    expect(evaluationActionsFor(plan({ evaluation: { status: 'OBJECTED' } }), hendra, TODAY)).toMatchObject({ decide: true });
    expect(evaluationActionsFor(plan({ evaluation: { status: 'OBJECTED' } }), budi, TODAY).decide).toBe(false);
    expect(evaluationActionsFor(plan({ evaluation: { status: 'DECIDED' } }), hendra, TODAY)).toMatchObject({
      decide: false,
      review: false,
    });
  });

  it('allows nothing once the period is closed', () => {
    const closed = plan({ periodStatus: 'CLOSED', evaluation: { status: 'CONFIRMED' } });
    for (const actor of [siti, budi, hendra, hr])
      expect(Object.values(evaluationActionsFor(closed, actor, TODAY)).some(Boolean)).toBe(false);
  });
});

describe('the evaluation form', () => {
  const values = [
    { code: 'BERORIENTASI_PELAYANAN', name: 'Berorientasi Pelayanan' },
    { code: 'AKUNTABEL', name: 'Akuntabel' },
    { code: 'KOMPETEN', name: 'Kompeten' },
  ];

  it('derives the overall behaviour rating like the API, once every value is rated', () => {
    expect(overallBehaviour(['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI'])).toBe('DI_ATAS_EKSPEKTASI');
    expect(overallBehaviour(['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'])).toBe('SESUAI_EKSPEKTASI');
    expect(overallBehaviour(['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'])).toBe('DI_BAWAH_EKSPEKTASI');
    expect(overallBehaviour(['SESUAI_EKSPEKTASI', null])).toBeNull();
    expect(overallBehaviour([])).toBeNull();
  });

  it("starts with a row per value of the agency and the draft's ratings and notes", () => {
    expect(
      toEvaluationFormValues(values, {
        behaviourRatings: [{ code: 'AKUNTABEL', rating: 'SESUAI_EKSPEKTASI', note: 'Tepat waktu' }],
        overrideReason: null,
        note: 'Baik',
      }),
    ).toEqual({
      behaviour: [
        { code: 'BERORIENTASI_PELAYANAN', rating: null, note: '' },
        { code: 'AKUNTABEL', rating: 'SESUAI_EKSPEKTASI', note: 'Tepat waktu' },
        { code: 'KOMPETEN', rating: null, note: '' },
      ],
      behaviourRating: null,
      resultRating: null,
      overrideReason: '',
      note: 'Baik',
    });
  });

  it('sends the rated values, the overrides only when chosen, the reason only with one, and the version when changing', () => {
    const form = {
      behaviour: [
        { code: 'BERORIENTASI_PELAYANAN', rating: 'DI_ATAS_EKSPEKTASI', note: '  Ramah  ' },
        { code: 'AKUNTABEL', rating: null, note: 'x' },
      ],
      behaviourRating: null,
      resultRating: null,
      overrideReason: 'tidak dipakai karena tidak ada penetapan',
      note: ' ',
    };
    expect(toSaveEvaluationInput('p1', undefined, form)).toEqual({
      planId: 'p1',
      behaviour: [{ code: 'BERORIENTASI_PELAYANAN', rating: 'DI_ATAS_EKSPEKTASI', note: 'Ramah' }],
      behaviourRating: null,
      resultRating: null,
      overrideReason: null,
      note: null,
    });
    expect(toSaveEvaluationInput('p1', 3, { ...form, resultRating: 'SESUAI_EKSPEKTASI' })).toMatchObject({
      version: 3,
      resultRating: 'SESUAI_EKSPEKTASI',
      overrideReason: 'tidak dipakai karena tidak ada penetapan',
    });
    expect(unratedValues(form as never, values)).toEqual(['Akuntabel', 'Kompeten']);
    expect(unratedValues({ ...form, behaviourRating: 'SESUAI_EKSPEKTASI' } as never, values)).toEqual([]);
  });

  it('asks for the reasons the API asks for', () => {
    expect(validateOverrideReason('pendek', { resultRating: 'DI_ATAS_EKSPEKTASI' }, {})).toBe(
      'resources.performancePlans.evaluation.validation.overrideReason',
    );
    expect(validateOverrideReason('', {}, {})).toBeUndefined();
    expect(validateOverrideReason('Kinerja luar biasa saat banjir', { behaviourRating: 'DI_ATAS_EKSPEKTASI' }, {})).toBeUndefined();
    expect(validateObjectionReason('Terlalu', {}, {})).toMatchObject({ args: { min: 10 } });
    expect(validateObjectionReason('Pelatihan dibatalkan penyelenggara', {}, {})).toBeUndefined();
    const predicate = validateUpheldPredicate('BAIK');
    expect(predicate(null, { decision: 'UPHELD' }, {})).toBe('resources.performancePlans.evaluation.validation.predicateRequired');
    expect(predicate('BAIK', { decision: 'UPHELD' }, {})).toBe('resources.performancePlans.evaluation.validation.predicateSame');
    expect(predicate('SANGAT_BAIK', { decision: 'UPHELD' }, {})).toBeUndefined();
    expect(predicate(null, { decision: 'REJECTED' }, {})).toBeUndefined();
  });
});
