export function ActivityTab() {
  return <p>The activity is being built.</p>;
}
