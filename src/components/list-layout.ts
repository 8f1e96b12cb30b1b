/**
 * A list page on a wide screen (2xl, ≥ 1536 px): the section's summary and charts in a column of their own, the
 * filters and reviews beside it; narrower, one above the other. Not sticky: the column is taller than a 1080 px
 * screen, and its foot would stay hidden. Both are size containers, so what is inside lays itself out by the width
 * it gets.
 */
export const LIST_PAGE_GRID =
  'space-y-8 2xl:grid 2xl:grid-cols-[28rem_minmax(0,1fr)] 2xl:items-start 2xl:gap-10 2xl:space-y-0';
export const LIST_PAGE_SUMMARY = '@container space-y-8';
export const LIST_PAGE_LIST = '@container space-y-4';
