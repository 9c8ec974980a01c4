import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { TenantLookup } from '../../app/authorize.js';
import { keys } from './keys.js';

/** Reads the two facts authorisation needs, one GetItem each. */
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
        ProjectionExpression: 'providerId',
      }),
    );
    return Item?.providerId as string | undefined;
  }

  async providerUserEmployerIds(providerId: string, userId: string): Promise<readonly string[] | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.providerUser(providerId, userId),
        ProjectionExpression: 'employerIds',
      }),
    );
    const ids = Item?.employerIds as string[] | undefined;
    return ids && ids.length > 0 ? ids : undefined;
  }
}
