import type { KeyboardEvent } from "react";

/**
 * What makes an SVG shape a button: focusable, pressed by a click, Enter or Space. Given no
 * handler it adds nothing, so the same shape draws as a plain picture (the quiz's figures).
 */
export function pressable(onPress: (() => void) | undefined) {
  if (!onPress) return {};
  return {
    role: "button" as const,
    tabIndex: 0,
    onClick: onPress,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        onPress();
      }
    },
  };
}
