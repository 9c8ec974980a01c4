import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SuppressionList } from '../../app/mail/ports.js';
import { pipelineKeys } from './keys.js';

/** Addresses that bounced or complained (SES event destination), one item each. */
export class DynamoSuppressionList implements SuppressionList {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async isSuppressed(email: string): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: pipelineKeys.suppressed(email) }),
    );
    return Item !== undefined;
  }

  async suppress(email: string, reason: string, at: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...pipelineKeys.suppressed(email),
          entity: 'suppressedAddress',
          email: email.toLowerCase(),
          reason,
          at,
        },
      }),
    );
  }
}
