import { Inject, Injectable } from '@nestjs/common';
import type { OrganizationKind, WorkspaceRole } from '@commons/shared';
import { DataSource } from 'typeorm';

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

  /** Ends every session of a user (sign out everywhere; a disabled account). */
  async deleteSessionsOf(userId: string): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM session WHERE user_id = $1`,
      [userId],
    );
    return result[1];
  }
}
