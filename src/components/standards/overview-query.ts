// The overview's filter and sort state <-> the URL query, so a filtered view can be shared.
// `date` is the day the registry is shown for (`?date=`, empty for today), kept as
// written so an invalid one can be named on the page.

export type SortKey = 'id' | 'title' | 'track';
export interface OverviewQuery {
  track: string;
  type: string;
  state: string;
  text: string;
  sort: SortKey;
  descending: boolean;
  date: string;
}

export const EMPTY_QUERY: OverviewQuery = { track: '', type: '', state: '', text: '', sort: 'id', descending: false, date: '' };
const SORT_KEYS: readonly SortKey[] = ['id', 'title', 'track'];

export function readQuery(search: string): OverviewQuery {
  const params = new URLSearchParams(search);
  const sort = params.get('sort') as SortKey | null;
  return {
    track: params.get('track') ?? '',
    type: params.get('type') ?? '',
    state: params.get('state') ?? '',
    text: params.get('q') ?? '',
    sort: sort && SORT_KEYS.includes(sort) ? sort : 'id',
    descending: params.get('order') === 'desc',
    date: params.get('date') ?? '',
  };
}

export function writeQuery(query: OverviewQuery): string {
  const params = new URLSearchParams();
  if (query.track) params.set('track', query.track);
  if (query.type) params.set('type', query.type);
  if (query.state) params.set('state', query.state);
  if (query.text) params.set('q', query.text);
  if (query.sort !== 'id') params.set('sort', query.sort);
  if (query.descending) params.set('order', 'desc');
  if (query.date) params.set('date', query.date);
  const text = params.toString();
  return text ? `?${text}` : '';
}
