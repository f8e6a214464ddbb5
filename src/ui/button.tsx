import type { ComponentPropsWithRef, ReactNode } from 'react';

export type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'className'> & {
  /**
   * primary: the one thing the view is for; danger: it cannot be taken back; link: looks like a
   * link, inside a sentence (an offer to undo, show more); plain otherwise.
   */
  variant?: 'plain' | 'primary' | 'danger' | 'link';
  size?: 'normal' | 'small';
  /** On the dark selection bar. */
  onDark?: boolean;
  /** While its change is on the way: disabled, busy, and saying so in `pendingLabel`. */
  pending?: boolean;
  pendingLabel?: ReactNode;
};

/** The one button of the app: its look, and its pending state ("Paying…") wired once. */
export function Button({
  variant = 'plain',
  size = 'normal',
  onDark = false,
  pending = false,
  pendingLabel,
  type = 'button',
  disabled,
  children,
  ...rest
}: ButtonProps) {
  const className = [
    variant === 'link' ? 'link-button' : 'button',
    variant !== 'plain' && variant !== 'link' && `button--${variant}`,
    size === 'small' && 'button--small',
    onDark && 'button--on-dark',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type}
      className={className}
      disabled={disabled === true || pending}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  );
}
