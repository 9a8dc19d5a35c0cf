// The route component of the status pages: the page, with its data in the HTML (see ./with-page-data.tsx).
import StatusPage from '../StatusPage';
import { withPageData } from './with-page-data';

export default withPageData('status', StatusPage);
