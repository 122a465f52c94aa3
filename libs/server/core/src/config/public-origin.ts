import type { Request } from 'express';
import type { AppConfig } from './app-config';

/** Where members reach the app, for absolute links in emails and feeds: PUBLIC_URL when set, else this request's origin. */
export function publicOrigin(config: AppConfig, req: Pick<Request, 'protocol' | 'get'>): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
