/**
 * The text rules' messages in the buyer's language: the same English as the API's rule words
 * (src/domain/message.ts), and the schemas built with them say them.
 */
import { describe, expect, it } from 'vitest';
import {
  CANCEL_REASON_RULE_WORDS,
  cancelReasonSchemaWith,
  RESTORE_MESSAGE_RULE_WORDS,
  restoreMessageSchemaWith,
} from '../../domain/message';
import { cancelReasonWords, restoreMessageWords } from './message-words';

const errorOf = (schema: ReturnType<typeof restoreMessageSchemaWith>, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('the message to the seller, in words', () => {
  it('words the limits as the counter shows them', () => {
    expect(restoreMessageWords()).toEqual({
      required: 'Write a message to the seller.',
      control: 'Remove the special control characters (line breaks are fine).',
      tooShort: 'Write at least 10 characters to the seller.',
      tooLong: 'Keep the message to 500 characters or fewer.',
    });
    expect(restoreMessageWords()).toEqual(RESTORE_MESSAGE_RULE_WORDS);
  });

  it('says each broken rule through the schema', () => {
    const schema = restoreMessageSchemaWith(restoreMessageWords());
    expect(errorOf(schema, 42)).toBe('Write a message to the seller.');
    expect(errorOf(schema, 'a'.repeat(9))).toBe('Write at least 10 characters to the seller.');
    expect(errorOf(schema, 'a'.repeat(501))).toBe('Keep the message to 500 characters or fewer.');
    expect(errorOf(schema, 'Hello seller\u0000 please')).toBe(
      'Remove the special control characters (line breaks are fine).',
    );
    expect(errorOf(schema, 'a'.repeat(10))).toBeNull();
  });
});

describe('the cancel reason, in words', () => {
  it('words every cancel-reason error for the buyer', () => {
    expect(cancelReasonWords()).toEqual({
      required: 'Choose or write a reason.',
      control: 'Remove the special control characters (line breaks are fine).',
      tooShort: 'Write at least 3 characters.',
      tooLong: 'Keep the reason to 200 characters or fewer.',
    });
    expect(cancelReasonWords()).toEqual(CANCEL_REASON_RULE_WORDS);
    const schema = cancelReasonSchemaWith(cancelReasonWords());
    expect(errorOf(schema, 'x'.repeat(201))).toBe('Keep the reason to 200 characters or fewer.');
    expect(errorOf(schema, '  No  ')).toBe('Write at least 3 characters.');
    expect(errorOf(schema, 'Bad\u0007 reason')).toBe(
      'Remove the special control characters (line breaks are fine).',
    );
    expect(errorOf(schema, null)).toBe('Choose or write a reason.');
    expect(errorOf(schema, 'x'.repeat(200))).toBeNull();
  });
});
