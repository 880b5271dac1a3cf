// The one who tells a sentence of harm: a name, a title or a description right before its speech verb. The
// roles of the main event (roles.ts) and of each event (events/3-roles.ts) read it alike: the teller is none of
// the sentence's victims or suspects.

/**
 * The words right after a mention that make it the sentence's teller: its speech verb, after an optional
 * apposition (", a police spokesman,"; not an age: ", 35,") and up to four words of a title or a name ("police
 * spokesman Ahmed Khan said", "Elena Ruiz, said in a statement", "Khan, a police spokesman, told reporters").
 */
export const TELLER_NEXT = /^\s*(?:,(?!\s*\d{1,3}\s*,)[^,;.]{1,60},\s*|,\s*)?(?:(?:spokes(?:man|woman|person)|officials?|chief|commander|[A-Z][\p{L}.'’-]*)\s+){0,4}(?:said|says|told|added|stated)\b/u;
