"use client";

import { useEffect } from "react";

/**
 * Makes every wide diagram or table box (.scroll-x, see components/ui/markdown-html.ts) usable
 * where it overflows: a tab stop (so the arrow keys scroll it: axe scrollable-region-focusable),
 * a named region, and data-overflowing, which shows the "scroll sideways" hint under it. A box
 * that fits stays a plain box, not a tab stop. Mounted once, in the root layout; it follows boxes
 * added later (a disclosure opened, a client navigation) and resizes.
 */
function mark(el: HTMLElement) {
  const over = el.scrollWidth > el.clientWidth + 1;
  if (over === el.hasAttribute("data-overflowing")) return;
  if (over) {
    el.setAttribute("data-overflowing", "");
    el.tabIndex = 0;
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", `${el.dataset.scrollLabel ?? "Wide content"}, scrolls sideways`);
  } else {
    el.removeAttribute("data-overflowing");
    el.removeAttribute("tabindex");
    el.removeAttribute("role");
    el.removeAttribute("aria-label");
  }
}

export function ScrollRegions() {
  useEffect(() => {
    const seen = new WeakSet<Element>();
    const resize = new ResizeObserver((entries) => entries.forEach((e) => mark(e.target as HTMLElement)));
    const scan = () =>
      document.querySelectorAll<HTMLElement>(".scroll-x").forEach((el) => {
        if (seen.has(el)) return;
        seen.add(el);
        resize.observe(el);
        mark(el);
      });
    scan();
    const added = new MutationObserver(scan);
    added.observe(document.body, { childList: true, subtree: true });
    return () => {
      added.disconnect();
      resize.disconnect();
    };
  }, []);
  return null;
}
