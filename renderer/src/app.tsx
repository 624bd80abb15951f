import { STATUSES } from '../../shared/model/project';

/** Placeholder screen until the app issue lands: says honestly what works today. */
export function App() {
  return (
    <main>
      <h1>Pressdesk</h1>
      <p>
        The editor is not built yet. Export a project folder from the command line with{' '}
        <code>npm run export -- &lt;project-folder&gt;</code>.
      </p>
      <p>Project statuses: {STATUSES.join(', ')}.</p>
    </main>
  );
}
