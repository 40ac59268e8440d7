/** A field name as people say it: `allocationPercent` → "allocation percent". */
export function fieldInWords(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
