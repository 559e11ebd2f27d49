/** The statuses of a day, with the short code and colour the grid shows them in. */
export const ATTENDANCE_STATUSES = ['HADIR', 'IZIN', 'SAKIT', 'CUTI', 'DINAS_LUAR', 'TUGAS_BELAJAR', 'TANPA_KETERANGAN'] as const;

export const STATUS_COLOURS: Record<string, string> = {
  HADIR: '#c8e6c9',
  IZIN: '#fff9c4',
  SAKIT: '#ffe0b2',
  CUTI: '#bbdefb',
  DINAS_LUAR: '#d1c4e9',
  TUGAS_BELAJAR: '#b2ebf2',
  TANPA_KETERANGAN: '#ffcdd2',
};

export const attendanceStatusChoices = ATTENDANCE_STATUSES.map((id) => ({ id, name: `resources.attendanceRecords.status.${id}` }));
