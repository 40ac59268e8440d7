import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    const rows = ids.length ? await this.users.findBy({ id: In([...ids]) }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }
}
