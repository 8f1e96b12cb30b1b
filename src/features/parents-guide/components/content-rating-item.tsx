import { useId, useState } from 'react';
import type { ContentRating } from '@/domain/schemas';
import { splitFirstSentence } from '@/domain/sentences';
import { ContentMeter } from './content-meter';

/** One category of the grid: its label, meter, and explanation (first sentence, the rest on demand; `whole`: all). */
export function ContentRatingItem({ item, whole }: { item: ContentRating; whole: boolean }) {
  const [expanded, setExpanded] = useState(false);
  const restId = useId();
  const [first, rest] = whole ? [item.explanation, ''] : splitFirstSentence(item.explanation);
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-700 dark:bg-stone-900">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h5 className="font-semibold">{item.label}</h5>
        <ContentMeter rating={item.rating} tone={item.group} />
      </div>
      <p className="mt-2 text-sm leading-relaxed">
        {first}
        {rest && (
          <span id={restId} hidden={!expanded} data-no-js-shown>
            {' '}
            {rest}
          </span>
        )}
      </p>
      {rest && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={restId}
          aria-label={`${expanded ? 'Show less' : 'Read more'} about ${item.label.toLowerCase()}`}
          onClick={() => setExpanded((e) => !e)}
          className="mt-1 rounded text-sm font-semibold static:hidden text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300"
        >
          {expanded ? 'Show less' : 'Read more'}
        </button>
      )}
    </li>
  );
}
