//! Function words the noun-phrase reader needs: pronouns, determiners, possessives, prepositions, stops, sentence openers and adverbs, abbreviations and elisions.

use crate::patterns::WordList;

/// Pronouns that stand for a person introduced earlier (matched case-insensitively).
pub(crate) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "er", "sie", "il", "elle", "ils", "elles", "él", "ella", "ellos", "ellas",
    "他", "她",
];

/// Pronouns that stand for an organisation introduced earlier ("it said").
pub(crate) const ORG_PRONOUNS: &[&str] = &["it", "es"];

/// Capitalised words that are pronouns in one language but common first names in others.
pub(crate) const NAME_LIKE_PRONOUNS: &[&str] = &["Ella"];

/// Determiners and possessives that open a common noun phrase ("the company", "a resident").
pub(crate) static DETERMINERS: WordList = WordList::new(&[
    "the", "a", "an", "The", "A", "An", "one", "One", "some", "several", "many", "two", "three",
    "der", "die", "das", "ein", "eine", "Der", "Die", "Das", "Ein", "Eine", "le", "la", "les",
    "un", "une", "Le", "La", "Les", "Un", "Une", "el", "los", "las", "una", "El", "Los", "Las",
    "Una",
]);

/// Possessive determiners that open a descriptive noun phrase ("his lawyer", "su capitán").
pub(crate) static POSSESSIVES: WordList = WordList::new(&[
    "his", "her", "their", "its", "our", "my", "His", "Her", "Their", "Its", "su", "Su", "sus",
    "son", "sa", "ses", "Son", "Sa", "leur", "sein", "seine", "ihr", "ihre", "Sein", "Seine",
    "Ihr", "Ihre",
]);

/// Plural or collective common nouns that can be an unnamed subject without a determiner.
pub(crate) const BARE_SUBJECTS: &[&str] = &[
    "analysts",
    "critics",
    "officials",
    "residents",
    "experts",
    "observers",
    "supporters",
    "opponents",
    "economists",
    "sources",
    "witnesses",
    "protesters",
    "investors",
    "fans",
    "doctors",
    "scientists",
    "researchers",
    "police",
    "prosecutors",
    "lawmakers",
    "locals",
    "organisers",
    "organizers",
    "campaigners",
    "activists",
    "diplomats",
    "insiders",
];

/// Words that introduce a clause after a speaker and end a description ("…, who heads").
pub(crate) const DESCRIPTION_STOPS: &[&str] = &[
    "adding",
    "noting",
    "saying",
    "who",
    "which",
    "as",
    "when",
    "while",
    "after",
    "before",
    "in a",
    "in an",
    "on",
    "during",
    "referring",
    "speaking",
    "citing",
    "pointing",
    "explaining",
    "told",
    "said",
    "according",
];

/// Abbreviations whose final period does not end a sentence.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Sen", "Rep", "Gov", "Col",
    "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Rev", "Fr", "Inc", "Corp", "Ltd", "Co", "No", "vs", "etc",
    "Mme", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Ave", "Blvd", "Dept", "Univ", "Bros", "Sra",
];

/// Words of an elision after a leading apostrophe ("’em", "’90s"): not an opening quote.
pub(crate) const ELISIONS: &[&str] = &[
    "em", "til", "tis", "twas", "cause", "n", "bout", "round", "nother", "s", "ere", "ow",
];

/// Lower-case words that never belong to a speaker's noun phrase (verbs, conjunctions).
pub(crate) static FUNCTION_WORDS: WordList = WordList::new(&[
    "and", "or", "but", "that", "than", "because", "when", "while", "as", "if", "so", "since",
    "until", "after", "before", "where", "which", "who", "whom", "whose", "what", "then", "also",
    "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "to", "by",
    "with", "from", "in", "on", "at", "into", "about", "not", "it", "this", "these", "those",
    "there", "here", "we", "i", "you", "me", "us", "him", "them", "its", "und", "oder", "aber",
    "dass", "wie", "ist", "war", "hat", "et", "ou", "mais", "que", "qui", "est", "y", "o", "pero",
    "es", "fue", "ha", "en", "con", "del", "al", "lo", "se",
]);

/// Words that end a speaker's noun phrase read forwards ("said Smith on Tuesday").
pub(crate) static NP_STOPS: WordList = WordList::new(&[
    "who",
    "whose",
    "which",
    "at",
    "in",
    "on",
    "during",
    "after",
    "before",
    "as",
    "while",
    "when",
    "adding",
    "noting",
    "saying",
    "speaking",
    "told",
    "said",
    "says",
    "to",
    "that",
    "am",
    "im",
    "bei",
    "nach",
    "vor",
    "der",
    "den",
    "dem",
    "en",
    "durante",
    "lors",
    "après",
    "devant",
    "que",
    "qui",
    "quien",
    "dont",
    "lo",
    "afterwards",
    "later",
    "yesterday",
    "today",
    "via",
    "outside",
    "inside",
    "with",
    "from",
    "last",
    "this",
    "earlier",
    "has",
    "had",
    "was",
    "is",
    "will",
    "would",
    "and",
    "himself",
    "herself",
    "selbst",
    "tells",
    "hasta",
    "desde",
    "para",
    "por",
    "pour",
    "avec",
    "sans",
    "mit",
    "für",
]);

/// Stops in [`NP_STOPS`] that still belong to an unnamed speaker's phrase
/// ("a taxi driver at the airport", "one person close to the talks").
pub(crate) static PREPOSITIONAL_STOPS: WordList = WordList::new(&[
    "at", "in", "on", "to", "from", "with", "during", "outside", "inside", "via",
]);

/// Prepositions after which a capitalised name modifies a noun ("a spokesperson for Acme").
pub(crate) static PREPOSITIONS: WordList = WordList::new(&[
    "for", "of", "at", "from", "with", "de", "del", "du", "des", "von", "vom", "beim", "in", "on",
]);

/// Time words skipped between a cue and the speaker ("said Tuesday", "said on Monday").
pub(crate) const TEMPORAL: &[&str] = &[
    "on",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "afterwards",
    "again",
    "also",
    "then",
    "recently",
    "once",
    "quietly",
    "simply",
];

/// Sentence adverbs and conjunctions skipped before a sentence's subject ("But", "Auch").
pub(crate) const SENTENCE_ADVERBS: &[&str] = &[
    "But",
    "And",
    "Also",
    "Still",
    "Yet",
    "However",
    "Meanwhile",
    "Now",
    "Then",
    "So",
    "Auch",
    "Aber",
    "Doch",
    "Mais",
    "Pero",
    "Y",
    "Et",
    "Und",
    "Indeed",
    "Instead",
    "Even",
    "Only",
];

/// Words that open an introductory phrase ending in a comma ("In a statement, …").
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "In",
    "On",
    "At",
    "For",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "Asked",
    "Speaking",
    "Following",
    "During",
    "Since",
    "Despite",
    "Although",
    "Though",
    "Outside",
    "Inside",
    "With",
    "Without",
    "Under",
    "Amid",
    "Amidst",
    "Nach",
    "Im",
    "Am",
    "Bei",
    "Pour",
    "Dans",
    "Après",
    "Avant",
    "En",
    "Para",
    "Tras",
    "Durante",
    "Con",
    "Selon",
    "Según",
    "According",
    "Laut",
    "Not",
    "Unlike",
    "Like",
    "From",
    "By",
    "Until",
    "Interrogé",
    "Interrogée",
    "Interrogés",
    "Questionné",
    "Questionnée",
    "Preguntado",
    "Preguntada",
    "Gefragt",
    "Pressed",
    "Challenged",
    "Reached",
    "Contacted",
];
