import { describe, expect, it } from 'vitest';
import { formatSearchTable, type SearchBenchResult } from './search-bench.js';

const cost = (kb: number, requests: number, ms: number) => ({ bytes: kb * 1024, rawBytes: kb * 2048, requests, largest: [{ path: '/pagefind/wasm.en.pagefind', bytes: 58 * 1024 }], ms, hits: 6 });
const result = (documents: number, metaKb: number): SearchBenchResult => ({
  documents,
  pages: documents,
  indexBytes: documents * 4 * 1024,
  indexSeconds: documents / 100,
  barFirst: cost(130 + metaKb, 17, 420),
  pageFirst: cost(140 + metaKb, 21, 460),
  barPreloadedMs: 180,
  warmMs: [90, 40, 60],
  warmIndexMs: [50, 20, 30],
  warmFragmentsMs: [30, 15, 25],
  load: [3.2, 4.25],
  idQuery: { query: 'scs-0000', ms: 35, bytes: 129 * 1024, first: '/standards/scs-0000-v1-a' },
  reader: { firstMs: 240 + metaKb, firstBytes: (150 + metaKb) * 1024, warmFirstMs: 210, newMs: [190, 230, 170] },
});

describe('formatSearchTable', () => {
  it('prints one column per size with the goal beside the figures it applies to', () => {
    expect(formatSearchTable([result(100, 1), result(1000, 8)]).split('\n')).toEqual([
      "Documents                                                     100       1000                 ",
      "Pages indexed                                                 100       1000                 ",
      "Index KB on disk                                              400       4000                 ",
      "Indexing s                                                    1.0       10.0                 ",
      "Reader: first query typed on clicking into the box,                                          ",
      "  last key to hits shown ms                                   241        248            < 300",
      "  KB from the click                                           151        158  ≤ 300 at 10,000",
      "Reader: first query, search code loaded (warm page) ms        210        210            < 300",
      "Reader: new queries ms (median / slowest)               190 / 230  190 / 230            < 300",
      "Navbar first query KB                                         131        138  ≤ 300 at 10,000",
      "  requests                                                     17         17                 ",
      "  ms (Pagefind loaded by it)                                  420        420                 ",
      "Search page first query KB                                    141        148  ≤ 300 at 10,000",
      "  requests                                                     21         21                 ",
      "  ms                                                          460        460                 ",
      "Call after loading, first query ms                            180        180                 ",
      "Call after loading, new queries ms (median)                    60         60                 ",
      "  fastest / slowest                                       40 / 90    40 / 90                 ",
      "  index lookup / fragments (medians)                      30 / 25    30 / 25                 ",
      "Id query ms / first query KB                             35 / 129   35 / 129                 ",
      "Load average (1 min), start / end                       3.2 / 4.3  3.2 / 4.3                 ",
      "100 documents: search page's first query fetched /pagefind/wasm.en.pagefind 58 KB",
      "100 documents: id query \"scs-0000\" listed /standards/scs-0000-v1-a first",
      "1000 documents: search page's first query fetched /pagefind/wasm.en.pagefind 58 KB",
      "1000 documents: id query \"scs-0000\" listed /standards/scs-0000-v1-a first",
    ]);
  });
});
