/** Dots only while they fit on one line at the largest text size. */
const MAX_DOTS = 12;

/**
 * Where the visitor is, readable without reading: "3 / 7" and a row of dots, the done ones
 * filled. Screen readers hear `label`, the sentence ("Step 3 of 7"), instead.
 * Its stylesheet, step-counter.css, is imported by the kiosk's Guide screen, as for ActionBar.
 */
export function StepCounter({ current, total, label }: { current: number; total: number; label: string }) {
  return (
    <p class="step-counter">
      <span class="visually-hidden">{label}</span>
      <span class="step-counter-figures" aria-hidden="true" dir="ltr">
        {current} / {total}
      </span>
      {total <= MAX_DOTS && (
        <span class="step-dots" aria-hidden="true">
          {Array.from({ length: total }, (_, i) => (
            <span key={i} class={i < current ? 'step-dot done' : 'step-dot'} />
          ))}
        </span>
      )}
    </p>
  );
}
