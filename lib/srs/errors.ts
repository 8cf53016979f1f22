/** A refusal the learner (or a client) can act on; carries its HTTP status. Never a 500. */
export class ReviewError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "ReviewError";
  }
}

export const STALE_CARD =
  "This card changed since it was shown (probably in another tab), so nothing was recorded for it.";
