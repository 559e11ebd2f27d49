import { afterEach, describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n';
import { detailKeyOf, reasonMessage, toHttpError } from './errors';

/** A refusal as the API answers it (one GraphQL error). */
const refusal = (message: string, extensions: Record<string, unknown>) => ({ graphQLErrors: [{ message, extensions }] });

describe('refusals in the console language', () => {
  afterEach(async () => {
    await i18nProvider.changeLocale('id');
  });

  it('say the status values of workflow refusals in words, through the enum the API names', async () => {
    const transition = refusal('A IN_PROGRESS complaint cannot become VERIFIED (only from RECEIVED)', {
      code: 'CONFLICT',
      field: 'input.id',
      reason: 'STATUS_TRANSITION',
      params: { from: 'IN_PROGRESS', to: 'VERIFIED', statusType: 'ComplaintStatus' },
    });
    expect(toHttpError(transition).message).toBe('Status Ditindaklanjuti tidak dapat menjadi Diverifikasi');
    const wrong = { code: 'CONFLICT', reason: 'WRONG_STATUS', params: { status: 'CLOSED', statusType: 'PeriodStatus' } };
    expect(toHttpError(refusal('Only a DRAFT period can be deleted (it is CLOSED)', { ...wrong, field: 'input.id' })).message).toBe(
      'Tidak dapat dilakukan pada status Ditutup',
    );
    await i18nProvider.changeLocale('en');
    const english = toHttpError(transition).message;
    expect(english).toBe('Status In progress cannot become Verified');
    expect(english).not.toContain('IN_PROGRESS');
  });

  it('say a status refusal without a reason of its own (STATE_CONFLICT) by its status, else keep the English sentence', () => {
    expect(
      reasonMessage('STATE_CONFLICT', { status: 'SUBMITTED', statusType: 'WorkReportStatus' }, 'An approved report can no longer change'),
    ).toBe('Langkah ini tidak dapat dilakukan pada status Diajukan');
    expect(reasonMessage('STATE_CONFLICT', {}, 'The session was cancelled')).toBe('The session was cancelled');
  });

  it('keep a status the console has no words for as the API wrote it', () => {
    expect(reasonMessage('WRONG_STATUS', { status: 'ARCHIVED', statusType: 'PeriodStatus' }, 'x')).toBe(
      'Tidak dapat dilakukan pada status ARCHIVED',
    );
    expect(reasonMessage('WRONG_STATUS', { status: 'LOCKED' }, 'x')).toBe('Tidak dapat dilakukan pada status LOCKED');
  });

  it('say why a NIP is invalid, every problem of it on the NIP field, in both languages', async () => {
    const problems = [
      { part: 'BIRTH_DATE', detail: 'BIRTH_DATE_NOT_A_DAY', date: '1980-02-30' },
      { part: 'GENDER', detail: 'GENDER_DIGIT', digit: '3' },
    ];
    const invalid = refusal('Invalid NIP: birth date 1980-02-30 does not exist; gender digit 3 must be 1 (male) or 2 (female)', {
      code: 'BAD_USER_INPUT',
      field: 'input.nip',
      reason: 'INVALID_NIP',
      params: problems[0],
      fields: problems.map((params) => ({ field: 'input.nip', message: 'x', reason: 'INVALID_NIP', params })),
    });
    expect(toHttpError(invalid).body.errors).toEqual({
      nip: 'NIP tidak valid: tanggal lahir 1980-02-30 tidak ada; NIP tidak valid: digit jenis kelamin 3 harus 1 (laki-laki) atau 2 (perempuan)',
    });
    await i18nProvider.changeLocale('en');
    expect(toHttpError(invalid).message).toBe('Invalid NIP: the birth date 1980-02-30 does not exist');
  });

  it('write the dates of a refusal in the console language, and say the limit when the API gives it', async () => {
    expect(reasonMessage('DATE_TOO_EARLY', { min: '2026-03-05' }, 'x')).toBe('Tanggal ini terlalu awal (paling awal 5 Maret 2026)');
    expect(reasonMessage('DATE_TOO_EARLY', {}, 'x')).toBe('Tanggal ini terlalu awal');
    expect(reasonMessage('IN_THE_FUTURE', { date: '2099-01-02' }, 'x')).toBe('Tanggal 2 Januari 2099 masih di masa depan');
    expect(reasonMessage('SUPERSEDED', { revision: 3 }, 'x')).toBe('Revisi 3 sudah digantikan; pilih revisi terbaru');
    expect(reasonMessage('DATE_OUTSIDE', { from: '2026-01-01', to: '2026-03-31' }, 'x')).toBe(
      'Harus antara 1 Januari 2026 dan 31 Maret 2026',
    );
    await i18nProvider.changeLocale('en');
    expect(reasonMessage('DATE_TOO_LATE', { max: '2026-12-31' }, 'x')).toBe('This date is too late (31 December 2026 at the latest)');
  });

  it('choose the finer sentence by params.detail, else by the names of the params given', () => {
    expect(detailKeyOf('INVALID_NIP', { part: 'TMT', detail: 'TMT_MONTH', month: '13' })).toBe('errors.details.INVALID_NIP.TMT_MONTH');
    expect(detailKeyOf('DATE_TOO_EARLY', { min: '2026-01-01' })).toBe('errors.details.DATE_TOO_EARLY.min');
    expect(detailKeyOf('STATE_CONFLICT', { status: 'CLOSED', statusType: 'PeriodStatus' })).toBe('errors.details.STATE_CONFLICT.status');
    expect(detailKeyOf('STALE_VERSION', {})).toBeUndefined();
  });
});
