import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import type { RaRecord } from 'react-admin';
import { BehaviourValueCreate } from './behaviour-value-create';
import { BehaviourValueEdit } from './behaviour-value-edit';
import { BehaviourValueList } from './behaviour-value-list';
import { BehaviourValueShow } from './behaviour-value-show';

/** Nilai BerAKHLAK (perilaku kerja): the core values appraised as work behaviour, with their guides. */
export const behaviourValues = {
  list: BehaviourValueList,
  show: BehaviourValueShow,
  edit: BehaviourValueEdit,
  create: BehaviourValueCreate,
  icon: VolunteerActivismIcon,
  recordRepresentation: (record: RaRecord) => String(record.name),
};
