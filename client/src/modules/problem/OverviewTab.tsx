export function OverviewTab() {
  return <p>The overview is being built.</p>;
}
