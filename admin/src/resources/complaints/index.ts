import FeedbackIcon from '@mui/icons-material/Feedback';
import type { RaRecord } from 'react-admin';
import { ComplaintList } from './complaint-list';
import { ComplaintShow } from './complaint-show';

/**
 * Pengaduan masyarakat (complaints): filed by citizens on the public page (or recorded by the
 * handlers), worked through on their page: verify, assign, start, respond, resolve, close, reject.
 */
export const complaints = {
  list: ComplaintList,
  show: ComplaintShow,
  icon: FeedbackIcon,
  recordRepresentation: (record: RaRecord) => `${String(record.trackingCode ?? '')} — ${String(record.subject ?? '')}`,
};
