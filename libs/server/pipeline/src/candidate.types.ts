import { ConnectionType } from '@panelist/server-core';
import { Candidate } from './candidate.entity';

export const CandidateConnection = ConnectionType(Candidate);
