import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TenantLookup } from '../../app/authorize.js';
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

  async providerUserEmployerIds(providerId: string, userId: string): Promise<readonly string[] | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.providerUser(providerId, userId),
        ProjectionExpression: '#data.employerIds',
        ExpressionAttributeNames: { '#data': 'data' },
      }),
    );
    const ids = (Item?.data as { employerIds?: string[] } | undefined)?.employerIds;
    return ids && ids.length > 0 ? ids : undefined;
  }
}
