/**
 * In-page probes for WCAG 2.2 criteria that axe-core cannot judge from the DOM alone: they need
 * the laid-out boxes (target size) or the browser's own focus movement (focus not obscured).
 * Each function is passed to `page.evaluate`, so it is self-contained: it may use nothing from
 * this module's scope.
 */

/** What counts as a pointer target: WCAG 2.5.8's "interactive targets" as this app writes them. */
export const TARGET_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  '[role="button"]',
  '[role="tab"]',
  '[role="option"]',
  '[role="checkbox"]',
  '[role="menuitem"]',
  '[tabindex="0"]',
].join(', ');

/**
 * WCAG 2.2 2.5.8 Target Size (Minimum): every visible target is at least 24×24 CSS px, unless
 * - it is inline in a sentence (a link whose line box it shares with non-target text), or
 * - spacing: a 24 px circle centred on its box intersects no other target's box and no other
 *   undersized target's circle.
 * A visually hidden input (React Aria's checkboxes) is measured by its label, which is what the
 * pointer hits. Targets nested in one another (a button in a focusable row) do not count against
 * each other: the pointer that misses the inner one still lands on the outer one on purpose.
 * Returns how many targets it measured, the undersized ones an exception lets pass, and one
 * readable line per offender.
 */
export function undersizedTargets(selector: string): {
  /** How many targets were measured. */
  targets: number;
  /** Undersized targets that pass by an exception, and which one. */
  excepted: string[];
  offenders: string[];
} {
  const MIN = 24;
  const RADIUS = MIN / 2;
  interface Target {
    element: Element;
    box: Element;
    rect: DOMRect;
    cx: number;
    cy: number;
    small: boolean;
  }

  const describe = (element: Element): string => {
    const role = element.getAttribute('role');
    const name = (
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement && element.labels?.[0]
        ? element.labels[0].textContent
        : element.textContent)
    )
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 50);
    const classes = [...element.classList].slice(0, 2).join('.');
    return `<${element.tagName.toLowerCase()}${role ? ` role=${role}` : ''}${
      classes ? ` class=${classes}` : ''
    }> "${name}"`;
  };

  /** Clipped to nothing by itself or a wrapper (React Aria wraps a checkbox's input so). */
  const isVisuallyHidden = (element: Element): boolean => {
    for (let up: Element | null = element; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      const rect = up.getBoundingClientRect();
      const tiny = rect.width <= 1 || rect.height <= 1;
      if (style.clipPath === 'inset(50%)' || (tiny && style.overflow !== 'visible')) return true;
      if (up === element && tiny) return true;
    }
    return false;
  };

  const targets: Target[] = [];
  const seen = new Set<Element>();
  for (const element of document.querySelectorAll(selector)) {
    if (element.closest('[aria-hidden="true"], [inert]')) continue;
    if ((element as HTMLButtonElement).disabled) continue;
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    let box: Element = element;
    let rect = element.getBoundingClientRect();
    if (isVisuallyHidden(element)) {
      // The pointer reaches a hidden input through its label; with no label it is no target.
      const label =
        element.closest('label') ??
        (element instanceof HTMLInputElement ? element.labels?.[0] : undefined);
      if (!label) continue;
      box = label;
      rect = label.getBoundingClientRect();
    }
    // Moved out of the page until focused (the skip link): not a pointer target. A fixed box
    // is out of reach above or left of the viewport; any other, above or left of the page.
    let fixed = false;
    for (let up: Element | null = box; up && !fixed; up = up.parentElement) {
      fixed = getComputedStyle(up).position === 'fixed';
    }
    const [dx, dy] = fixed ? [0, 0] : [scrollX, scrollY];
    if (rect.bottom + dy <= 0 || rect.right + dx <= 0) continue;
    if (rect.width === 0 || rect.height === 0 || seen.has(box)) continue;
    seen.add(box);
    targets.push({
      element,
      box,
      rect,
      cx: rect.left + rect.width / 2,
      cy: rect.top + rect.height / 2,
      small: rect.width < MIN - 0.01 || rect.height < MIN - 0.01,
    });
  }

  /** Inline in a sentence: an inline target sharing a line box with text that is no target. */
  const inSentence = (target: Target): boolean => {
    if (getComputedStyle(target.box).display !== 'inline') return false;
    let block = target.box.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) {
      block = block.parentElement;
    }
    if (!block) return false;
    const lines = [...target.box.getClientRects()];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (!/[\p{L}\p{N}]/u.test(text.data)) continue;
      const parent = text.parentElement;
      const owner = parent?.closest(selector);
      if (owner && block.contains(owner)) continue;
      if (parent?.closest('.visually-hidden, [aria-hidden="true"]')) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const piece of range.getClientRects()) {
        for (const line of lines) {
          if (piece.top < line.bottom - 1 && piece.bottom > line.top + 1) return true;
        }
      }
    }
    return false;
  };

  const distanceToRect = (x: number, y: number, rect: DOMRect): number => {
    const dx = Math.max(rect.left - x, 0, x - rect.right);
    const dy = Math.max(rect.top - y, 0, y - rect.bottom);
    return Math.hypot(dx, dy);
  };
  const nested = (a: Element, b: Element) => a.contains(b) || b.contains(a);

  const offenders: string[] = [];
  const excepted: string[] = [];
  for (const target of targets) {
    if (!target.small) continue;
    if (inSentence(target)) {
      excepted.push(`${describe(target.box)}: in a sentence`);
      continue;
    }
    const clash = targets.find(
      (other) =>
        other !== target &&
        !nested(other.box, target.box) &&
        !nested(other.element, target.element) &&
        (distanceToRect(target.cx, target.cy, other.rect) < RADIUS - 0.01 ||
          (other.small && Math.hypot(other.cx - target.cx, other.cy - target.cy) < MIN - 0.01)),
    );
    if (!clash) {
      excepted.push(`${describe(target.box)}: spaced`);
      continue;
    }
    const size = `${Math.round(target.rect.width * 10) / 10}×${Math.round(target.rect.height * 10) / 10} px`;
    offenders.push(
      `${describe(target.box)} is ${size} and too close to ${describe(clash.box)} (${Math.round(
        distanceToRect(target.cx, target.cy, clash.rect),
      )} px from its centre)`,
    );
  }
  return { targets: targets.length, excepted, offenders };
}

/**
 * WCAG 2.2 2.4.11 Focus Not Obscured (Minimum), for the element that has the focus now: `null`
 * if nothing is focused, else whether any of it can be seen (sampled on a grid over the part
 * inside the viewport, by hit-testing: a point shows the element when the topmost element there
 * is the focused one, inside it, or one of its ancestors) and, if not, what covers it. A visually
 * hidden input shows its focus on its label, so the label is what must be seen.
 */
export function focusedElementVisibility(): {
  focused: string;
  visible: boolean;
  coveredBy: string[];
} | null {
  const describe = (element: Element): string => {
    const role = element.getAttribute('role');
    const name = (element.getAttribute('aria-label') ?? element.textContent)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 50);
    const classes = [...element.classList].slice(0, 2).join('.');
    const position = getComputedStyle(element).position;
    return `<${element.tagName.toLowerCase()}${role ? ` role=${role}` : ''}${
      classes ? ` class=${classes}` : ''
    }${position === 'fixed' || position === 'sticky' ? ` position=${position}` : ''}> "${name}"`;
  };

  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  if (!focused || focused === document.body || focused === document.documentElement) return null;
  let shown: Element = focused;
  let rect = focused.getBoundingClientRect();
  // Clipped to nothing by itself or a wrapper (React Aria wraps a checkbox's input so).
  let hidden = false;
  for (
    let up: Element | null = focused;
    up && up !== document.body && !hidden;
    up = up.parentElement
  ) {
    const style = getComputedStyle(up);
    const box = up.getBoundingClientRect();
    const tiny = box.width <= 1 || box.height <= 1;
    hidden =
      style.clipPath === 'inset(50%)' ||
      (tiny && style.overflow !== 'visible') ||
      (up === focused && tiny);
  }
  if (hidden) {
    const label =
      focused.closest('label') ??
      (focused instanceof HTMLInputElement ? focused.labels?.[0] : undefined);
    if (label) {
      shown = label;
      rect = label.getBoundingClientRect();
    }
  }
  const left = Math.max(rect.left, 0);
  const right = Math.min(rect.right, document.documentElement.clientWidth);
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, document.documentElement.clientHeight);
  if (right <= left || bottom <= top) {
    const where = `${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(
      rect.height,
    )}`;
    return {
      focused: describe(shown),
      visible: false,
      coveredBy: [
        `nothing: it is outside the viewport (at ${where}, page scrolled to ${Math.round(scrollY)})`,
      ],
    };
  }
  const coveredBy = new Set<string>();
  const STEPS = 4;
  for (let i = 0; i <= STEPS; i++) {
    for (let j = 0; j <= STEPS; j++) {
      // Half a pixel in from the edges, where a neighbour's box may begin.
      const x = Math.min(Math.max(left + ((right - left) * i) / STEPS, left + 0.5), right - 0.5);
      const y = Math.min(Math.max(top + ((bottom - top) * j) / STEPS, top + 0.5), bottom - 0.5);
      const hit = document.elementFromPoint(x, y);
      if (!hit) continue;
      if (shown.contains(hit) || hit.contains(shown) || focused.contains(hit)) {
        return { focused: describe(shown), visible: true, coveredBy: [] };
      }
      // Name the outermost fixed or sticky box over it, if there is one: that is what to fix.
      let cover: Element = hit;
      for (let up: Element | null = hit; up; up = up.parentElement) {
        const position = getComputedStyle(up).position;
        if (position === 'fixed' || position === 'sticky') cover = up;
      }
      coveredBy.add(describe(cover));
    }
  }
  return { focused: describe(shown), visible: false, coveredBy: [...coveredBy] };
}
