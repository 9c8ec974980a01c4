import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../../app/resource-store.js';
import type {
  DeliveryStatus,
  EndpointHealth,
  WebhookDeliveries,
  WebhookDelivery,
} from '../../app/webhooks/ports.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import { partitions, pipelineKeys, prefixes } from './keys.js';
import { expiresAt, invalidCursorError, isConditionFailure, type Table } from './query.js';
import { decodeDelivery } from './stored-items.js';

/** Deliveries are kept 30 days (the log a provider admin reads). */
const DELIVERY_TTL_DAYS = 30;

/** Webhook deliveries and endpoint health in the provider's webhook partition (`WEBHOOK#<providerId>`). */
export class DynamoWebhookDeliveries implements WebhookDeliveries {
  private readonly table: Table;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.table = { client, tableName };
  }

  async createIfAbsent(delivery: WebhookDelivery) {
    try {
      await this.table.client.send(
        new PutCommand({
          TableName: this.table.tableName,
          Item: {
            ...pipelineKeys.webhookDelivery(delivery.providerId, delivery.webhookId, delivery.deliveryId),
            entity: 'webhookDelivery',
            expiresAt: expiresAt(delivery.createdAt.slice(0, 10), DELIVERY_TTL_DAYS),
            ...delivery,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { created: true, delivery };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const known = await this.get(delivery.providerId, delivery.webhookId, delivery.deliveryId);
      return { created: false, delivery: known ?? delivery };
    }
  }

  async get(providerId: string, webhookId: string, deliveryId: string) {
    const { Item } = await this.table.client.send(
      new GetCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.webhookDelivery(providerId, webhookId, deliveryId),
        ConsistentRead: true,
      }),
    );
    return Item ? decodeDelivery(Item) : undefined;
  }

  async list(providerId: string, webhookId: string, page: PageRequest): Promise<Page<WebhookDelivery>> {
    const partition = partitions.webhook(providerId);
    const prefix = prefixes.deliveries(webhookId);
    let start: Record<string, string> | undefined;
    if (page.cursor !== undefined) {
      start = decodeCursor(page.cursor, {
        partitionAttribute: 'pk',
        partition,
        sortAttribute: 'sk',
        sortPrefix: prefix,
      });
      if (!start) throw invalidCursorError();
    }
    const result = await this.table.client.send(
      new QueryCommand({
        TableName: this.table.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': partition, ':prefix': prefix },
        ScanIndexForward: false,
        Limit: page.limit,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    return {
      items: (result.Items ?? []).map(decodeDelivery),
      ...(result.LastEvaluatedKey ? { nextCursor: encodeCursor(result.LastEvaluatedKey) } : {}),
    };
  }

  async claim(delivery: WebhookDelivery, now: string, leaseUntil: string): Promise<boolean> {
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.webhookDelivery(delivery.providerId, delivery.webhookId, delivery.deliveryId),
          UpdateExpression: 'SET attempts = :next, leaseUntil = :lease',
          ConditionExpression:
            'attribute_exists(pk) AND #status = :pending AND attempts = :seen AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':next': delivery.attempts + 1,
            ':seen': delivery.attempts,
            ':lease': leaseUntil,
            ':now': now,
            ':pending': 'pending',
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async update(delivery: WebhookDelivery, from: DeliveryStatus): Promise<boolean> {
    try {
      await this.table.client.send(
        new UpdateCommand({
          TableName: this.table.tableName,
          Key: pipelineKeys.webhookDelivery(delivery.providerId, delivery.webhookId, delivery.deliveryId),
          UpdateExpression:
            'SET #status = :status, lastStatusCode = :code, lastError = :error, nextAttemptAt = :next, deliveredAt = :delivered REMOVE leaseUntil',
          ConditionExpression: 'attribute_exists(pk) AND #status = :from AND attempts = :attempts',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': delivery.status,
            ':attempts': delivery.attempts,
            ':code': delivery.lastStatusCode,
            ':error': delivery.lastError,
            ':next': delivery.nextAttemptAt,
            ':delivered': delivery.deliveredAt,
            ':from': from,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async health(providerId: string, webhookId: string): Promise<EndpointHealth> {
    const { Item } = await this.table.client.send(
      new GetCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.webhookHealth(providerId, webhookId),
      }),
    );
    return { failingSince: (Item?.failingSince as string | null | undefined) ?? null };
  }

  async recordOutcome(
    providerId: string,
    webhookId: string,
    ok: boolean,
    at: string,
  ): Promise<EndpointHealth> {
    const { Attributes } = await this.table.client.send(
      new UpdateCommand({
        TableName: this.table.tableName,
        Key: pipelineKeys.webhookHealth(providerId, webhookId),
        UpdateExpression: ok
          ? 'SET entity = :entity REMOVE failingSince'
          : 'SET entity = :entity, failingSince = if_not_exists(failingSince, :at)',
        ExpressionAttributeValues: { ':entity': 'webhookHealth', ...(ok ? {} : { ':at': at }) },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { failingSince: (Attributes?.failingSince as string | null | undefined) ?? null };
  }
}
