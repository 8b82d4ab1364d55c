// Form fields of the options page that only raise valid values.
import type { Translate } from '../i18n';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onValue: (n: number) => void;
}

/** Raises whole numbers within [min, max] only; anything else puts the saved value back. */
export function NumberField({ label, value, min, max, onValue }: NumberFieldProps) {
  const commit = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const n = Number(input.value);
    if (input.value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) {
      if (n !== value) onValue(n);
    } else input.value = String(value);
  };
  return (
    <label class="field">
      <span>{label}</span>
      <input type="number" inputMode="numeric" min={min} max={max} step={1} value={value} onChange={commit} />
    </label>
  );
}

export interface ChoiceProps<V extends string> {
  t: Translate;
  legend: string;
  name: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onValue: (v: V) => void;
}

export function Choice<V extends string>({ t, legend, name, value, options, onValue }: ChoiceProps<V>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([v, key]) => (
        <label key={v} class="choice">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onValue(v)} /> {t(key)}
        </label>
      ))}
    </fieldset>
  );
}
