/** The text rules' messages in the buyer's language (the rules themselves: src/domain/message.ts). */
import { t } from '@lingui/core/macro';
import {
  CANCEL_REASON_MAX,
  CANCEL_REASON_MIN,
  MESSAGE_MAX,
  MESSAGE_MIN,
  type TextRuleWords,
} from '../../domain/message';
import { formatCount } from '../format';

export function restoreMessageWords(): TextRuleWords {
  const min = formatCount(MESSAGE_MIN);
  const max = formatCount(MESSAGE_MAX);
  return {
    required: t`Write a message to the seller.`,
    control: t`Remove the special control characters (line breaks are fine).`,
    tooShort: t`Write at least ${min} characters to the seller.`,
    tooLong: t`Keep the message to ${max} characters or fewer.`,
  };
}

export function cancelReasonWords(): TextRuleWords {
  const min = formatCount(CANCEL_REASON_MIN);
  const max = formatCount(CANCEL_REASON_MAX);
  return {
    required: t`Choose or write a reason.`,
    control: t`Remove the special control characters (line breaks are fine).`,
    tooShort: t`Write at least ${min} characters.`,
    tooLong: t`Keep the reason to ${max} characters or fewer.`,
  };
}
