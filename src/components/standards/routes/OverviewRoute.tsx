// The route component of the overview pages: the page, with its data in the HTML (see ./with-page-data.tsx).
import OverviewPage from '../OverviewPage';
import { withPageData } from './with-page-data';

export default withPageData('overview', OverviewPage);
