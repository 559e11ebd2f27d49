import { Create, regex, required, SimpleForm, TextInput } from 'react-admin';
import { OwnerAgencyInput } from '../../common/configuration-inputs';
import { VALUE_CODE } from './behaviour-value-choices';
import { BehaviourValueInputs } from './behaviour-value-inputs';

const defaults = { active: true, guides: ['', '', ''] };

const validateCode = [required(), regex(VALUE_CODE, 'resources.behaviourValues.validation.code')];

/** Codes are upper case: type "berorientasi_pelayanan" and get "BERORIENTASI_PELAYANAN". */
const parseCode = (value: string) => (value ? value.toUpperCase() : '');

// An agency value with a national value's code replaces that value for the agency.
export const BehaviourValueCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaults}>
      <OwnerAgencyInput national />
      <TextInput
        source="code"
        validate={validateCode}
        parse={parseCode}
        helperText="resources.behaviourValues.helpers.code"
        autoComplete="off"
      />
      <BehaviourValueInputs />
    </SimpleForm>
  </Create>
);
