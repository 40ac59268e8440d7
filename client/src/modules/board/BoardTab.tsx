export function BoardTab() {
  return <p>The board is being built.</p>;
}
