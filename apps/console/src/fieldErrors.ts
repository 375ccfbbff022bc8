/**
 * Server validation errors ({error: {field}}) shown under the form field they concern
 * instead of as a toast, so the user sees what to fix where they type.
 */
import { reactive } from 'vue';
import { ApiError } from '../../shared/http';

/** "body.name", "/name" or "name" → "name". */
function fieldKey(field: string): string {
  const parts = field.split(/[./]/).filter(Boolean);
  return parts[parts.length - 1] ?? field;
}

export function useFieldErrors() {
  const errors = reactive<Record<string, string>>({});

  function clear(): void {
    for (const k of Object.keys(errors)) delete errors[k];
  }

  /** Puts a field error on its field; false when the error is not about one field. */
  function apply(e: unknown, known: readonly string[]): boolean {
    if (!(e instanceof ApiError) || !e.field) return false;
    const key = fieldKey(e.field);
    if (!known.includes(key)) return false;
    // The server appends the field path to the message; under the field it is noise.
    errors[key] = e.message.replace(
      new RegExp(`[：:]\\s*${e.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      '',
    );
    return true;
  }

  return { errors, clear, apply };
}
