import { describe, expect, inject, it } from 'vitest';
import { DynamoResourceStore } from '../../shared/adapters/dynamodb/resource-store.js';
import { countingClient } from './support/counting-client.js';
import { anEmployee, aTenant } from './support/fixtures.js';

describe('Directory: DynamoDB requests', () => {
  it('writes a 100-employee batch in one transaction and lists 1,000 employees with one Query per page', async () => {
    // Prepare
    const t = await aTenant();
    const counter = countingClient();
    const store = new DynamoResourceStore(counter.client, inject('tableName'));
    const audit = { by: 'test', at: new Date().toISOString() };
    const batch = (n: number) =>
      Array.from({ length: 100 }, (_, i) => ({
        employeeId: `x${String(n * 100 + i).padStart(4, '0')}`,
        data: anEmployee(),
      }));

    // Act: one batch of 100
    await store.batchEmployees(t.employerId, batch(0), [], audit);
    const batchCounts = Object.fromEntries(counter.counts);
    // Assess
    expect(batchCounts).toEqual({ BatchGetItemCommand: 1, TransactWriteItemsCommand: 1 });

    for (let n = 1; n < 10; n++) await store.batchEmployees(t.employerId, batch(n), [], audit);
    counter.reset();
    let cursor: string | undefined;
    let listed = 0;
    let pages = 0;
    do {
      const page = await store.list(
        { kind: 'employees', employerId: t.employerId },
        { limit: 100, ...(cursor ? { cursor } : {}) },
      );
      listed += page.items.length;
      pages++;
      cursor = page.nextCursor;
    } while (cursor);
    expect(listed).toBe(1000);
    expect(pages).toBe(10);
    expect(counter.counts.get('QueryCommand')).toBe(pages);
    console.log(
      `directory requests: 100-employee batch = ${JSON.stringify(batchCounts)}; listing 1,000 employees = ${counter.total()} Query for ${pages} pages of 100`,
    );
  });
});
