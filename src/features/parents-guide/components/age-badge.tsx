const SIZES = {
  md: { box: 'h-12 w-12 rounded-lg', age: 'text-lg', caption: 'sr-only' },
  lg: { box: 'h-20 w-20 rounded-xl', age: 'text-3xl', caption: 'text-xs font-semibold tracking-wide uppercase' },
} as const;

/** "Age 9+" in a square beside the verdict (the caption is for screen readers only at the smaller size). */
export function AgeBadge({ age, size = 'lg' }: { age: number; size?: keyof typeof SIZES }) {
  const s = SIZES[size];
  return (
    <span
      className={`flex shrink-0 flex-col items-center justify-center bg-sky-800 text-white forced-colors:border-2 forced-colors:border-current dark:bg-sky-300 dark:text-stone-950 ${s.box}`}
    >
      <span className={s.caption}>Age</span>{' '}
      <span className={`${s.age} leading-none font-black tabular-nums`}>{age}+</span>
    </span>
  );
}
