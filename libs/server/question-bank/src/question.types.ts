import { ConnectionType } from '@panelist/server-core';
import { Question } from './question.entity';

export const QuestionConnection = ConnectionType(Question);
