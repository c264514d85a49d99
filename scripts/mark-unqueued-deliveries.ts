// `npm run mark-unqueued-deliveries -- --table TABLE_NAME`: marks the pending webhook deliveries the sweeper
// cannot see, so it sends them. Run once after deploying the sweeper: records pending from before it carry no
// unqueued mark, and a record whose message is lost without one waits for ever. Idempotent, and harmless on a
// record whose message is queued after all (markPendingDeliveries, shared/watches/unqueued-sweeper.ts says why).
// Uses the AWS credentials and region of the environment (AWS_ENDPOINT_URL_DYNAMODB for DynamoDB Local).
import { parseArgs } from 'node:util';
import { messageOf } from '../shared/errors.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createDynamoDeliveryStore } from '../shared/store/delivery-store.js';
import { DEFAULT_DELIVERY_POLICY } from '../shared/watches/deliverer.js';
import { markPendingDeliveries, UNQUEUED_SWEEP_MARGIN_MS } from '../shared/watches/unqueued-sweeper.js';

const USAGE = 'usage: npm run mark-unqueued-deliveries -- --table TABLE_NAME';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { table: { type: 'string' } } });
  if (!values.table) {
    console.error(USAGE);
    return 2;
  }
  const client = createDynamoDbClient();
  try {
    const deliveries = createDynamoDeliveryStore({ client, tableName: values.table });
    // The deployed deliverer's policy: the back-off its records' last tries were made under.
    const report = await markPendingDeliveries({ deliveries, policy: DEFAULT_DELIVERY_POLICY });
    console.log(
      `${report.pending} pending deliveries: ${report.marked} marked, ${report.pending - report.marked - report.changed} already marked, ` +
        `${report.changed} tried since they were read (their own run tracks them). The sweeper sends the marks ` +
        `${UNQUEUED_SWEEP_MARGIN_MS / 60_000} minutes after they are due.`,
    );
    return 0;
  } finally {
    client.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`marking failed: ${messageOf(error)}`);
    process.exit(1);
  },
);
