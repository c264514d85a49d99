// Thin typed access to the one table: marshalling, batch retries, and consumed-capacity reporting
// (every call asks for it when a listener is set, so scripts/measure-capacity.ts can attribute costs).
// TableReads reads, TableAccess adds the writes: the read api's bundle carries no write command.
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type AttributeValue,
  type BatchGetItemCommandOutput,
  type BatchWriteItemCommandOutput,
  type ConsumedCapacity,
  type DynamoDBClient,
  type QueryCommandInput,
  type TransactWriteItem,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { startKeyRefusal } from './cursor.js';

export type Item = Record<string, unknown>;
export type Key = { PK: string; SK: string };

/** Capacity one call consumed, table and indexes together. */
export interface CapacityListener {
  (usage: { access: 'read' | 'write'; capacityUnits: number }): void;
}

export interface QueryRequest {
  index?: string;
  partitionAttribute: string;
  partition: string;
  sortAttribute: string;
  sortPrefix?: string;
  /** Sort keys up to and including this one (instead of a prefix). */
  sortAtMost?: string;
  filter?: Expression;
  limit?: number;
  exclusiveStartKey?: Item;
  consistent?: boolean;
  forward?: boolean;
}

export interface Expression {
  expression: string;
  names?: Record<string, string>;
  values?: Item;
}

const MARSHALL_OPTIONS = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;
const BATCH_GET_LIMIT = 100;
const BATCH_WRITE_LIMIT = 25;

/** The reads alone: the read api's store carries no write command. */
export class TableReads {
  constructor(
    readonly client: DynamoDBClient,
    readonly tableName: string,
    private readonly onCapacity?: CapacityListener,
  ) {}

  protected get capacity() {
    return this.onCapacity ? ({ ReturnConsumedCapacity: 'INDEXES' } as const) : {};
  }

  protected report(access: 'read' | 'write', capacity: ConsumedCapacity | ConsumedCapacity[] | undefined): void {
    if (!this.onCapacity || !capacity) return;
    const capacityUnits = (Array.isArray(capacity) ? capacity : [capacity]).reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
    this.onCapacity({ access, capacityUnits });
  }

  async get(key: Key, consistent = false): Promise<Item | null> {
    const result = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(key), ConsistentRead: consistent, ...this.capacity }),
    );
    this.report('read', result.ConsumedCapacity);
    return result.Item ? unmarshall(result.Item) : null;
  }

  async query(request: QueryRequest): Promise<{ items: Item[]; lastKey?: Item }> {
    const names: Record<string, string> = { '#pk': request.partitionAttribute, ...request.filter?.names };
    const values: Item = { ':pk': request.partition, ...request.filter?.values };
    let condition = '#pk = :pk';
    if (request.sortPrefix) {
      names['#sk'] = request.sortAttribute;
      values[':sk'] = request.sortPrefix;
      condition += ' AND begins_with(#sk, :sk)';
    } else if (request.sortAtMost) {
      names['#sk'] = request.sortAttribute;
      values[':sk'] = request.sortAtMost;
      condition += ' AND #sk <= :sk';
    }
    const input: QueryCommandInput = {
      TableName: this.tableName,
      ...(request.index ? { IndexName: request.index } : {}),
      KeyConditionExpression: condition,
      ...(request.filter ? { FilterExpression: request.filter.expression } : {}),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: marshall(values, MARSHALL_OPTIONS),
      ...(request.limit ? { Limit: request.limit } : {}),
      ...(request.exclusiveStartKey ? { ExclusiveStartKey: marshall(request.exclusiveStartKey) } : {}),
      ...(request.consistent ? { ConsistentRead: true } : {}),
      ScanIndexForward: request.forward ?? true,
      ...this.capacity,
    };
    const result = await this.client.send(new QueryCommand(input)).catch((error: unknown) => {
      throw request.exclusiveStartKey ? startKeyRefusal(error) : error;
    });
    this.report('read', result.ConsumedCapacity);
    return {
      items: (result.Items ?? []).map((item) => unmarshall(item)),
      ...(result.LastEvaluatedKey ? { lastKey: unmarshall(result.LastEvaluatedKey) } : {}),
    };
  }

  /** Every item of a query, following LastEvaluatedKey; with a limit, that many at most. */
  async queryAll({ limit, ...request }: Omit<QueryRequest, 'exclusiveStartKey'>): Promise<Item[]> {
    const items: Item[] = [];
    let lastKey: Item | undefined;
    do {
      const page = await this.query({
        ...request,
        ...(limit ? { limit: limit - items.length } : {}),
        ...(lastKey ? { exclusiveStartKey: lastKey } : {}),
      });
      items.push(...page.items);
      lastKey = page.lastKey;
    } while (lastKey && !(limit && items.length >= limit));
    return items;
  }

  async batchGet(keys: Key[], projection?: string[]): Promise<Item[]> {
    const projectionInput = projection
      ? {
          ProjectionExpression: projection.map((_, index) => `#p${index}`).join(', '),
          ExpressionAttributeNames: Object.fromEntries(projection.map((name, index) => [`#p${index}`, name])),
        }
      : {};
    const chunks: Key[][] = [];
    for (let offset = 0; offset < keys.length; offset += BATCH_GET_LIMIT) chunks.push(keys.slice(offset, offset + BATCH_GET_LIMIT));
    const results = await Promise.all(
      chunks.map(async (chunk) => {
        const items: Item[] = [];
        let pending: Record<string, AttributeValue>[] | undefined = chunk.map((key) => marshall(key));
        for (let attempt = 0; pending?.length; attempt++) {
          if (attempt > 0) await backOff(attempt);
          const result: BatchGetItemCommandOutput = await this.client.send(
            new BatchGetItemCommand({ RequestItems: { [this.tableName]: { Keys: pending, ...projectionInput } }, ...this.capacity }),
          );
          this.report('read', result.ConsumedCapacity);
          items.push(...(result.Responses?.[this.tableName] ?? []).map((item) => unmarshall(item)));
          pending = result.UnprocessedKeys?.[this.tableName]?.Keys;
        }
        return items;
      }),
    );
    return results.flat();
  }

  marshall(item: Item) {
    return marshall(item, MARSHALL_OPTIONS);
  }
}

/** The reads and the writes: what every store but the read api's (read-store.ts) is built on. */
export class TableAccess extends TableReads {
  /** With `returnOldOnConditionFailure`, a failed condition's ConditionalCheckFailedException carries the stored item. */
  async put(item: Item, condition?: Expression, returnOldOnConditionFailure = false): Promise<void> {
    const result = await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall(item, MARSHALL_OPTIONS),
        ...expressionInput(condition, 'ConditionExpression'),
        ...(returnOldOnConditionFailure ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
        ...this.capacity,
      }),
    );
    this.report('write', result.ConsumedCapacity);
  }

  async update(key: Key, update: Expression, condition?: string): Promise<void> {
    const result = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall(key),
        ...expressionInput(update, 'UpdateExpression'),
        ...(condition ? { ConditionExpression: condition } : {}),
        ...this.capacity,
      }),
    );
    this.report('write', result.ConsumedCapacity);
  }

  /** `update` under `condition`: false, and nothing written, when the condition does not hold. */
  async updateIf(key: Key, update: Expression, condition: string): Promise<boolean> {
    try {
      await this.update(key, update, condition);
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** True when there was an item to delete. */
  async delete(key: Key): Promise<boolean> {
    const result = await this.client.send(
      new DeleteItemCommand({ TableName: this.tableName, Key: marshall(key), ReturnValues: 'ALL_OLD', ...this.capacity }),
    );
    this.report('write', result.ConsumedCapacity);
    return result.Attributes !== undefined;
  }

  async batchWrite(requests: Array<{ put: Item } | { delete: Key }>): Promise<void> {
    for (let offset = 0; offset < requests.length; offset += BATCH_WRITE_LIMIT) {
      let pending: WriteRequest[] | undefined = requests
        .slice(offset, offset + BATCH_WRITE_LIMIT)
        .map((request) =>
          'put' in request
            ? { PutRequest: { Item: marshall(request.put, MARSHALL_OPTIONS) } }
            : { DeleteRequest: { Key: marshall(request.delete) } },
        );
      for (let attempt = 0; pending?.length; attempt++) {
        if (attempt > 0) await backOff(attempt);
        const result: BatchWriteItemCommandOutput = await this.client.send(
          new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending }, ...this.capacity }),
        );
        this.report('write', result.ConsumedCapacity);
        pending = result.UnprocessedItems?.[this.tableName];
      }
    }
  }

  async transactWrite(items: TransactWriteItem[]): Promise<void> {
    const result = await this.client.send(new TransactWriteItemsCommand({ TransactItems: items, ...this.capacity }));
    this.report('write', result.ConsumedCapacity);
  }
}

function expressionInput(expression: Expression | undefined, field: 'ConditionExpression' | 'UpdateExpression') {
  if (!expression) return {};
  return {
    [field]: expression.expression,
    ...(expression.names && Object.keys(expression.names).length ? { ExpressionAttributeNames: expression.names } : {}),
    ...(expression.values && Object.keys(expression.values).length
      ? { ExpressionAttributeValues: marshall(expression.values, MARSHALL_OPTIONS) }
      : {}),
  };
}

/** Unprocessed batch items mean throttling: wait with jittered exponential back-off before resending them. */
function backOff(attempt: number): Promise<void> {
  const ceiling = Math.min(2000, 25 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
