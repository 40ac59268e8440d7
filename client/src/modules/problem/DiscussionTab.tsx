export function DiscussionTab() {
  return <p>The discussion is being built.</p>;
}
