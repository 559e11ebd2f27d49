import { registerEnumType } from 'type-graphql';

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum AgeBand {
  UNDER_20 = 'UNDER_20',
  AGE_20_29 = 'AGE_20_29',
  AGE_30_39 = 'AGE_30_39',
  AGE_40_49 = 'AGE_40_49',
  AGE_50_59 = 'AGE_50_59',
  AGE_60_PLUS = 'AGE_60_PLUS',
}

export enum Education {
  SD = 'SD',
  SMP = 'SMP',
  SMA = 'SMA',
  DIPLOMA = 'DIPLOMA',
  S1 = 'S1',
  S2 = 'S2',
  S3 = 'S3',
}

export enum Occupation {
  PNS = 'PNS',
  TNI = 'TNI',
  POLRI = 'POLRI',
  SWASTA = 'SWASTA',
  WIRAUSAHA = 'WIRAUSAHA',
  PELAJAR_MAHASISWA = 'PELAJAR_MAHASISWA',
  LAINNYA = 'LAINNYA',
}

export enum ComplaintChannel {
  WEB = 'WEB',
  SMS = 'SMS',
  PHONE = 'PHONE',
  IN_PERSON = 'IN_PERSON',
  LAPOR = 'LAPOR',
}

/** The SP4N-LAPOR! classification (PermenPANRB 62/2018). */
export enum ComplaintCategory {
  ASPIRASI = 'ASPIRASI',
  PENGADUAN = 'PENGADUAN',
  PERMINTAAN_INFORMASI = 'PERMINTAAN_INFORMASI',
}

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  VERIFIED = 'VERIFIED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
}

/** Statuses in which someone still owes the reporter an answer (and which can be overdue). */
export const OPEN_COMPLAINT_STATUSES = [
  ComplaintStatus.RECEIVED,
  ComplaintStatus.VERIFIED,
  ComplaintStatus.ASSIGNED,
  ComplaintStatus.IN_PROGRESS,
] as const;

registerEnumType(SurveyStatus, {
  name: 'SurveyStatus',
  description: 'Stage of a satisfaction survey: DRAFT -> OPEN -> CLOSED.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; its elements may still change.' },
    OPEN: { description: 'Takes responses from the public on the days of its period.' },
    CLOSED: { description: 'No more responses; its IKM feeds the indicators with data source SURVEY.' },
  },
});
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Age band of a respondent (usia).',
  valuesConfig: {
    UNDER_20: { description: 'Under 20.' },
    AGE_20_29: { description: '20 to 29.' },
    AGE_30_39: { description: '30 to 39.' },
    AGE_40_49: { description: '40 to 49.' },
    AGE_50_59: { description: '50 to 59.' },
    AGE_60_PLUS: { description: '60 or older.' },
  },
});
registerEnumType(Education, {
  name: 'Education',
  description: 'Highest education of a respondent (pendidikan).',
  valuesConfig: {
    SD: { description: 'Primary school or less (SD ke bawah).' },
    SMP: { description: 'Junior secondary (SMP).' },
    SMA: { description: 'Senior secondary (SMA/SMK).' },
    DIPLOMA: { description: 'Diploma (D1-D4).' },
    S1: { description: "Bachelor's degree (S1)." },
    S2: { description: "Master's degree (S2)." },
    S3: { description: 'Doctorate (S3).' },
  },
});
registerEnumType(Occupation, {
  name: 'Occupation',
  description: 'Main occupation of a respondent (pekerjaan utama).',
  valuesConfig: {
    PNS: { description: 'Civil servant (PNS).' },
    TNI: { description: 'Armed forces (TNI).' },
    POLRI: { description: 'Police (POLRI).' },
    SWASTA: { description: 'Private-sector employee (swasta).' },
    WIRAUSAHA: { description: 'Self-employed (wirausaha).' },
    PELAJAR_MAHASISWA: { description: 'Pupil or student (pelajar/mahasiswa).' },
    LAINNYA: { description: 'Other (lainnya).' },
  },
});
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: 'How a complaint arrived.',
  valuesConfig: {
    WEB: { description: 'The public web form.' },
    SMS: { description: 'Text message, recorded by staff.' },
    PHONE: { description: 'Telephone, recorded by staff.' },
    IN_PERSON: { description: 'At the counter, recorded by staff.' },
    LAPOR: { description: 'Forwarded from SP4N-LAPOR!, recorded by staff.' },
  },
});
registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory',
  description: 'Classification of a report, SP4N-LAPOR! (PermenPANRB 62/2018).',
  valuesConfig: {
    ASPIRASI: { description: 'A suggestion (aspirasi).' },
    PENGADUAN: { description: 'A complaint (pengaduan).' },
    PERMINTAAN_INFORMASI: { description: 'A request for information (permintaan informasi).' },
  },
});
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: 'Stage of a complaint: RECEIVED -> VERIFIED -> ASSIGNED -> IN_PROGRESS -> RESOLVED -> CLOSED, or REJECTED with a reason.',
  valuesConfig: {
    RECEIVED: { description: 'Filed; waiting for verification (due within the verification deadline).' },
    VERIFIED: { description: 'Checked and accepted by the complaint handlers; to be forwarded to a unit.' },
    ASSIGNED: { description: 'Forwarded to a unit, optionally to an officer (follow-up deadline running).' },
    IN_PROGRESS: { description: 'The unit works on it.' },
    RESOLVED: { description: 'Answered; closes after the reporter had time to reply.' },
    CLOSED: { description: 'Finished.' },
    REJECTED: { description: 'Not taken up (out of authority, incomplete, ...), with the reason shown to the reporter.' },
  },
});
