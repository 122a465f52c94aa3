import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface Mail {
  /** An address object, never `Name <address>` text: a member's name with a comma or brackets would become more recipients. */
  to: string | { name: string; address: string };
  subject: string;
  text: string;
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

/**
 * Email, when SMTP_URL is set (smtp://user:pass@host:port, or smtps://); without it the app notifies in the
 * app only. Failures are logged by kind, never with the address or the message, and never fail the change
 * that caused the mail.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.mailFrom;
    if (config.smtpUrl) this.transport = createTransport(config.smtpUrl);
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  /** True once the SMTP server accepted the mail. */
  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.from, ...mail });
      return true;
    } catch (error) {
      this.logger.warn(`An email could not be sent (${(error as { code?: string }).code ?? (error as Error).name})`);
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
