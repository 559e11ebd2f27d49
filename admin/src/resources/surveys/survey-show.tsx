import { can } from '../../access';
import LockIcon from '@mui/icons-material/Lock';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Box, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Confirm,
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { CalendarDateField } from '../../common/calendar-date-field';

import type { KinerjaDataProvider } from '../../dataProvider';
import { SURVEY_FIELDS, SurveyStatusField } from './survey-pages';
import { SurveyIkmPanel } from './survey-ikm-panel';
import { publicSurveyUrl } from './survey-rules';
import { DATE_LOCALE } from '../../i18n';

type SurveyElement = { code: string; name: string; question: string };

/** Buka survei (DRAFT) / Tutup survei (OPEN), each confirmed; closing feeds the indicators. */
const SurveyStepButton = ({ step }: { step: 'open' | 'close' }) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<KinerjaDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const confirm = async () => {
    setBusy(true);
    try {
      if (step === 'open') {
        await dataProvider.openSurvey(record.id, Number(record.version));
        notify('resources.surveys.open.success', { type: 'success' });
      } else {
        const { realizationsUpdated } = await dataProvider.closeSurvey(record.id, Number(record.version));
        notify('resources.surveys.close.success', { type: 'success', messageArgs: { count: realizationsUpdated } });
      }
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <>
      <Button label={`resources.surveys.${step}.action`} onClick={() => setAsking(true)} data-testid={`survey-${step}`}>
        {step === 'open' ? <PlayArrowIcon /> : <LockIcon />}
      </Button>
      <Confirm
        isOpen={asking}
        loading={busy}
        title={`resources.surveys.${step}.title`}
        content={`resources.surveys.${step}.content`}
        onConfirm={() => void confirm()}
        onClose={() => setAsking(false)}
      />
    </>
  );
};

const SurveyShowActions = () => {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record || !can(permissions, 'configuration.manage')) return <TopToolbar />;
  return (
    <TopToolbar>
      {record.status === 'DRAFT' ? <SurveyStepButton step="open" /> : null}
      {record.status === 'OPEN' ? <SurveyStepButton step="close" /> : null}
      {record.status === 'DRAFT' ? <EditButton /> : null}
    </TopToolbar>
  );
};

const ElementsTable = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const elements = (record?.elements as SurveyElement[] | undefined) ?? [];
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.surveys.fields.code')}</TableCell>
          <TableCell>{translate('resources.surveys.fields.name')}</TableCell>
          <TableCell>{translate('resources.surveys.fields.question')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {elements.map((element) => (
          <TableRow key={element.code}>
            <TableCell>{element.code}</TableCell>
            <TableCell>{element.name}</TableCell>
            <TableCell>{element.question}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The citizen's link, and the survey's responses in the console. */
const SurveyLinks = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const url = publicSurveyUrl(String(record.id), window.location.origin, import.meta.env.BASE_URL);
  return (
    <Stack spacing={0.5}>
      {record.status === 'OPEN' ? (
        <Typography variant="body2">
          {translate('resources.surveys.show.publicLink')}:{' '}
          <Link href={url} target="_blank" rel="noopener" data-testid="survey-public-link">
            {url}
          </Link>
        </Typography>
      ) : null}
      <Typography variant="body2">
        <Link component={RouterLink} to={`/surveyResponses?filter=${encodeURIComponent(JSON.stringify({ surveyId: record.id }))}`}>
          {translate('resources.surveys.show.responses')}
        </Link>
      </Typography>
    </Stack>
  );
};

const IkmSection = () => {
  const record = useRecordContext<RaRecord>();
  return record && record.status !== 'DRAFT' ? <SurveyIkmPanel surveyId={record.id} /> : null;
};

/** A survey: its days, elements and status, the public link, and the live IKM panel. */
export const SurveyShow = () => (
  <Show actions={<SurveyShowActions />} queryOptions={{ meta: { fields: SURVEY_FIELDS } }}>
    <SimpleShowLayout>
      <TextField source="title" />
      <Stack direction="row" spacing={4}>
        <Labeled source="unitId">
          <ReferenceField source="unitId" reference="orgUnits" link={false} />
        </Labeled>
        <Labeled source="serviceId">
          <ReferenceField source="serviceId" reference="publicServices" link={false} emptyText="—" />
        </Labeled>
        <Labeled source="startDate">
          <CalendarDateField source="startDate" />
        </Labeled>
        <Labeled source="endDate">
          <CalendarDateField source="endDate" />
        </Labeled>
        <Labeled source="status">
          <SurveyStatusField />
        </Labeled>
        <Labeled source="minimumSample">
          <NumberField locales={DATE_LOCALE} source="minimumSample" />
        </Labeled>
        <Labeled source="responseCount">
          <NumberField locales={DATE_LOCALE} source="responseCount" />
        </Labeled>
      </Stack>
      <SurveyLinks />
      <IkmSection />
      <Box>
        <Labeled source="elements">
          <ElementsTable />
        </Labeled>
      </Box>
    </SimpleShowLayout>
  </Show>
);
