/** A 1–5 rating drawn as stars; the number is said in words beside it, so the stars are decoration. */
export const ReviewStars = ({ score }: { score: number }) => (
  <span className="review-stars" aria-hidden="true">
    {'★'.repeat(score)}
    <span className="review-stars-empty">{'★'.repeat(5 - score)}</span>
  </span>
);
