import type { Identifier } from 'react-admin';
import type {
  CancelEnrollmentMutation,
  CancelEnrollmentMutationVariables,
  ChangeTrainingSessionStatusMutation,
  ChangeTrainingSessionStatusMutationVariables,
  EnrollInTrainingMutation,
  EnrollInTrainingMutationVariables,
  EnrollmentStatus,
  RecordTrainingResultMutation,
  RecordTrainingResultMutationVariables,
  TrainingSessionStatus,
} from '../gql/graphql';
import { request } from './request';

// Training beyond the CRUD of programmes and sessions: enrolling employees (a seat or the waiting
// list), cancelling an enrolment (the first waiting one is promoted), recording a result, and moving
// a session through its stages.

const ENROLLMENT_AFTER_STEP = /* GraphQL */ `
  fragment EnrollmentAfterStep on Enrollment {
    id
    sessionId
    employeeId
    status
    score
    jpEarned
    certificateNumber
    version
    employee {
      id
      fullName
    }
  }
`;

const ENROLL_IN_TRAINING = /* GraphQL */ `
  mutation EnrollInTraining($input: EnrollInTrainingInput!) {
    enrollInTraining(input: $input) {
      enrollment {
        ...EnrollmentAfterStep
      }
      promoted {
        ...EnrollmentAfterStep
      }
    }
  }
`;

const CANCEL_ENROLLMENT = /* GraphQL */ `
  mutation CancelEnrollment($input: CancelEnrollmentInput!) {
    cancelEnrollment(input: $input) {
      enrollment {
        ...EnrollmentAfterStep
      }
      promoted {
        ...EnrollmentAfterStep
      }
    }
  }
`;

const RECORD_TRAINING_RESULT = /* GraphQL */ `
  mutation RecordTrainingResult($input: RecordTrainingResultInput!) {
    recordTrainingResult(input: $input) {
      enrollment {
        ...EnrollmentAfterStep
      }
      promoted {
        ...EnrollmentAfterStep
      }
    }
  }
`;

const CHANGE_TRAINING_SESSION_STATUS = /* GraphQL */ `
  mutation ChangeTrainingSessionStatus($input: ChangeTrainingSessionStatusInput!) {
    changeTrainingSessionStatus(input: $input) {
      session {
        id
        status
        seatsTaken
        waitlistCount
        version
      }
      affected {
        id
        status
      }
    }
  }
`;

export type EnrollmentAfterStep = EnrollInTrainingMutation['enrollInTraining']['enrollment'];
export type TrainingSessionAfterStep = ChangeTrainingSessionStatusMutation['changeTrainingSessionStatus']['session'];

/** A result: ATTENDED, or COMPLETED / FAILED once the session has ended (score, certificate, JP optional). */
export type TrainingResultInput = {
  status: EnrollmentStatus;
  score?: number | null;
  certificateNumber?: string | null;
  jpEarned?: number | null;
};

export type TrainingMethods = {
  /** A seat while one is free, else the waiting list; CONFLICT when already enrolled or in an overlapping session. */
  enrollInTraining(sessionId: Identifier, employeeId: Identifier): Promise<{ data: EnrollmentAfterStep }>;
  /** Withdraws an enrolment; says whom the freed seat went to. */
  cancelEnrollment(
    id: Identifier,
    version: number,
    reason?: string | null,
  ): Promise<{ data: EnrollmentAfterStep; promoted: EnrollmentAfterStep[] }>;
  recordTrainingResult(id: Identifier, version: number, result: TrainingResultInput): Promise<{ data: EnrollmentAfterStep }>;
  changeTrainingSessionStatus(id: Identifier, version: number, status: TrainingSessionStatus): Promise<{ data: TrainingSessionAfterStep }>;
};

/** Only the values given: an empty score or certificate is not sent. */
const givenResult = (result: TrainingResultInput) => {
  const input: TrainingResultInput = { status: result.status };
  if (result.score != null) input.score = result.score;
  if (result.certificateNumber) input.certificateNumber = result.certificateNumber;
  if (result.jpEarned != null) input.jpEarned = result.jpEarned;
  return input;
};

export const trainingMethods: TrainingMethods = {
  async enrollInTraining(sessionId, employeeId) {
    const data = await request<EnrollInTrainingMutation, EnrollInTrainingMutationVariables>(ENROLL_IN_TRAINING + ENROLLMENT_AFTER_STEP, {
      input: { sessionId: String(sessionId), employeeId: String(employeeId) },
    });
    return { data: data.enrollInTraining.enrollment };
  },

  async cancelEnrollment(id, version, reason) {
    const data = await request<CancelEnrollmentMutation, CancelEnrollmentMutationVariables>(CANCEL_ENROLLMENT + ENROLLMENT_AFTER_STEP, {
      input: { id: String(id), version, ...(reason ? { reason } : {}) },
    });
    return { data: data.cancelEnrollment.enrollment, promoted: data.cancelEnrollment.promoted };
  },

  async recordTrainingResult(id, version, result) {
    const data = await request<RecordTrainingResultMutation, RecordTrainingResultMutationVariables>(
      RECORD_TRAINING_RESULT + ENROLLMENT_AFTER_STEP,
      { input: { id: String(id), version, ...givenResult(result) } },
    );
    return { data: data.recordTrainingResult.enrollment };
  },

  async changeTrainingSessionStatus(id, version, status) {
    const data = await request<ChangeTrainingSessionStatusMutation, ChangeTrainingSessionStatusMutationVariables>(
      CHANGE_TRAINING_SESSION_STATUS,
      { input: { id: String(id), version, status } },
    );
    return { data: data.changeTrainingSessionStatus.session };
  },
};
