export function OutcomesTab() {
  return <p>The outcomes is being built.</p>;
}
