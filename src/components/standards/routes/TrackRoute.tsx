// The route component of the track pages: the page, with its data in the HTML (see ./with-page-data.tsx).
import TrackPage from '../TrackPage';
import { withPageData } from './with-page-data';

export default withPageData('track', TrackPage);
