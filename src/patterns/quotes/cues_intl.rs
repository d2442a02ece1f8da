//! Attribution cues in German, French, Spanish and Chinese, "according to" in each
//! language, and German "so".

/// German speech verbs ("sagte", "so" in "„…“, so Müller").
pub(crate) const CUES_DE: &[&str] = &[
    "sagte",
    "sagt",
    "sagten",
    "sagen",
    "erklärte",
    "erklärt",
    "erklärten",
    "betonte",
    "betont",
    "meinte",
    "meint",
    "warnte",
    "warnt",
    "schrieb",
    "schreibt",
    "ergänzte",
    "ergänzt",
    "kritisierte",
    "kritisiert",
    "versicherte",
    "versichert",
    "bekräftigte",
    "unterstrich",
    "fragte",
    "fragt",
    "antwortete",
    "antwortet",
    "forderte",
    "fordert",
    "berichtete",
    "berichtet",
    "erzählte",
    "erzählt",
    "resümierte",
];

/// French speech verbs: present forms and past participles (after "a", "ont", "a-t-il").
pub(crate) const CUES_FR_PRESENT: &[&str] = &[
    "dit",
    "déclare",
    "affirme",
    "explique",
    "ajoute",
    "souligne",
    "estime",
    "indique",
    "précise",
    "confie",
    "raconte",
    "insiste",
    "reconnaît",
    "rappelle",
    "écrit",
    "prévient",
    "martèle",
    "poursuit",
    "résume",
    "répond",
    "regrette",
    "tranche",
];

/// French past participles used with "a"/"ont" ("a déclaré").
pub(crate) const CUES_FR_PARTICIPLE: &[&str] = &[
    "dit",
    "déclaré",
    "affirmé",
    "expliqué",
    "ajouté",
    "souligné",
    "estimé",
    "indiqué",
    "précisé",
    "assuré",
    "confié",
    "lancé",
    "raconté",
    "insisté",
    "reconnu",
    "rappelé",
    "écrit",
    "averti",
    "martelé",
    "répondu",
    "prévenu",
    "observé",
    "noté",
    "résumé",
    "regretté",
    "tranché",
];

/// French auxiliaries (with inversions) that precede a participle ("a-t-elle dit").
pub(crate) const FR_AUXILIARIES: &[&str] = &[
    "a",
    "ont",
    "avait",
    "a-t-il",
    "a-t-elle",
    "ont-ils",
    "ont-elles",
    "avait-il",
    "avait-elle",
];

/// French inverted subject suffixes after a present form ("explique-t-il").
pub(crate) const FR_INVERSIONS: &[&str] = &["-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles"];

/// Spanish speech verbs, including compound forms.
pub(crate) const CUES_ES: &[&str] = &[
    "dijo",
    "dice",
    "afirmó",
    "afirma",
    "aseguró",
    "asegura",
    "señaló",
    "señala",
    "explicó",
    "explica",
    "añadió",
    "añade",
    "declaró",
    "declara",
    "indicó",
    "indica",
    "sostuvo",
    "sostiene",
    "advirtió",
    "advierte",
    "agregó",
    "agrega",
    "manifestó",
    "comentó",
    "comenta",
    "insistió",
    "insiste",
    "subrayó",
    "subraya",
    "destacó",
    "destaca",
    "apuntó",
    "expresó",
    "escribió",
    "respondió",
    "reconoció",
    "admitió",
    "precisó",
    "recordó",
    "resumió",
    "lamentó",
    "ha dicho",
    "ha afirmado",
    "ha asegurado",
    "ha señalado",
    "ha explicado",
    "ha declarado",
];

/// Chinese speech verbs, written directly after the speaker ("张伟说").
pub(crate) const CUES_ZH: &[&str] = &["说", "表示", "指出", "强调", "称", "补充说", "说道"];

/// "According to" in each language; matched case-insensitively, speaker follows.
pub(crate) const ACCORDING_TO: &[&str] = &[
    "according to",
    "selon",
    "d'après",
    "d’après",
    "según",
    "laut",
];

/// German "so" after a quotation ("„…“, so Müller"): a cue only right after the mark.
pub(crate) const SO_CUES: &[&str] = &["so"];
