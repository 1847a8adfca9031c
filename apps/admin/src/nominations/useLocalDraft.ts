import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';

interface Stored<V> {
  values: Partial<V>;
  /** The version of the record the typing started from (null for a new record). */
  baseVersion: number | null;
  savedAt: string;
}

/**
 * Keeps what is typed into a form in the browser's local storage until it is saved or discarded, so a
 * reload or a closed tab loses nothing, and asks before the page is left with unsaved changes.
 */
export function useLocalDraft<V extends object>(key: string, form: FormInstance<V>, baseVersion: number | null) {
  const storageKey = `ronghe:draft:${key}`;
  const [restored, setRestored] = useState<Stored<V> | null>(null);
  const dirty = useRef(false);
  const base = useRef(baseVersion);

  useEffect(() => {
    const raw = localStorage.getItem(storageKey);
    if (!raw) return;
    try {
      const stored = JSON.parse(raw) as Stored<V>;
      form.setFieldsValue(stored.values as never);
      base.current = stored.baseVersion;
      dirty.current = true;
      setRestored(stored);
    } catch {
      localStorage.removeItem(storageKey);
    }
  }, [storageKey, form]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  /** Pass to the Form's onValuesChange. */
  const onValuesChange = useCallback(() => {
    dirty.current = true;
    const stored: Stored<V> = { values: form.getFieldsValue(), baseVersion: base.current, savedAt: new Date().toISOString() };
    localStorage.setItem(storageKey, JSON.stringify(stored));
  }, [form, storageKey]);

  /** After a save or a discard: nothing left to keep. */
  const clear = useCallback(() => {
    dirty.current = false;
    localStorage.removeItem(storageKey);
    setRestored(null);
  }, [storageKey]);

  /** Continue from another version (after a conflict was seen): the next save is checked against it. */
  const rebase = useCallback(
    (version: number) => {
      base.current = version;
      if (dirty.current) onValuesChange();
    },
    [onValuesChange],
  );

  return { restored, onValuesChange, clear, rebase, baseVersion: () => base.current, isDirty: () => dirty.current };
}
