import { stableId } from '@ronghe/kit';
import { demoCaller } from '@ronghe/kit/testing';
import { Role } from '@ronghe/types';

const unit = (name: string) => stableId('organization', name);

/** Callers of the demo district, for the integration tests. */
export const callers = {
  admin: demoCaller('admin', '管城回族区人民政府办公室', Role.PROGRAM_ADMIN),
  operator: demoCaller('operator', '十八里河镇', Role.UNIT_OPERATOR),
  partner: demoCaller('partner', '区民政局', Role.PARTNER_READONLY),
  evaluator: demoCaller('evaluator', '区财政局', Role.EVALUATOR),
};

export { unit };
