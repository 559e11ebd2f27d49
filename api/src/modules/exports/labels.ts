/** The languages of exported documents: Indonesian by default, English on request (`lang=en`). */
export type ExportLanguage = 'id' | 'en';

export const exportLanguage = (value: unknown): ExportLanguage => (value === 'en' ? 'en' : 'id');

/** Words for enum values in both languages; an unknown value falls back to itself in words. */
const WORDS: Record<string, { id: string; en: string }> = {
  // Predicates and ratings (PermenPAN-RB 6/2022).
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very good' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
  DI_ATAS_EKSPEKTASI: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
  SESUAI_EKSPEKTASI: { id: 'Sesuai Ekspektasi', en: 'As expected' },
  DI_BAWAH_EKSPEKTASI: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
  // Plans, evaluations, enrolments, cases, complaints.
  DRAFT: { id: 'Draf', en: 'Draft' },
  SUBMITTED: { id: 'Diajukan', en: 'Submitted' },
  RETURNED: { id: 'Dikembalikan', en: 'Returned' },
  APPROVED: { id: 'Disetujui', en: 'Approved' },
  CONFIRMED: { id: 'Dikonfirmasi', en: 'Confirmed' },
  ACKNOWLEDGED: { id: 'Diterima pegawai', en: 'Acknowledged' },
  OBJECTED: { id: 'Keberatan', en: 'Objected' },
  DECIDED: { id: 'Diputuskan', en: 'Decided' },
  REGISTERED: { id: 'Terdaftar', en: 'Registered' },
  WAITLISTED: { id: 'Daftar tunggu', en: 'Waitlisted' },
  ATTENDED: { id: 'Hadir', en: 'Attended' },
  COMPLETED: { id: 'Selesai', en: 'Completed' },
  FAILED: { id: 'Tidak lulus', en: 'Failed' },
  CANCELLED: { id: 'Dibatalkan', en: 'Cancelled' },
  PROPOSED: { id: 'Diusulkan', en: 'Proposed' },
  EXAMINED: { id: 'Diperiksa', en: 'Examined' },
  ACTIVE: { id: 'Berjalan', en: 'Active' },
  REVOKED: { id: 'Dicabut', en: 'Revoked' },
  ANNULLED: { id: 'Dibatalkan (banding)', en: 'Annulled' },
  RECEIVED: { id: 'Diterima', en: 'Received' },
  VERIFIED: { id: 'Diverifikasi', en: 'Verified' },
  ASSIGNED: { id: 'Didisposisikan', en: 'Assigned' },
  IN_PROGRESS: { id: 'Ditindaklanjuti', en: 'In progress' },
  RESOLVED: { id: 'Selesai ditangani', en: 'Resolved' },
  REJECTED: { id: 'Ditolak', en: 'Rejected' },
  CLOSED: { id: 'Ditutup', en: 'Closed' },
  PENGADUAN: { id: 'Pengaduan', en: 'Complaint' },
  ASPIRASI: { id: 'Aspirasi', en: 'Suggestion' },
  PERMINTAAN_INFORMASI: { id: 'Permintaan informasi', en: 'Information request' },
  WEB: { id: 'Web', en: 'Web' },
  SMS: { id: 'SMS', en: 'SMS' },
  PHONE: { id: 'Telepon', en: 'Phone' },
  IN_PERSON: { id: 'Datang langsung', en: 'In person' },
  LAPOR: { id: 'SP4N-LAPOR!', en: 'SP4N-LAPOR!' },
  AKTIF: { id: 'Aktif', en: 'Active' },
  CUTI: { id: 'Cuti', en: 'On leave' },
  TUGAS_BELAJAR: { id: 'Tugas belajar', en: 'Study leave' },
  PENSIUN: { id: 'Pensiun', en: 'Retired' },
  BERHENTI: { id: 'Berhenti', en: 'Left service' },
  RINGAN: { id: 'Ringan', en: 'Light' },
  SEDANG: { id: 'Sedang', en: 'Moderate' },
  BERAT: { id: 'Berat', en: 'Severe' },
};

/** An enum value in words, e.g. `BUTUH_PERBAIKAN` -> "Butuh Perbaikan"; empty for none. */
export function word(value: string | null | undefined, lang: ExportLanguage): string {
  if (!value) return '';
  const known = WORDS[value];
  if (known) return known[lang];
  return value
    .toLowerCase()
    .split('_')
    .map((part, index) => (index === 0 ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join(' ');
}
