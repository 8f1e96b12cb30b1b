export type MeterTone = 'good' | 'watch';

const FILLED: Record<MeterTone, string> = {
  good: 'bg-emerald-600 border-emerald-700 dark:bg-emerald-400 dark:border-emerald-300',
  watch: 'bg-orange-600 border-orange-700 dark:bg-orange-400 dark:border-orange-300',
};
/** forced colours would paint a filled segment like an empty one: keep it filled, in CanvasText */
const FORCED_FILLED = 'forced-color-adjust-none forced-colors:border-[CanvasText] forced-colors:bg-[CanvasText]';

/** Five segments filled per rating, and the rating in words ("3 out of 5"): never colour alone. */
export function ContentMeter({ rating, tone }: { rating: number; tone: MeterTone }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className="flex gap-1" data-testid="meter-segments">
        {Array.from({ length: 5 }, (_, i) => (
          <span
            key={i}
            data-filled={i < rating}
            className={`h-3 w-5 rounded-sm border ${
              i < rating ? `${FILLED[tone]} ${FORCED_FILLED}` : 'border-stone-400 bg-transparent dark:border-stone-500'
            }`}
          />
        ))}
      </span>
      <span className="text-sm font-semibold whitespace-nowrap tabular-nums">{rating} out of 5</span>
    </span>
  );
}
