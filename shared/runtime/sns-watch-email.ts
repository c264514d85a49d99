// The SNS adapter of the watch e-mail port (shared/watches/email.ts): one shared topic, an e-mail
// subscription per watch filtered on the message attribute watchId.
import { PublishCommand, SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import { FactlineError } from '../errors.js';
import type { WatchEmailChannel } from '../watches/email.js';

export function snsWatchEmailChannel(client: SNSClient, topicArn: string): WatchEmailChannel {
  return {
    async subscribe(watchId, email) {
      const answer = await client
        .send(
          new SubscribeCommand({
            TopicArn: topicArn,
            Protocol: 'email',
            Endpoint: email,
            Attributes: { FilterPolicy: JSON.stringify({ watchId: [watchId] }), FilterPolicyScope: 'MessageAttributes' },
            // The ARN even while the address has not confirmed, so the watch's deletion can unsubscribe it.
            ReturnSubscriptionArn: true,
          }),
        )
        .catch((error: unknown) => {
          // SNS keeps one subscription per address and topic: a second watch's filter policy would replace the first's.
          if (error instanceof Error && error.name === 'InvalidParameterException' && /already exists/i.test(error.message))
            throw new FactlineError(
              'unprocessable',
              'this address already receives the e-mails of another watch; one address may follow one watch by e-mail',
              { field: 'email' },
            );
          throw error;
        });
      if (!answer.SubscriptionArn) throw new Error(`SNS answered no subscription ARN for watch ${watchId}`);
      return answer.SubscriptionArn;
    },
    async unsubscribe(subscriptionArn) {
      try {
        await client.send(new UnsubscribeCommand({ SubscriptionArn: subscriptionArn }));
      } catch (error) {
        // Already gone (the recipient unsubscribed through the mail's link): nothing left to do.
        if (error instanceof Error && error.name === 'NotFoundException') return;
        throw error;
      }
    },
    async publish({ watchId, subject, body }) {
      await client.send(
        new PublishCommand({
          TopicArn: topicArn,
          Subject: subject,
          Message: body,
          MessageAttributes: { watchId: { DataType: 'String', StringValue: watchId } },
        }),
      );
    },
  };
}

/** The channel when the stack configured the topic; none otherwise (and a watch with an email is refused). */
export function watchEmailChannelOf(topicArn: string | undefined): WatchEmailChannel | undefined {
  return topicArn ? snsWatchEmailChannel(new SNSClient({}), topicArn) : undefined;
}
