import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveSession } from '../session';
import { trainingMethods } from './training-methods';

const later = new Date(Date.now() + 3_600_000).toISOString();
const user = { id: 'VXNlcjox', username: 'hr', displayName: 'Sari', roles: ['HR_OFFICER'], agencyId: 'QWdlbmN5OjE=' };

const answer = (body: unknown) =>
  vi.fn(
    async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

const sent = (fetch: ReturnType<typeof answer>) => JSON.parse(String(fetch.mock.calls[0][1].body)) as { query: string; variables: unknown };

describe('training methods of the data provider', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    });
    saveSession({ token: 'a-token', expiresAt: later, user });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const enrollment = {
    id: 'e1',
    sessionId: 's1',
    employeeId: 'p1',
    status: 'WAITLISTED',
    version: 1,
    employee: { id: 'p1', fullName: 'Ani' },
  };

  it('enrols an employee and cancels an enrolment, telling who was promoted', async () => {
    const enrol = answer({ data: { enrollInTraining: { enrollment, promoted: [] } } });
    vi.stubGlobal('fetch', enrol);
    await expect(trainingMethods.enrollInTraining('s1', 'p1')).resolves.toEqual({ data: enrollment });
    expect(sent(enrol).variables).toEqual({ input: { sessionId: 's1', employeeId: 'p1' } });
    expect(sent(enrol).query).toContain('fragment EnrollmentAfterStep on Enrollment');

    const promoted = { ...enrollment, id: 'e2', status: 'REGISTERED' };
    const cancel = answer({ data: { cancelEnrollment: { enrollment: { ...enrollment, status: 'CANCELLED' }, promoted: [promoted] } } });
    vi.stubGlobal('fetch', cancel);
    await expect(trainingMethods.cancelEnrollment('e1', 3)).resolves.toMatchObject({ promoted: [promoted] });
    expect(sent(cancel).variables).toEqual({ input: { id: 'e1', version: 3 } });
  });

  it('records a result with only the values given, and moves a session on', async () => {
    const record = answer({ data: { recordTrainingResult: { enrollment: { ...enrollment, status: 'COMPLETED' }, promoted: [] } } });
    vi.stubGlobal('fetch', record);
    await trainingMethods.recordTrainingResult('e1', 2, { status: 'COMPLETED', score: 88.5, certificateNumber: '', jpEarned: null });
    expect(sent(record).variables).toEqual({ input: { id: 'e1', version: 2, status: 'COMPLETED', score: 88.5 } });

    const change = answer({ data: { changeTrainingSessionStatus: { session: { id: 's1', status: 'ONGOING' }, affected: [] } } });
    vi.stubGlobal('fetch', change);
    await expect(trainingMethods.changeTrainingSessionStatus('s1', 4, 'ONGOING')).resolves.toEqual({
      data: { id: 's1', status: 'ONGOING' },
    });
    expect(sent(change).variables).toEqual({ input: { id: 's1', version: 4, status: 'ONGOING' } });
  });

  it('turns an overlapping enrolment into an HttpError saying its reason in the console language', async () => {
    const message = 'Dedi is already enrolled in the session Angkatan I (ENROLLED)';
    vi.stubGlobal('fetch', answer({ errors: [{ message, extensions: { code: 'CONFLICT', reason: 'OVERLAPPING_SESSION' } }] }));
    await expect(trainingMethods.enrollInTraining('s1', 'p1')).rejects.toMatchObject({
      status: 409,
      message: `Pegawai sudah mengikuti pelatihan lain pada hari yang sama (${message})`,
    });
  });

  it('keeps the API message for a reason the console does not know', async () => {
    const message = 'Something new the console has no words for';
    vi.stubGlobal('fetch', answer({ errors: [{ message, extensions: { code: 'CONFLICT', reason: 'SOMETHING_NEW' } }] }));
    await expect(trainingMethods.enrollInTraining('s1', 'p1')).rejects.toMatchObject({ status: 409, message });
  });
});
