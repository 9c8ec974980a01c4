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

  async callerUser(caller: UserCaller): Promise<CallerUser | undefined> {
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
