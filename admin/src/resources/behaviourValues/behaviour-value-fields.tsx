import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The behaviour guides (panduan perilaku), as a numbered list. */
export const GuidesField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const guides = Array.isArray(record?.guides) ? (record.guides as string[]) : [];
  if (guides.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Typography
      component="ol"
      variant="body2"
      sx={{ m: 0, pl: 3 }}
      aria-label={translate('resources.behaviourValues.fields.guides')}
      data-testid="behaviour-guides"
    >
      {guides.map((guide, index) => (
        <li key={index}>{guide}</li>
      ))}
    </Typography>
  );
};

/** How many guides a value has, for the list. */
export const GuideCountField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const count = Array.isArray(record?.guides) ? record.guides.length : 0;
  return (
    <Typography component="span" variant="body2">
      {count}
    </Typography>
  );
};
