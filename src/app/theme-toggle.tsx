import { useEffect } from 'react';
import { useReaderActions, useTheme, type Theme } from '@/stores/reader-store';

const OPTIONS: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

/** Follows the system setting until the reader picks one; the choice is remembered. */
export function ThemeToggle() {
  const theme = useTheme();
  const { themeChosen } = useReaderActions();

  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system') return;
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('system');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [theme]);

  return (
    <fieldset className="flex items-center gap-1 text-sm static:hidden">
      <legend className="sr-only">Colour theme</legend>
      {OPTIONS.map((o) => (
        <label
          key={o.value}
          className="cursor-pointer rounded-md px-2 py-1 has-[:checked]:bg-stone-900 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-600 dark:has-[:checked]:bg-stone-100 dark:has-[:checked]:text-stone-900"
        >
          <input
            type="radio"
            name="theme"
            value={o.value}
            checked={theme === o.value}
            onChange={() => themeChosen(o.value)}
            className="sr-only"
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
