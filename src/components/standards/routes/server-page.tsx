// How the server renders a standards page (plugins/standards/docusaurus/server-pages.ts):
// with the browser's renderer (./client-page.tsx), every kind of page loaded
// at once, since the server renders synchronously. In the server bundle only.
import clientPage, { setPages } from './client-page';
import OverviewRoute from './OverviewRoute';
import TrackRoute from './TrackRoute';
import StatusRoute from './StatusRoute';
import DiffRoute from './DiffRoute';
import CompareRoute from './CompareRoute';

setPages({ overview: OverviewRoute, track: TrackRoute, status: StatusRoute, diff: DiffRoute, compare: CompareRoute } as never);

export default clientPage.StandardsPage;
