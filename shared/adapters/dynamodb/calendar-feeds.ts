import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarFeeds } from '../../app/calendar/calendar-feed.js';
import { pipelineKeys } from './keys.js';
import type { Table } from './query.js';

const pointerOf = pipelineKeys.calendarPointer;

/** Calendar feeds: `CALENDAR#<token digest>` names the user; the user's inbox points back. */
export class DynamoCalendarFeeds implements CalendarFeeds {
  private readonly table: Table;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.table = { client, tableName };
  }

  private async current(recipientKey: string) {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: pointerOf(recipientKey), ConsistentRead: true }),
    );
    return Item?.tokenDigest as string | undefined;
  }

  async replace(recipientKey: string, tokenDigest: string, at: string) {
    const old = await this.current(recipientKey);
    const TableName = this.table.tableName;
    await this.table.client.send(
      new TransactWriteCommand({
        TransactItems: [
          ...(old ? [{ Delete: { TableName, Key: pipelineKeys.calendarFeed(old) } }] : []),
          {
            Put: {
              TableName,
              Item: {
                ...pipelineKeys.calendarFeed(tokenDigest),
                entity: 'calendarFeed',
                recipientKey,
                createdAt: at,
              },
            },
          },
          {
            Put: { TableName, Item: { ...pointerOf(recipientKey), entity: 'calendarPointer', tokenDigest } },
          },
        ],
      }),
    );
  }

  async revoke(recipientKey: string) {
    const old = await this.current(recipientKey);
    if (!old) return;
    const TableName = this.table.tableName;
    await this.table.client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName, Key: pipelineKeys.calendarFeed(old) } },
          { Delete: { TableName, Key: pointerOf(recipientKey) } },
        ],
      }),
    );
  }

  async ownerOf(tokenDigest: string) {
    const { Item } = await this.table.client.send(
      new GetCommand({ TableName: this.table.tableName, Key: pipelineKeys.calendarFeed(tokenDigest) }),
    );
    return Item?.recipientKey as string | undefined;
  }
}
