import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Container,
  CssBaseline,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  Tab,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import {
  publicApi,
  publicErrorMessage,
  type ComplaintStatusView,
  type DirectoryService,
  type SubmittedComplaint,
  type SurveyFormData,
} from './public-api';
import {
  AGE_BANDS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUS_LABELS,
  EDUCATIONS,
  formatDay,
  GENDERS,
  MAX_COMMENT,
  OCCUPATIONS,
  surveyResponseInput,
  unansweredElements,
  type SurveyProfile,
} from './public-rules';
import type { ComplaintCategory } from '../gql/graphql';

type Choices = [string, string][];

const Select = ({
  label,
  value,
  choices,
  onChange,
  name,
}: {
  label: string;
  value: string;
  choices: Choices;
  onChange: (value: string) => void;
  name: string;
}) => (
  <TextField select fullWidth size="small" label={label} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
    <MenuItem value="">
      <em>Tidak diisi</em>
    </MenuItem>
    {choices.map(([id, text]) => (
      <MenuItem key={id} value={id}>
        {text}
      </MenuItem>
    ))}
  </TextField>
);

/** Survei Kepuasan Masyarakat: the nine elements on the scale 1-4, an optional profile and comment. */
const SurveyTab = ({ initialSurveyId }: { initialSurveyId: string }) => {
  const [surveyId, setSurveyId] = useState(initialSurveyId);
  const [form, setForm] = useState<SurveyFormData>();
  const [answers, setAnswers] = useState<Record<string, number | undefined>>({});
  const [profile, setProfile] = useState<SurveyProfile>({});
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = async (id: string) => {
    setError(undefined);
    setDone(undefined);
    setForm(undefined);
    setAnswers({});
    setProfile({});
    if (!id.trim()) return;
    try {
      setForm(await publicApi.surveyForm(id.trim()));
    } catch (failure) {
      setError(publicErrorMessage(failure));
    }
  };

  useEffect(() => {
    if (initialSurveyId) void load(initialSurveyId);
  }, [initialSurveyId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    const codes = form.elements.map((element) => element.code);
    const missing = unansweredElements(codes, answers);
    if (missing.length > 0) {
      setError(`Mohon jawab semua pertanyaan (belum dijawab: ${missing.join(', ')}).`);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await publicApi.submitSurveyResponse(surveyResponseInput(form.surveyId, form.token, codes, answers, profile));
      setDone('Terima kasih! Jawaban Anda sudah kami terima.');
      setForm(undefined);
    } catch (failure) {
      setError(publicErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} component="form" onSubmit={(event) => (event.preventDefault(), void load(surveyId))}>
        <TextField
          size="small"
          fullWidth
          label="Kode survei"
          name="surveyId"
          value={surveyId}
          onChange={(event) => setSurveyId(event.target.value)}
        />
        <Button type="submit" variant="outlined" sx={{ flexShrink: 0 }}>
          Buka survei
        </Button>
      </Stack>
      {done ? <Alert severity="success">{done}</Alert> : null}
      {error && !form ? (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      ) : null}
      {form ? (
        <Box component="form" onSubmit={(event) => void submit(event)} aria-label="Survei kepuasan">
          <Typography variant="h6">{form.title}</Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {[form.agencyName, form.unitName, form.serviceName].filter(Boolean).join(' · ')} — dibuka sampai {formatDay(form.endDate)}
          </Typography>
          <Stack spacing={2} sx={{ mt: 2 }}>
            {form.elements.map((element, index) => (
              <FormControl key={element.code} component="fieldset" data-element={element.code}>
                <FormLabel component="legend">
                  {index + 1}. {element.question}
                </FormLabel>
                <RadioGroup
                  row
                  name={element.code}
                  value={answers[element.code] ?? ''}
                  onChange={(event) => setAnswers({ ...answers, [element.code]: Number(event.target.value) })}
                >
                  {form.scale.map((point) => (
                    <FormControlLabel key={point.value} value={point.value} control={<Radio />} label={`${point.value} — ${point.label}`} />
                  ))}
                </RadioGroup>
              </FormControl>
            ))}
            <Typography variant="subtitle1">Data responden (tidak wajib)</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <Select
                name="ageBand"
                label="Usia"
                value={profile.ageBand ?? ''}
                choices={AGE_BANDS}
                onChange={(ageBand) => setProfile({ ...profile, ageBand: ageBand as SurveyProfile['ageBand'] })}
              />
              <Select
                name="gender"
                label="Jenis kelamin"
                value={profile.gender ?? ''}
                choices={GENDERS}
                onChange={(gender) => setProfile({ ...profile, gender: gender as SurveyProfile['gender'] })}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <Select
                name="education"
                label="Pendidikan"
                value={profile.education ?? ''}
                choices={EDUCATIONS}
                onChange={(education) => setProfile({ ...profile, education: education as SurveyProfile['education'] })}
              />
              <Select
                name="occupation"
                label="Pekerjaan"
                value={profile.occupation ?? ''}
                choices={OCCUPATIONS}
                onChange={(occupation) => setProfile({ ...profile, occupation: occupation as SurveyProfile['occupation'] })}
              />
            </Stack>
            {form.staff.length > 0 ? (
              <Select
                name="servedById"
                label="Petugas yang melayani"
                value={profile.servedById ?? ''}
                choices={form.staff.map((person) => [person.id, person.name])}
                onChange={(servedById) => setProfile({ ...profile, servedById })}
              />
            ) : null}
            <TextField
              multiline
              minRows={3}
              label="Saran dan masukan"
              name="comment"
              value={profile.comment ?? ''}
              onChange={(event) => setProfile({ ...profile, comment: event.target.value })}
              slotProps={{ htmlInput: { maxLength: MAX_COMMENT } }}
              helperText={`${(profile.comment ?? '').length}/${MAX_COMMENT} karakter`}
            />
            {/* Next to the button, where the citizen looks after sending. */}
            {error ? (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            ) : null}
            <Box>
              <Button type="submit" variant="contained" disabled={busy}>
                Kirim jawaban
              </Button>
            </Box>
          </Stack>
        </Box>
      ) : null}
    </Stack>
  );
};

/** Pengaduan: a complaint, suggestion or information request; answers the tracking code. */
const ComplaintTab = ({ initialAgency }: { initialAgency: string }) => {
  const [agencyCode, setAgencyCode] = useState(initialAgency);
  const [services, setServices] = useState<DirectoryService[]>([]);
  const [values, setValues] = useState({
    category: 'PENGADUAN',
    serviceId: '',
    subject: '',
    description: '',
    location: '',
    reporterName: '',
    reporterContact: '',
  });
  const [error, setError] = useState<string>();
  const [submitted, setSubmitted] = useState<SubmittedComplaint>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!agencyCode.trim()) return setServices([]);
    let stale = false;
    publicApi.serviceDirectory(agencyCode.trim()).then(
      (list) => !stale && setServices(list),
      () => !stale && setServices([]),
    );
    return () => {
      stale = true;
    };
  }, [agencyCode]);

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const service = services.find((item) => item.id === values.serviceId);
    try {
      setSubmitted(
        await publicApi.submitComplaint({
          agencyCode: agencyCode.trim(),
          category: values.category as ComplaintCategory,
          subject: values.subject.trim(),
          description: values.description.trim(),
          ...(values.location.trim() ? { location: values.location.trim() } : {}),
          ...(service ? { serviceId: service.id, unitId: service.unitId } : {}),
          ...(values.reporterName.trim() ? { reporterName: values.reporterName.trim() } : {}),
          ...(values.reporterContact.trim() ? { reporterContact: values.reporterContact.trim() } : {}),
        }),
      );
    } catch (failure) {
      setError(publicErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  if (submitted) {
    return (
      <Alert severity="success">
        Laporan Anda sudah diterima. Simpan kode pelacakan ini: <strong data-testid="tracking-code">{submitted.trackingCode}</strong>. Batas
        waktu tindak lanjut: {formatDay(submitted.dueDate)}.
      </Alert>
    );
  }
  return (
    <Stack spacing={2} component="form" onSubmit={(event) => void submit(event)} aria-label="Pengaduan">
      {error ? (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      ) : null}
      <TextField
        size="small"
        required
        label="Kode instansi"
        name="agencyCode"
        value={agencyCode}
        onChange={(event) => setAgencyCode(event.target.value)}
      />
      <Select
        name="category"
        label="Jenis laporan"
        value={values.category}
        choices={COMPLAINT_CATEGORIES}
        onChange={(category) => setValues({ ...values, category: category || 'PENGADUAN' })}
      />
      <Select
        name="serviceId"
        label="Layanan yang dilaporkan"
        value={values.serviceId}
        choices={services.map((item) => [item.id, `${item.name} (${item.unitName})`])}
        onChange={(serviceId) => setValues({ ...values, serviceId })}
      />
      <TextField size="small" required label="Judul" name="subject" value={values.subject} onChange={set('subject')} />
      <TextField
        required
        multiline
        minRows={4}
        label="Uraian"
        name="description"
        value={values.description}
        onChange={set('description')}
      />
      <TextField size="small" label="Lokasi" name="location" value={values.location} onChange={set('location')} />
      <Typography variant="subtitle2">Identitas pelapor (tidak wajib, hanya dilihat petugas pengelola pengaduan)</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField size="small" fullWidth label="Nama" name="reporterName" value={values.reporterName} onChange={set('reporterName')} />
        <TextField
          size="small"
          fullWidth
          label="Kontak (telepon/surel)"
          name="reporterContact"
          value={values.reporterContact}
          onChange={set('reporterContact')}
        />
      </Stack>
      <Box>
        <Button type="submit" variant="contained" disabled={busy}>
          Kirim laporan
        </Button>
      </Box>
    </Stack>
  );
};

/** Lacak pengaduan: where a complaint stands, with the public answers. */
const TrackTab = ({ initialCode }: { initialCode: string }) => {
  const [code, setCode] = useState(initialCode);
  const [status, setStatus] = useState<ComplaintStatusView>();
  const [error, setError] = useState<string>();

  const track = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(undefined);
    setStatus(undefined);
    try {
      setStatus(await publicApi.complaintStatus(code.trim()));
    } catch (failure) {
      setError(publicErrorMessage(failure));
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} component="form" onSubmit={(event) => void track(event)}>
        <TextField
          size="small"
          fullWidth
          required
          label="Kode pelacakan"
          name="trackingCode"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <Button type="submit" variant="outlined">
          Lacak
        </Button>
      </Stack>
      {error ? (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      ) : null}
      {status ? (
        <Card variant="outlined" data-testid="complaint-status">
          <CardContent>
            <Typography variant="h6">{status.subject}</Typography>
            <Typography variant="body2" color="text.secondary">
              {status.trackingCode} · {status.agencyName}
            </Typography>
            <Typography sx={{ mt: 1 }}>
              Status: <strong>{COMPLAINT_STATUS_LABELS[status.status]}</strong>
            </Typography>
            <Typography variant="body2">Diterima: {formatDay(status.receivedOn)}</Typography>
            {status.dueDate ? <Typography variant="body2">Batas waktu: {formatDay(status.dueDate)}</Typography> : null}
            {status.rejectionReason ? <Typography variant="body2">Alasan penolakan: {status.rejectionReason}</Typography> : null}
            {status.responses.length > 0 ? (
              <Box sx={{ mt: 1 }}>
                <Typography variant="subtitle2">Tanggapan</Typography>
                {status.responses.map((response) => (
                  <Typography key={response.createdAt + response.text} variant="body2">
                    {formatDay(response.createdAt)}: {response.text}
                  </Typography>
                ))}
              </Box>
            ) : null}
          </CardContent>
        </Card>
      ) : null}
    </Stack>
  );
};

/**
 * The citizen's page, in Indonesian, outside the console's login: answer a satisfaction survey
 * (`?survey=<id>`, the link or QR code the service desk shows), file a complaint about an agency's
 * service (`?agency=<code>`), or track one (`?track=<code>`).
 */
export const PublicPage = ({ params }: { params: URLSearchParams }) => {
  const initialTab = params.get('track') ? 2 : params.get('survey') || !params.get('agency') ? 0 : 1;
  const [tab, setTab] = useState(initialTab);
  return (
    <>
      <CssBaseline />
      <Container maxWidth="md" sx={{ py: 3 }}>
        <Typography variant="h4" component="h1" gutterBottom>
          Layanan Publik
        </Typography>
        <Typography color="text.secondary" gutterBottom>
          Sampaikan penilaian Anda atas pelayanan kami, atau laporkan keluhan dan aspirasi Anda.
        </Typography>
        <Tabs value={tab} onChange={(_event, value: number) => setTab(value)} sx={{ mb: 2 }}>
          <Tab label="Survei Kepuasan" />
          <Tab label="Pengaduan" />
          <Tab label="Lacak Pengaduan" />
        </Tabs>
        <div hidden={tab !== 0}>
          <SurveyTab initialSurveyId={params.get('survey') ?? ''} />
        </div>
        <div hidden={tab !== 1}>
          <ComplaintTab initialAgency={params.get('agency') ?? ''} />
        </div>
        <div hidden={tab !== 2}>
          <TrackTab initialCode={params.get('track') ?? ''} />
        </div>
      </Container>
    </>
  );
};
