/** Marks simulated data. `subtle` in dense rows, where a filled tag on every line would shout. */
export function DemoTag({ subtle = false }: { subtle?: boolean }) {
  return (
    <span className={`demo-tag${subtle ? ' demo-tag--subtle' : ''}`} title="Simulated data">
      DEMO
    </span>
  );
}
