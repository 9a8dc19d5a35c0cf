// The route component of the compare pages: the page, with its data in the HTML (see ./with-page-data.tsx).
import ComparePage from '../ComparePage';
import { withPageData } from './with-page-data';

export default withPageData('compare', ComparePage);
