/**
 * The print writer's rule table. Writers take the Book as final, so the
 * writer raises no content messages of its own; engine failures are thrown
 * as one-line errors instead. The table stays so the front door can join
 * every package's table the same way.
 */
export const rules: Record<string, string> = {}
