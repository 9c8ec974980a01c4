import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { CallerUser, TenantLookup, UserCaller } from '../../app/authorize.js';
import { keys } from './keys.js';

/** What authorisation reads about tenants: two small projected GetItems. */
export class DynamoTenantLookup implements TenantLookup {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async employerProvider(employerId: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.employer(employerId),
        ProjectionExpression: '#data.providerId',
        ExpressionAttributeNames: { '#data': 'data' },
      }),
    );
    return (Item?.data as { providerId?: string } | undefined)?.providerId;
  }

  /** Per caller object (one per request): authorisation and the use case read the record once. */
  private readonly users = new WeakMap<UserCaller, Promise<CallerUser | undefined>>();

  callerUser(caller: UserCaller): Promise<CallerUser | undefined> {
    let user = this.users.get(caller);
    if (!user) {
      user = this.readCallerUser(caller);
      this.users.set(caller, user);
      // A failed read is not remembered.
      user.catch(() => this.users.delete(caller));
    }
    return user;
  }

  private async readCallerUser(caller: UserCaller): Promise<CallerUser | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key:
          caller.userType === 'provider'
            ? keys.providerUser(caller.providerId, caller.sub)
            : keys.employerUser(caller.employerId, caller.sub),
        ProjectionExpression: '#data.active, #data.employerIds',
        ExpressionAttributeNames: { '#data': 'data' },
      }),
    );
    if (!Item) return undefined;
    const { active, employerIds } = (Item.data ?? {}) as { active?: boolean; employerIds?: string[] };
    return {
      active: active !== false,
      employerIds: employerIds && employerIds.length > 0 ? employerIds : undefined,
    };
  }
}
