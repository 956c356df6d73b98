import type { ViewDefinition } from './view-registry.ts';

interface Props {
  views: readonly ViewDefinition[];
  current: string;
  onOpen(id: string): void;
}

export function NavRail({ views, current, onOpen }: Props) {
  return (
    <nav className="rail" aria-label="Views">
      {views.map(({ id, label, icon: Icon }) => (
        <button
          key={id}
          type="button"
          className={`rail__item${id === current ? ' rail__item--active' : ''}`}
          aria-current={id === current ? 'page' : undefined}
          onClick={() => onOpen(id)}
          title={label}
        >
          <Icon />
          <span className="rail__label">{label}</span>
        </button>
      ))}
    </nav>
  );
}
