import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { DefaultValues, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { changedFields, pickFields } from './drafts';

interface AutosavedDraftOptions<V extends FieldValues, T, D extends object> {
  form: UseFormReturn<V, unknown, T>;
  /** the saved draft as the reader store holds it now: what another tab saves arrives here too */
  saved: D | undefined;
  /** the saved draft, read at the moment of writing */
  read: () => D | undefined;
  /** saves `change` over the saved draft (or over an empty one when there is none) */
  write: (change: Partial<D>) => void;
  /** what the form holds without a draft: the review being edited, or empty fields */
  blank: () => D;
  toDraft: (values: Partial<V>) => D;
  toValues: (draft: D) => Partial<V>;
}

/**
 * The one way a form keeps its draft (react-hook-form over a draft in the reader store, which other tabs share):
 *
 * - **Autosave**: every change is saved at once, and only the fields changed in this form are written over the
 *   saved draft. A form never writes a field the reader did not touch in it, so an older tab never replaces
 *   another tab's text with its own empty field.
 * - **Taking up**: when the saved draft changes under the form (another tab wrote it), the form shows it before
 *   the reader types again; a field changed here and not saved yet (a keystroke racing the other tab) is kept.
 *   When the draft is gone (sent, or given up, elsewhere or here), the form starts afresh from `blank`, unless it
 *   holds words that are not saved anywhere.
 */
export function useAutosavedDraft<V extends FieldValues, T, D extends object>(options: AutosavedDraftOptions<V, T, D>) {
  const { form, saved } = options;
  const [initial] = useState(() => options.toDraft(form.getValues()));
  /** what the form and the saved draft last agreed on: a field that differs from it was changed in this form */
  const synced = useRef<D>(initial);
  /** true while this hook sets the form's values (react-hook-form reports each field on the way: none is typed) */
  const applying = useRef(false);
  const apply = (update: () => void) => {
    applying.current = true;
    try {
      update();
    } finally {
      applying.current = false;
    }
  };

  const saveChange = useEffectEvent((values: Partial<V>) => {
    if (applying.current) return;
    const here = options.toDraft(values);
    const fields = changedFields(synced.current, here);
    if (fields.length === 0) return;
    synced.current = here;
    options.write(options.read() ? pickFields(here, fields) : here);
  });

  const takeUp = useEffectEvent((draft: D | undefined) => {
    const here = options.toDraft(form.getValues());
    const unsaved = changedFields(synced.current, here);
    if (!draft) {
      if (unsaved.length) {
        synced.current = here;
        options.write(here);
        return;
      }
      const blank = options.blank();
      if (changedFields(here, blank).length)
        apply(() => form.reset(options.toValues(blank) as DefaultValues<V>, { keepFieldsRef: true }));
      synced.current = options.toDraft(form.getValues());
      return;
    }
    const next = { ...draft, ...pickFields(here, unsaved) };
    const fields = changedFields(here, next);
    if (fields.length) {
      apply(() => form.setValues(pickFields(options.toValues(next) as D, fields) as Partial<V>, { shouldDirty: true }));
      if (form.formState.isSubmitted) void form.trigger(fields as unknown as Path<V>[]);
    }
    synced.current = next;
    if (unsaved.length) options.write(pickFields(here, unsaved));
  });

  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: ({ values }) => saveChange(values) }),
    [form],
  );
  useEffect(() => takeUp(saved), [saved]);
}
