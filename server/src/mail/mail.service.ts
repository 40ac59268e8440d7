import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { type Job, JobsService } from '../jobs/jobs.service.js';
import { appLink, assertHttpUrl } from './email-layout.js';

/** One email to one person, as `renderEmail()` gives it plus the recipient. */
export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Absolute https URL that unsubscribes with one POST (RFC 8058). */
  unsubscribeUrl?: string;
}

export const EMAIL_QUEUE = 'email.send';

/**
 * Outgoing email through SMTP_URL. Features build a message with `renderEmail()` and
 * `enqueue()` it inside the transaction that decided to send it; the `email.send` job sends
 * it, and a refused or failed send is retried by the job queue (with backoff, for about half an
 * hour). Without SMTP_URL there is no email: `available` is false and `enqueue()` does nothing.
 */
@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  readonly available: boolean;
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;
  private readonly messageIdHost: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {
    this.available = Boolean(config.SMTP_URL);
    this.messageIdHost = new URL(config.PUBLIC_URL).hostname;
    if (config.SMTP_URL) {
      this.transport = nodemailer.createTransport({
        url: config.SMTP_URL,
        // A few kept-open connections for bursts (digests), instead of one per email.
        pool: true,
        maxConnections: 3,
        // nodemailer waits minutes by default; a stuck server should fail the attempt (it is
        // retried) well within the job's expiry.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
    }
  }

  async onModuleInit(): Promise<void> {
    if (!this.available) return;
    await this.jobs.register<EmailMessage>(EMAIL_QUEUE, (job) => this.deliver(job), {
      // 10 retries from 2 s, doubling: about 35–70 minutes of SMTP outage before giving up.
      retryLimit: 10,
      retryDelaySeconds: 2,
      retryBackoff: true,
      expireInSeconds: 120,
    });
  }

  /** An app path (`/problems/HOUS-12`) as an absolute link under PUBLIC_URL. */
  link(path: string): string {
    return appLink(this.config.PUBLIC_URL, path);
  }

  /**
   * Queues the email in the caller's transaction: it is sent if and only if that commits,
   * once (pg-boss hands the job to one worker), by whichever instance works the queue.
   */
  async enqueue(tx: EntityManager, message: EmailMessage): Promise<void> {
    if (!this.available) return;
    if (message.unsubscribeUrl) assertHttpUrl(message.unsubscribeUrl);
    await this.jobs.sendInTransaction(tx, EMAIL_QUEUE, message);
  }

  /**
   * Sends now (the job's handler; enqueue() is the way for features). `jobId` becomes the
   * Message-ID, so the rare repeat of a job (a crash between the server's acceptance and the
   * job's completion) carries the same id, which mail systems use to drop duplicates.
   */
  async send(message: EmailMessage, jobId?: string): Promise<void> {
    if (!this.transport) throw new Error('Email is not configured (SMTP_URL)');
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      ...(jobId ? { messageId: `<${jobId}@${this.messageIdHost}>` } : {}),
      ...(message.unsubscribeUrl
        ? {
            // List-Unsubscribe plus List-Unsubscribe-Post: mail clients offer a one-click
            // unsubscribe that POSTs to the URL (RFC 8058; required of bulk senders by Gmail).
            list: { unsubscribe: message.unsubscribeUrl },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
    });
  }

  /** The job: a refusal of the recipient for good (5xx) is final, anything else is retried. */
  private async deliver(job: Job<EmailMessage>): Promise<void> {
    try {
      await this.send(job.data, job.id);
    } catch (error) {
      if (!refusedForGood(error)) throw error;
      // An unknown or closed mailbox does not come back in an hour: not retried, and the
      // address stays out of the log.
      this.logger.warn(
        { jobId: job.id, responseCode: error.responseCode },
        'the mail server refused the recipient for good; not retried',
      );
    }
  }

  /** After the job queue has stopped (its handlers may still be sending until then). */
  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

/** nodemailer marks a 5xx reply `permanent`; EENVELOPE: it was about the recipients. */
function refusedForGood(error: unknown): error is { responseCode: number } {
  if (!(error instanceof Error)) return false;
  const { code, permanent } = error as Error & { code?: unknown; permanent?: unknown };
  return code === 'EENVELOPE' && permanent === true;
}
