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
import { createContext, useContext, useEffect, useMemo, useState, type FormEvent } from 'react';
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
  EDUCATIONS,
  GENDERS,
  initialLocale,
  OCCUPATIONS,
  PUBLIC_LOCALE_KEY,
  PUBLIC_LOCALES,
  translatorFor,
  type PublicKey,
  type PublicLocale,
  type Translate,
} from './public-i18n';
import { formatDay, MAX_COMMENT, surveyResponseInput, unansweredElements, type SurveyProfile } from './public-rules';
import type { ComplaintCategory } from '../gql/graphql';

type Choices = [string, string][];

/** A message kept until shown, so that it follows a change of language. */
type Message = (translate: Translate) => string;

/** The page's language and its sentences, for every tab. */
const LanguageContext = createContext<{ locale: PublicLocale; t: Translate }>({ locale: 'id', t: translatorFor('id') });
const useLanguage = () => useContext(LanguageContext);

/** An API enum's values with their labels in the page's language (`<prefix>.<VALUE>`). */
const choicesOf = (t: Translate, prefix: string, values: string[]): Choices =>
  values.map((value) => [value, t(`${prefix}.${value}` as PublicKey)]);

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
}) => {
  const { t } = useLanguage();
  return (
    <TextField select fullWidth size="small" label={label} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
      <MenuItem value="">
        <em>{t('notGiven')}</em>
      </MenuItem>
      {choices.map(([id, text]) => (
        <MenuItem key={id} value={id}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** Survei Kepuasan Masyarakat: the nine elements on the scale 1-4, an optional profile and comment. */
const SurveyTab = ({ initialSurveyId }: { initialSurveyId: string }) => {
  const { locale, t } = useLanguage();
  const [surveyId, setSurveyId] = useState(initialSurveyId);
  const [form, setForm] = useState<SurveyFormData>();
  const [answers, setAnswers] = useState<Record<string, number | undefined>>({});
  const [profile, setProfile] = useState<SurveyProfile>({});
  const [error, setError] = useState<Message>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = async (id: string) => {
    setError(undefined);
    setDone(false);
    setForm(undefined);
    setAnswers({});
    setProfile({});
    if (!id.trim()) return;
    try {
      setForm(await publicApi.surveyForm(id.trim()));
    } catch (failure) {
      setError(() => (say: Translate) => publicErrorMessage(failure, say));
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
      setError(() => (say: Translate) => say('survey.unanswered', { elements: missing.join(', ') }));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await publicApi.submitSurveyResponse(surveyResponseInput(form.surveyId, form.token, codes, answers, profile));
      setDone(true);
      setForm(undefined);
    } catch (failure) {
      setError(() => (say: Translate) => publicErrorMessage(failure, say));
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
          label={t('survey.code')}
          name="surveyId"
          value={surveyId}
          onChange={(event) => setSurveyId(event.target.value)}
        />
        <Button type="submit" variant="outlined" sx={{ flexShrink: 0 }}>
          {t('survey.open')}
        </Button>
      </Stack>
      {done ? <Alert severity="success">{t('survey.thanks')}</Alert> : null}
      {error && !form ? (
        <Alert severity="error" role="alert">
          {error(t)}
        </Alert>
      ) : null}
      {form ? (
        <Box component="form" onSubmit={(event) => void submit(event)} aria-label={t('survey.form')}>
          <Typography variant="h6">{form.title}</Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {[form.agencyName, form.unitName, form.serviceName].filter(Boolean).join(' · ')} —{' '}
            {t('survey.openUntil', { date: formatDay(form.endDate, locale) })}
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
            <Typography variant="subtitle1">{t('survey.profile')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <Select
                name="ageBand"
                label={t('survey.ageBand')}
                value={profile.ageBand ?? ''}
                choices={choicesOf(t, 'ageBand', AGE_BANDS)}
                onChange={(ageBand) => setProfile({ ...profile, ageBand: ageBand as SurveyProfile['ageBand'] })}
              />
              <Select
                name="gender"
                label={t('survey.gender')}
                value={profile.gender ?? ''}
                choices={choicesOf(t, 'gender', GENDERS)}
                onChange={(gender) => setProfile({ ...profile, gender: gender as SurveyProfile['gender'] })}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <Select
                name="education"
                label={t('survey.education')}
                value={profile.education ?? ''}
                choices={choicesOf(t, 'education', EDUCATIONS)}
                onChange={(education) => setProfile({ ...profile, education: education as SurveyProfile['education'] })}
              />
              <Select
                name="occupation"
                label={t('survey.occupation')}
                value={profile.occupation ?? ''}
                choices={choicesOf(t, 'occupation', OCCUPATIONS)}
                onChange={(occupation) => setProfile({ ...profile, occupation: occupation as SurveyProfile['occupation'] })}
              />
            </Stack>
            {form.staff.length > 0 ? (
              <Select
                name="servedById"
                label={t('survey.servedBy')}
                value={profile.servedById ?? ''}
                choices={form.staff.map((person) => [person.id, person.name])}
                onChange={(servedById) => setProfile({ ...profile, servedById })}
              />
            ) : null}
            <TextField
              multiline
              minRows={3}
              label={t('survey.comment')}
              name="comment"
              value={profile.comment ?? ''}
              onChange={(event) => setProfile({ ...profile, comment: event.target.value })}
              slotProps={{ htmlInput: { maxLength: MAX_COMMENT } }}
              helperText={t('survey.characters', { count: (profile.comment ?? '').length, max: MAX_COMMENT })}
            />
            {/* Next to the button, where the citizen looks after sending. */}
            {error ? (
              <Alert severity="error" role="alert">
                {error(t)}
              </Alert>
            ) : null}
            <Box>
              <Button type="submit" variant="contained" disabled={busy}>
                {t('survey.submit')}
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
  const { locale, t } = useLanguage();
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
  const [error, setError] = useState<Message>();
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
      setError(() => (say: Translate) => publicErrorMessage(failure, say));
    } finally {
      setBusy(false);
    }
  };

  if (submitted) {
    return (
      <Alert severity="success">
        {t('complaint.received')} <strong data-testid="tracking-code">{submitted.trackingCode}</strong>.{' '}
        {t('complaint.due', { date: formatDay(submitted.dueDate, locale) })}
      </Alert>
    );
  }
  return (
    <Stack spacing={2} component="form" onSubmit={(event) => void submit(event)} aria-label={t('complaint.form')}>
      {error ? (
        <Alert severity="error" role="alert">
          {error(t)}
        </Alert>
      ) : null}
      <TextField
        size="small"
        required
        label={t('complaint.agencyCode')}
        name="agencyCode"
        value={agencyCode}
        onChange={(event) => setAgencyCode(event.target.value)}
      />
      <Select
        name="category"
        label={t('complaint.category')}
        value={values.category}
        choices={choicesOf(t, 'category', COMPLAINT_CATEGORIES)}
        onChange={(category) => setValues({ ...values, category: category || 'PENGADUAN' })}
      />
      <Select
        name="serviceId"
        label={t('complaint.service')}
        value={values.serviceId}
        choices={services.map((item) => [item.id, `${item.name} (${item.unitName})`])}
        onChange={(serviceId) => setValues({ ...values, serviceId })}
      />
      <TextField size="small" required label={t('complaint.subject')} name="subject" value={values.subject} onChange={set('subject')} />
      <TextField
        required
        multiline
        minRows={4}
        label={t('complaint.description')}
        name="description"
        value={values.description}
        onChange={set('description')}
      />
      <TextField size="small" label={t('complaint.location')} name="location" value={values.location} onChange={set('location')} />
      <Typography variant="subtitle2">{t('complaint.reporter')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          size="small"
          fullWidth
          label={t('complaint.reporterName')}
          name="reporterName"
          value={values.reporterName}
          onChange={set('reporterName')}
        />
        <TextField
          size="small"
          fullWidth
          label={t('complaint.reporterContact')}
          name="reporterContact"
          value={values.reporterContact}
          onChange={set('reporterContact')}
        />
      </Stack>
      <Box>
        <Button type="submit" variant="contained" disabled={busy}>
          {t('complaint.submit')}
        </Button>
      </Box>
    </Stack>
  );
};

/** Lacak pengaduan: where a complaint stands, with the public answers. */
const TrackTab = ({ initialCode }: { initialCode: string }) => {
  const { locale, t } = useLanguage();
  const [code, setCode] = useState(initialCode);
  const [status, setStatus] = useState<ComplaintStatusView>();
  const [error, setError] = useState<Message>();

  const track = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(undefined);
    setStatus(undefined);
    try {
      setStatus(await publicApi.complaintStatus(code.trim()));
    } catch (failure) {
      setError(() => (say: Translate) => publicErrorMessage(failure, say));
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} component="form" onSubmit={(event) => void track(event)}>
        <TextField
          size="small"
          fullWidth
          required
          label={t('track.code')}
          name="trackingCode"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <Button type="submit" variant="outlined">
          {t('track.submit')}
        </Button>
      </Stack>
      {error ? (
        <Alert severity="error" role="alert">
          {error(t)}
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
              {t('track.status')}: <strong>{t(`status.${status.status}`)}</strong>
            </Typography>
            <Typography variant="body2">{t('track.receivedOn', { date: formatDay(status.receivedOn, locale) })}</Typography>
            {status.dueDate ? (
              <Typography variant="body2">{t('track.dueDate', { date: formatDay(status.dueDate, locale) })}</Typography>
            ) : null}
            {status.rejectionReason ? (
              <Typography variant="body2">{t('track.rejectionReason', { reason: status.rejectionReason })}</Typography>
            ) : null}
            {status.responses.length > 0 ? (
              <Box sx={{ mt: 1 }}>
                <Typography variant="subtitle2">{t('track.responses')}</Typography>
                {status.responses.map((response) => (
                  <Typography key={response.createdAt + response.text} variant="body2">
                    {formatDay(response.createdAt, locale)}: {response.text}
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

/** Where the browser keeps the language chosen; none in a private window that refuses it. */
const browserStorage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * The citizen's page, in Indonesian or English (switch at the top, remembered in the browser),
 * outside the console's login: answer a satisfaction survey (`?survey=<id>`, the link or QR code
 * the service desk shows), file a complaint about an agency's service (`?agency=<code>`), or
 * track one (`?track=<code>`).
 */
export const PublicPage = ({ params }: { params: URLSearchParams }) => {
  const initialTab = params.get('track') ? 2 : params.get('survey') || !params.get('agency') ? 0 : 1;
  const [tab, setTab] = useState(initialTab);
  const [locale, setLocale] = useState<PublicLocale>(() => initialLocale(browserStorage()));
  const language = useMemo(() => ({ locale, t: translatorFor(locale) }), [locale]);
  const { t } = language;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('title');
  }, [locale, t]);

  const choose = (next: PublicLocale) => {
    setLocale(next);
    try {
      browserStorage()?.setItem(PUBLIC_LOCALE_KEY, next);
    } catch {
      // Storage full or refused: the choice lasts until the page is left.
    }
  };

  return (
    <LanguageContext.Provider value={language}>
      <CssBaseline />
      <Container maxWidth="md" sx={{ py: 3 }}>
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <Typography variant="h4" component="h1" gutterBottom>
            {t('title')}
          </Typography>
          <TextField
            select
            size="small"
            label={t('language')}
            name="language"
            value={locale}
            onChange={(event) => choose(event.target.value as PublicLocale)}
            sx={{ minWidth: 180 }}
          >
            {PUBLIC_LOCALES.map(([code, name]) => (
              <MenuItem key={code} value={code} lang={code}>
                {name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Typography color="text.secondary" gutterBottom>
          {t('intro')}
        </Typography>
        <Tabs value={tab} onChange={(_event, value: number) => setTab(value)} sx={{ mb: 2 }}>
          <Tab label={t('tabs.survey')} />
          <Tab label={t('tabs.complaint')} />
          <Tab label={t('tabs.track')} />
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
    </LanguageContext.Provider>
  );
};
