// The targets of issues #2 and #3 on this 2-core machine, in one place, each
// with the figure it came from. The benchmark prints them beside its figures;
// it never fails on them.

export const LINT_TARGETS = {
  /** Cold wall seconds, process start-up included, by corpus size. */
  coldWallSeconds: new Map([
    [100, 2],
    [1_000, 10],
  ]),
  /** Wall time of 10,000 documents over 1,000: growth close to linear. */
  growth10kOver1k: 12,
  peakRssBytes: 1024 ** 3,
  /** Warm run, 1,000 documents, one changed. */
  warmWallSeconds: new Map([[1_000, 1.5]]),
};

/** Upstream portal figures (issue #3), divided by three. */
export const PORTAL_TARGETS = {
  buildCpuSeconds1k: 280,
  buildPeakRssBytes1k: 2 * 1024 ** 3,
  pageJsBytes: 550 * 1024,
  pageJsGzipBytes: 150 * 1024,
  /** 4.6 MB for 105 documents upstream; a third of it, scaled by the corpus size. */
  searchIndexBytesPerDocument: (4.6 * 1024 * 1024) / 3 / 105,
  /** The synthetic corpus size the build targets are for. */
  syntheticDocuments: 1_000,
  /** The size of the upstream corpus the page-weight figures were measured on. */
  upstreamDocuments: 105,
};
