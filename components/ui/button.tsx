import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

/**
 * Buttons in three weights, from the theme tokens: primary (one per screen: the action the page is
 * for), secondary (bordered, line-strong >= 3:1), quiet (a text action). Links that look like a
 * button use ButtonLink. On touch screens every size is at least 44 px tall.
 */
export type ButtonVariant = "primary" | "secondary" | "quiet";
export type ButtonSize = "sm" | "md";

const BASE =
  "inline-flex items-center justify-center gap-2 rounded-control font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:opacity-60 pointer-coarse:min-h-target";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "border border-transparent bg-accent-fill text-on-accent hover:bg-accent-fill/90",
  secondary: "border border-line-strong bg-surface text-ink hover:bg-surface-raised",
  quiet: "border border-transparent text-accent underline-offset-4 hover:underline",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "px-2.5 py-1 text-small",
  md: "px-4 py-2",
};

export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "md", extra = ""): string {
  return `${BASE} ${VARIANTS[variant]} ${SIZES[size]} ${extra}`.trim();
}

type Style = { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant, size, className = "", type = "button", ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & Style & { ref?: React.Ref<HTMLButtonElement> }) {
  return <button type={type} className={buttonClass(variant, size, className)} {...rest} />;
}

export function ButtonLink({ variant, size, className = "", ...rest }: ComponentProps<typeof Link> & Style) {
  return <Link className={buttonClass(variant, size, className)} {...rest} />;
}
