import type { AgeBand, ComplaintCategory, ComplaintStatus, Education, Gender, Occupation } from '../gql/graphql';

// The citizen's page in Indonesian (default) and English. It has no login and none of the
// console's react-admin machinery, so it keeps its own small dictionary; the choice is kept in
// the browser, and the console's choice (react-admin's store) is the default when there is none.

export type PublicLocale = 'id' | 'en';

export const PUBLIC_LOCALES: [PublicLocale, string][] = [
  ['id', 'Bahasa Indonesia'],
  ['en', 'English'],
];

const id = {
  title: 'Layanan Publik',
  intro: 'Sampaikan penilaian Anda atas pelayanan kami, atau laporkan keluhan dan aspirasi Anda.',
  language: 'Bahasa',
  'tabs.survey': 'Survei Kepuasan',
  'tabs.complaint': 'Pengaduan',
  'tabs.track': 'Lacak Pengaduan',
  notGiven: 'Tidak diisi',
  'survey.code': 'Kode survei',
  'survey.open': 'Buka survei',
  'survey.form': 'Survei kepuasan',
  'survey.openUntil': 'dibuka sampai %{date}',
  'survey.unanswered': 'Mohon jawab semua pertanyaan (belum dijawab: %{elements}).',
  'survey.thanks': 'Terima kasih! Jawaban Anda sudah kami terima.',
  'survey.profile': 'Data responden (tidak wajib)',
  'survey.ageBand': 'Usia',
  'survey.gender': 'Jenis kelamin',
  'survey.education': 'Pendidikan',
  'survey.occupation': 'Pekerjaan',
  'survey.servedBy': 'Petugas yang melayani',
  'survey.comment': 'Saran dan masukan',
  'survey.characters': '%{count}/%{max} karakter',
  'survey.submit': 'Kirim jawaban',
  'complaint.form': 'Pengaduan',
  'complaint.agencyCode': 'Kode instansi',
  'complaint.category': 'Jenis laporan',
  'complaint.service': 'Layanan yang dilaporkan',
  'complaint.subject': 'Judul',
  'complaint.description': 'Uraian',
  'complaint.location': 'Lokasi',
  'complaint.reporter': 'Identitas pelapor (tidak wajib, hanya dilihat petugas pengelola pengaduan)',
  'complaint.reporterName': 'Nama',
  'complaint.reporterContact': 'Kontak (telepon/surel)',
  'complaint.submit': 'Kirim laporan',
  'complaint.received': 'Laporan Anda sudah diterima. Simpan kode pelacakan ini:',
  'complaint.due': 'Batas waktu tindak lanjut: %{date}.',
  'track.code': 'Kode pelacakan',
  'track.submit': 'Lacak',
  'track.status': 'Status',
  'track.receivedOn': 'Diterima: %{date}',
  'track.dueDate': 'Batas waktu: %{date}',
  'track.rejectionReason': 'Alasan penolakan: %{reason}',
  'track.responses': 'Tanggapan',
  'error.unknown': 'Terjadi kesalahan. Silakan coba lagi.',
  'error.tooMany': 'Terlalu banyak kiriman dari alamat Anda. Silakan coba lagi dalam %{minutes} menit.',
  'error.duplicate': 'Isian yang sama sudah kami terima dari alamat Anda hari ini.',
  'error.tokenUsed': 'Formulir ini sudah dikirim. Muat ulang halaman untuk mengisi lagi.',
  'error.surveyNotOpen': 'Survei ini sedang tidak dibuka.',
  'error.refused': 'Permintaan ditolak: %{message}',
  'error.notFound': 'Data tidak ditemukan. Periksa kembali tautan atau kode Anda.',
  'error.expired': 'Formulir sudah kedaluwarsa. Muat ulang halaman untuk mengisi lagi.',
  'error.badInput': 'Isian belum benar: %{message}',
  'error.trackingFormat': 'Kode pelacakan berbentuk seperti ADU-7K3M-9QXR-2HTB.',
  'error.network': 'Tidak dapat terhubung ke server. Periksa koneksi Anda.',
  'ageBand.UNDER_20': 'Di bawah 20 tahun',
  'ageBand.AGE_20_29': '20-29 tahun',
  'ageBand.AGE_30_39': '30-39 tahun',
  'ageBand.AGE_40_49': '40-49 tahun',
  'ageBand.AGE_50_59': '50-59 tahun',
  'ageBand.AGE_60_PLUS': '60 tahun ke atas',
  'gender.MALE': 'Laki-laki',
  'gender.FEMALE': 'Perempuan',
  'education.SD': 'SD',
  'education.SMP': 'SMP',
  'education.SMA': 'SMA/SMK',
  'education.DIPLOMA': 'Diploma',
  'education.S1': 'S1',
  'education.S2': 'S2',
  'education.S3': 'S3',
  'occupation.PNS': 'PNS',
  'occupation.TNI': 'TNI',
  'occupation.POLRI': 'POLRI',
  'occupation.SWASTA': 'Swasta',
  'occupation.WIRAUSAHA': 'Wirausaha',
  'occupation.PELAJAR_MAHASISWA': 'Pelajar/Mahasiswa',
  'occupation.LAINNYA': 'Lainnya',
  'category.PENGADUAN': 'Pengaduan',
  'category.ASPIRASI': 'Aspirasi',
  'category.PERMINTAAN_INFORMASI': 'Permintaan informasi',
  'status.RECEIVED': 'Diterima',
  'status.VERIFIED': 'Diverifikasi',
  'status.ASSIGNED': 'Diteruskan ke unit',
  'status.IN_PROGRESS': 'Sedang ditindaklanjuti',
  'status.RESOLVED': 'Selesai ditindaklanjuti',
  'status.CLOSED': 'Ditutup',
  'status.REJECTED': 'Ditolak',
} as const;

export type PublicKey = keyof typeof id;

const en: Record<PublicKey, string> = {
  title: 'Public Services',
  intro: 'Tell us what you think of our service, or report a complaint or a suggestion.',
  language: 'Language',
  'tabs.survey': 'Satisfaction Survey',
  'tabs.complaint': 'Complaint',
  'tabs.track': 'Track a Complaint',
  notGiven: 'Not given',
  'survey.code': 'Survey code',
  'survey.open': 'Open the survey',
  'survey.form': 'Satisfaction survey',
  'survey.openUntil': 'open until %{date}',
  'survey.unanswered': 'Please answer every question (not answered yet: %{elements}).',
  'survey.thanks': 'Thank you! We have received your answers.',
  'survey.profile': 'About you (optional)',
  'survey.ageBand': 'Age',
  'survey.gender': 'Gender',
  'survey.education': 'Education',
  'survey.occupation': 'Occupation',
  'survey.servedBy': 'Officer who served you',
  'survey.comment': 'Suggestions and feedback',
  'survey.characters': '%{count}/%{max} characters',
  'survey.submit': 'Send answers',
  'complaint.form': 'Complaint',
  'complaint.agencyCode': 'Agency code',
  'complaint.category': 'Kind of report',
  'complaint.service': 'Service concerned',
  'complaint.subject': 'Subject',
  'complaint.description': 'Description',
  'complaint.location': 'Location',
  'complaint.reporter': 'Who you are (optional, seen only by the officers handling complaints)',
  'complaint.reporterName': 'Name',
  'complaint.reporterContact': 'Contact (phone/e-mail)',
  'complaint.submit': 'Send report',
  'complaint.received': 'Your report has been received. Keep this tracking code:',
  'complaint.due': 'Follow-up due by %{date}.',
  'track.code': 'Tracking code',
  'track.submit': 'Track',
  'track.status': 'Status',
  'track.receivedOn': 'Received: %{date}',
  'track.dueDate': 'Due: %{date}',
  'track.rejectionReason': 'Reason for rejection: %{reason}',
  'track.responses': 'Responses',
  'error.unknown': 'Something went wrong. Please try again.',
  'error.tooMany': 'Too many submissions from your address. Please try again in %{minutes} minutes.',
  'error.duplicate': 'We already received the same submission from your address today.',
  'error.tokenUsed': 'This form has already been sent. Reload the page to fill it in again.',
  'error.surveyNotOpen': 'This survey is not open at the moment.',
  'error.refused': 'The request was refused: %{message}',
  'error.notFound': 'Nothing found. Please check your link or code.',
  'error.expired': 'The form has expired. Reload the page to fill it in again.',
  'error.badInput': 'Some input is not right: %{message}',
  'error.trackingFormat': 'A tracking code looks like ADU-7K3M-9QXR-2HTB.',
  'error.network': 'Cannot reach the server. Please check your connection.',
  'ageBand.UNDER_20': 'Under 20',
  'ageBand.AGE_20_29': '20-29 years',
  'ageBand.AGE_30_39': '30-39 years',
  'ageBand.AGE_40_49': '40-49 years',
  'ageBand.AGE_50_59': '50-59 years',
  'ageBand.AGE_60_PLUS': '60 years or older',
  'gender.MALE': 'Male',
  'gender.FEMALE': 'Female',
  'education.SD': 'Primary school (SD)',
  'education.SMP': 'Junior high school (SMP)',
  'education.SMA': 'Senior high school (SMA/SMK)',
  'education.DIPLOMA': 'Diploma',
  'education.S1': "Bachelor's degree (S1)",
  'education.S2': "Master's degree (S2)",
  'education.S3': 'Doctorate (S3)',
  'occupation.PNS': 'Civil servant (PNS)',
  'occupation.TNI': 'Armed forces (TNI)',
  'occupation.POLRI': 'Police (POLRI)',
  'occupation.SWASTA': 'Private sector',
  'occupation.WIRAUSAHA': 'Self-employed',
  'occupation.PELAJAR_MAHASISWA': 'Student',
  'occupation.LAINNYA': 'Other',
  'category.PENGADUAN': 'Complaint',
  'category.ASPIRASI': 'Suggestion',
  'category.PERMINTAAN_INFORMASI': 'Request for information',
  'status.RECEIVED': 'Received',
  'status.VERIFIED': 'Verified',
  'status.ASSIGNED': 'Passed to the unit',
  'status.IN_PROGRESS': 'Being followed up',
  'status.RESOLVED': 'Followed up',
  'status.CLOSED': 'Closed',
  'status.REJECTED': 'Rejected',
};

export const PUBLIC_MESSAGES: Record<PublicLocale, Record<PublicKey, string>> = { id, en };

export const AGE_BANDS: AgeBand[] = ['UNDER_20', 'AGE_20_29', 'AGE_30_39', 'AGE_40_49', 'AGE_50_59', 'AGE_60_PLUS'];
export const GENDERS: Gender[] = ['MALE', 'FEMALE'];
export const EDUCATIONS: Education[] = ['SD', 'SMP', 'SMA', 'DIPLOMA', 'S1', 'S2', 'S3'];
export const OCCUPATIONS: Occupation[] = ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'PELAJAR_MAHASISWA', 'LAINNYA'];
export const COMPLAINT_CATEGORIES: ComplaintCategory[] = ['PENGADUAN', 'ASPIRASI', 'PERMINTAAN_INFORMASI'];
export const COMPLAINT_STATUSES: ComplaintStatus[] = ['RECEIVED', 'VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED'];

export type Translate = (key: PublicKey, params?: Record<string, string | number>) => string;

/** The sentences of one language, "%{name}" filled in from params. */
export const translatorFor =
  (locale: PublicLocale): Translate =>
  (key, params = {}) =>
    PUBLIC_MESSAGES[locale][key].replace(/%\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Where the page remembers the language chosen. */
export const PUBLIC_LOCALE_KEY = 'kinerja.public.locale';
/** Where the console (react-admin's store) keeps its language, as JSON. */
const CONSOLE_LOCALE_KEY = 'RaStore.locale';

const isLocale = (value: unknown): value is PublicLocale => value === 'id' || value === 'en';

/** The language to start in: the page's own choice, else the console's, else Indonesian. */
export const initialLocale = (storage: Pick<Storage, 'getItem'> | undefined): PublicLocale => {
  try {
    const own = storage?.getItem(PUBLIC_LOCALE_KEY);
    if (isLocale(own)) return own;
    const fromConsole: unknown = JSON.parse(storage?.getItem(CONSOLE_LOCALE_KEY) ?? 'null');
    return isLocale(fromConsole) ? fromConsole : 'id';
  } catch {
    return 'id';
  }
};

/** Intl locale of a page language: Indonesian formats, or British English ones. */
export const intlLocaleOf = (locale: PublicLocale): string => (locale === 'en' ? 'en-GB' : 'id-ID');
