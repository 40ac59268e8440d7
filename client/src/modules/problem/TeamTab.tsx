export function TeamTab() {
  return <p>The team is being built.</p>;
}
