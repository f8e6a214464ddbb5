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

export const MESSAGE_TOO_SHORT = `Write at least ${MESSAGE_MIN} characters to the seller.`;
export const MESSAGE_TOO_LONG = `Keep the message to ${MESSAGE_MAX} characters or fewer.`;
export const MESSAGE_CONTROL = 'Remove the special control characters (line breaks are fine).';

/**
 * The message to the seller: required, 10–500 code points after trimming, no control characters
 * but newlines. The same schema checks the form and the API request.
 */
export const restoreMessageSchema = z.pipe(
  z.string('Write a message to the seller.'),
  z.pipe(
    z.transform((value: string) => normalizeText(value)),
    z.string().check(
      z.refine((value) => !FORBIDDEN_CONTROL.test(value), MESSAGE_CONTROL),
      z.refine((value) => countCodePoints(value) >= MESSAGE_MIN, MESSAGE_TOO_SHORT),
      z.refine((value) => countCodePoints(value) <= MESSAGE_MAX, MESSAGE_TOO_LONG),
    ),
  ),
);

export const CANCEL_REASON_MIN = 3;
export const CANCEL_REASON_MAX = 200;

/** Why a buyer cancels: a chosen reason or their own words. */
export const cancelReasonSchema = z.pipe(
  z.string('Choose or write a reason.'),
  z.pipe(
    z.transform((value: string) => normalizeText(value)),
    z.string().check(
      z.refine((value) => !FORBIDDEN_CONTROL.test(value), MESSAGE_CONTROL),
      z.refine(
        (value) => countCodePoints(value) >= CANCEL_REASON_MIN,
        `Write at least ${CANCEL_REASON_MIN} characters.`,
      ),
      z.refine(
        (value) => countCodePoints(value) <= CANCEL_REASON_MAX,
        `Keep the reason to ${CANCEL_REASON_MAX} characters or fewer.`,
      ),
    ),
  ),
);
