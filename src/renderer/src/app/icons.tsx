// Small stroke icons for the navigation rail; currentColor so they follow the theme.

const common = {
  width: 20,
  height: 20,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;

export function LiveLogIcon() {
  return (
    <svg {...common}>
      <path d="M4 6h16M4 12h10M4 18h13" />
      <circle cx="19" cy="12" r="2" fill="currentColor" stroke="none" />
    </svg>
  );
}

export function ConnectionsIcon() {
  return (
    <svg {...common}>
      <circle cx="6" cy="6" r="2.5" />
      <circle cx="18" cy="6" r="2.5" />
      <circle cx="12" cy="18" r="2.5" />
      <path d="M7.5 8 10.8 15.8M16.5 8l-3.3 7.8M8.5 6h7" />
    </svg>
  );
}
