import * as z from 'zod/mini';

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 500;

/** Counts code points, so an emoji is one character, as the counter shows it. */
export function countCodePoints(value: string): number {
  return Array.from(value).length;
}

// Every C0 and C1 control character except the newline (\n).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;

/** Text a buyer types: Windows line ends become plain newlines, and outer whitespace is dropped. */
export function normalizeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/**
 * What a text rule says when it is broken. The schemas below are built with these words: the API
 * uses the English ones (a problem answer's `errors[].message`, for developers); the forms build
 * the same schemas with the buyer's words (src/i18n/words/message-words.ts), so the rule is
 * written once and read in every language.
 */
export type TextRuleWords = {
  readonly required: string;
  readonly control: string;
  readonly tooShort: string;
  readonly tooLong: string;
};

export const RESTORE_MESSAGE_RULE_WORDS: TextRuleWords = {
  required: 'Write a message to the seller.',
  control: 'Remove the special control characters (line breaks are fine).',
  tooShort: `Write at least ${MESSAGE_MIN} characters to the seller.`,
  tooLong: `Keep the message to ${MESSAGE_MAX} characters or fewer.`,
};

export const CANCEL_REASON_MIN = 3;
export const CANCEL_REASON_MAX = 200;

export const CANCEL_REASON_RULE_WORDS: TextRuleWords = {
  required: 'Choose or write a reason.',
  control: RESTORE_MESSAGE_RULE_WORDS.control,
  tooShort: `Write at least ${CANCEL_REASON_MIN} characters.`,
  tooLong: `Keep the reason to ${CANCEL_REASON_MAX} characters or fewer.`,
};

function textSchema(min: number, max: number, words: TextRuleWords) {
  return z.pipe(
    z.string(words.required),
    z.pipe(
      z.transform((value: string) => normalizeText(value)),
      z.string().check(
        z.refine((value) => !FORBIDDEN_CONTROL.test(value), words.control),
        z.refine((value) => countCodePoints(value) >= min, words.tooShort),
        z.refine((value) => countCodePoints(value) <= max, words.tooLong),
      ),
    ),
  );
}

/**
 * The message to the seller: required, 10–500 code points after trimming, no control characters
 * but newlines. The same rule checks the form and the API request.
 */
export function restoreMessageSchemaWith(words: TextRuleWords) {
  return textSchema(MESSAGE_MIN, MESSAGE_MAX, words);
}

/** Why a buyer cancels: a chosen reason or their own words. */
export function cancelReasonSchemaWith(words: TextRuleWords) {
  return textSchema(CANCEL_REASON_MIN, CANCEL_REASON_MAX, words);
}

export const restoreMessageSchema = restoreMessageSchemaWith(RESTORE_MESSAGE_RULE_WORDS);
export const cancelReasonSchema = cancelReasonSchemaWith(CANCEL_REASON_RULE_WORDS);
