import { ConnectionType } from '@panelist/server-core';
import { Opening } from './opening.entity';

export const OpeningConnection = ConnectionType(Opening);
