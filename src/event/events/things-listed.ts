// Things listed after a plural thing that sums them up (rule role.thing-list): "burned three vehicles on the
// highway -- an ambulance, a fuel truck carrying fuel, and a station wagon", "damaged two buildings: a school and a
// clinic". The listed things share the plural's role; the list runs on past a short modifier of an item
// ("a fuel truck carrying 3,000 gallons of gasoline, and a station wagon").

/** Between the plural thing and the list's first item: an optional place phrase, then a dash or a colon. */
export const LIST_OPEN = /^(?:\s+(?:on|in|at|near|along|outside|inside)\s+[^.;:!?()"“”]{1,60}?)?\s*(?:--|—|–|:)\s*$/i;
/** Between two items of the list: an optional short modifier of the first, then a comma (and "and"/"or"). */
export const LIST_NEXT = /^(?:\s+[^.;:!?()"“”—–]{1,50}?)?\s*,\s*(?:and\s+|or\s+)?$/i;
