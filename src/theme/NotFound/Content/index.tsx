// The "page not found" text, with the page title that goes with it. The docs
// plugin shows this content alone for an unknown address below /standards or
// /docs (its own route catches those), and without a title the tab said just
// "SCS Standards". The site-wide 404 page sets the same title itself.
import React from 'react';
import { translate } from '@docusaurus/Translate';
import { PageMetadata } from '@docusaurus/theme-common';
import NotFoundContent from '@theme-original/NotFound/Content';
import type { Props } from '@theme/NotFound/Content';

export default function NotFoundContentWithTitle(props: Props): React.ReactElement {
  return (
    <>
      <PageMetadata title={translate({ id: 'theme.NotFound.title', message: 'Page Not Found' })} />
      <NotFoundContent {...props} />
    </>
  );
}
