import { Link as MuiLink, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate, type Identifier } from 'react-admin';

/** A link to the show page of a record of `resource`, with the given text. */
export const RecordLink = ({ resource, id, children }: { resource: string; id: Identifier; children: string }) => {
  const createPath = useCreatePath();
  return (
    <MuiLink component={Link} to={createPath({ resource, id, type: 'show' })} underline="hover" variant="body2">
      {children}
    </MuiLink>
  );
};

export type NestedLinkFieldProps = {
  /** The nested object on the record (from `meta.fields`), e.g. `unit` holding `{ id name }`. */
  source: string;
  /** The resource it links to, e.g. `orgUnits`. */
  reference: string;
  /** The property of the nested object shown as the link's text. */
  text?: string;
  label?: string;
  /** i18n key (or text) shown when the object is empty. */
  emptyText?: string;
};

/**
 * A related record already selected with the page's record (`unit { id name }`), shown as a link
 * to its page: no extra request, unlike a ReferenceField.
 */
export const NestedLinkField = ({ source, reference, text = 'name', emptyText = '—' }: NestedLinkFieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as ({ id: Identifier } & Record<string, unknown>) | null | undefined;
  if (!value?.id) return <Typography variant="body2">{translate(emptyText, { _: emptyText })}</Typography>;
  return (
    <RecordLink resource={reference} id={value.id}>
      {String(value[text] ?? value.id)}
    </RecordLink>
  );
};
