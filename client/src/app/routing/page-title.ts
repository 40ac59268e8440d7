export const PRODUCT_NAME = 'Commons';

/** "Problems — Commons" */
export function pageTitle(title: string): string {
  return `${title} — ${PRODUCT_NAME}`;
}
