// The route component of the diff pages: the page, with its data in the HTML (see ./with-page-data.tsx).
import DiffPage from '../DiffPage';
import { withPageData } from './with-page-data';

export default withPageData('diff', DiffPage);
