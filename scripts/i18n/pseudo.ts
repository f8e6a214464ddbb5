/** The pseudo-language's form of a message before Lingui accents it: ~40 % longer, bracketed. */
export function pseudoMessage(message: string): string {
  const padding = '~'.repeat(Math.max(2, Math.round(message.length * 0.4)));
  return `[${message} ${padding}]`;
}
