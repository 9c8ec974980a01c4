import type { Context, SNSEvent } from 'aws-lambda';
import { suppressFromSesEvent } from '../../shared/app/mail/ses-events.js';
import { instrument, lambdaRuntime } from '../runtime/lambda-wiring.js';

const { deps, logger, middlewares } = lambdaRuntime('sesEvents');

/** SNS subscriber of the SES configuration set's bounce and complaint events. */
export const handler = instrument(async (event: SNSEvent, _context: Context) => {
  for (const record of event.Records) {
    let message: unknown;
    try {
      message = JSON.parse(record.Sns.Message);
    } catch {
      logger.warn('ignored SES event that is not JSON', { messageId: record.Sns.MessageId });
      continue;
    }
    const suppressed = await suppressFromSesEvent(deps, message);
    if (suppressed.length > 0) logger.info('addresses suppressed', { count: suppressed.length });
  }
}, middlewares);
