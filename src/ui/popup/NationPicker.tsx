import { useId } from 'react';
import { NATIONS, NATION_LABELS, type NationId } from '../../core/deadlines';

export function NationPicker({ nation, onChange, label = 'Bank holidays of' }: { nation: NationId; onChange: (n: NationId) => void; label?: string }) {
  const id = useId();
  return (
    <div className="field inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={nation} onChange={(e) => onChange(e.target.value as NationId)}>
        {NATIONS.map((n) => (
          <option key={n} value={n}>
            {NATION_LABELS[n]}
          </option>
        ))}
      </select>
    </div>
  );
}
