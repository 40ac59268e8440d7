import { Inject, Injectable } from '@nestjs/common';
import type { OrganizationKind, WorkspaceRole } from '@commons/shared';
import { DataSource } from 'typeorm';
import { REALTIME_CHANNEL, type RealtimeMessage } from '../realtime/realtime-message.js';

export interface ActorRow {
  id: string;
  role: WorkspaceRole;
  organization_id: string;
  organization_kind: OrganizationKind;
  disabled: boolean;
}

@Injectable()
export class AuthRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The user with what the access policy needs, in one statement per request. */
  async findActor(userId: string): Promise<ActorRow | null> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.role, u.organization_id, o.kind AS organization_kind,
              u.disabled_at IS NOT NULL AS disabled
         FROM app_user u JOIN organization o ON o.id = u.organization_id
        WHERE u.id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /**
   * The actors behind sessions that still exist and have not expired, their accounts enabled,
   * by session id: live connections check theirs again, together, before they deliver anything.
   */
  async findSessionActors(sessionIds: readonly string[]): Promise<Map<string, ActorRow>> {
    const rows: (ActorRow & { sid: string })[] = await this.dataSource.query(
      `SELECT s.sid, u.id, u.role, u.organization_id, o.kind AS organization_kind, false AS disabled
         FROM session s
         JOIN app_user u ON u.id = s.user_id
         JOIN organization o ON o.id = u.organization_id
        WHERE s.sid = ANY($1::varchar[]) AND s.expire > now() AND u.disabled_at IS NULL`,
      [sessionIds],
    );
    return new Map(rows.map((row) => [row.sid, row]));
  }

  /** Tells every instance that a person's sessions ended: their live sockets check theirs again. */
  async announceSessionsEnded(userId: string): Promise<void> {
    const message: RealtimeMessage = { type: 'sessions-ended', userId };
    await this.dataSource.query('SELECT pg_notify($1, $2)', [
      REALTIME_CHANNEL,
      JSON.stringify(message),
    ]);
  }

  /** Ends every session of a user (sign out everywhere; a disabled account). */
  async deleteSessionsOf(userId: string): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM session WHERE user_id = $1`,
      [userId],
    );
    return result[1];
  }
}
