//! Words and abbreviations the date parser recognises. Data only: no logic lives here.
//!
//! All words are lower case (matching is case-insensitive) except the time-zone
//! abbreviations, which are matched case-sensitively ("ET" the zone, not "et" the word).
//! Abbreviations are listed without their trailing dot; the parser allows one.

/// English month names and abbreviations, with the month number.
pub(crate) const MONTHS_EN: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// German month names and abbreviations (with the Austrian forms and umlaut spellings).
pub(crate) const MONTHS_DE: &[(&str, u32)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("jaenner", 1),
    ("jän", 1),
    ("februar", 2),
    ("feber", 2),
    ("märz", 3),
    ("maerz", 3),
    ("marz", 3),
    ("mär", 3),
    ("mrz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("okt", 10),
    ("dezember", 12),
    ("dez", 12),
];

/// French month names and abbreviations, with and without accents.
pub(crate) const MONTHS_FR: &[(&str, u32)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("fev", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("août", 8),
    ("aout", 8),
    ("aoû", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
];

/// Spanish month names and abbreviations.
pub(crate) const MONTHS_ES: &[(&str, u32)] = &[
    ("enero", 1),
    ("ene", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("abr", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("ago", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("set", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("dic", 12),
];

/// Portuguese month names and abbreviations, with and without the cedilla.
pub(crate) const MONTHS_PT: &[(&str, u32)] = &[
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("out", 10),
    ("novembro", 11),
    ("dezembro", 12),
];

/// Italian month names and abbreviations.
pub(crate) const MONTHS_IT: &[(&str, u32)] = &[
    ("gennaio", 1),
    ("gen", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("mag", 5),
    ("giugno", 6),
    ("giu", 6),
    ("luglio", 7),
    ("lug", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("ott", 10),
    ("dicembre", 12),
];

/// Dutch month names and abbreviations.
pub(crate) const MONTHS_NL: &[(&str, u32)] = &[
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mrt", 3),
    ("mei", 5),
    ("augustus", 8),
];

/// Russian and Ukrainian month names (genitive, as dates write them, and nominative) and abbreviations.
pub(crate) const MONTHS_RU: &[(&str, u32)] = &[
    ("января", 1),
    ("январь", 1),
    ("янв", 1),
    ("февраля", 2),
    ("февраль", 2),
    ("фев", 2),
    ("марта", 3),
    ("март", 3),
    ("апреля", 4),
    ("апрель", 4),
    ("апр", 4),
    ("мая", 5),
    ("май", 5),
    ("июня", 6),
    ("июнь", 6),
    ("июля", 7),
    ("июль", 7),
    ("августа", 8),
    ("август", 8),
    ("авг", 8),
    ("сентября", 9),
    ("сентябрь", 9),
    ("сен", 9),
    ("октября", 10),
    ("октябрь", 10),
    ("окт", 10),
    ("ноября", 11),
    ("ноябрь", 11),
    ("ноя", 11),
    ("декабря", 12),
    ("декабрь", 12),
    ("дек", 12),
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
];

/// Polish month names (genitive and nominative, with and without diacritics).
pub(crate) const MONTHS_PL: &[(&str, u32)] = &[
    ("stycznia", 1),
    ("styczeń", 1),
    ("styczen", 1),
    ("lutego", 2),
    ("luty", 2),
    ("marca", 3),
    ("marzec", 3),
    ("kwietnia", 4),
    ("kwiecień", 4),
    ("kwiecien", 4),
    ("maja", 5),
    ("maj", 5),
    ("czerwca", 6),
    ("czerwiec", 6),
    ("lipca", 7),
    ("lipiec", 7),
    ("sierpnia", 8),
    ("sierpień", 8),
    ("sierpien", 8),
    ("września", 9),
    ("wrzesnia", 9),
    ("wrzesień", 9),
    ("wrzesien", 9),
    ("października", 10),
    ("pazdziernika", 10),
    ("październik", 10),
    ("pazdziernik", 10),
    ("listopada", 11),
    ("listopad", 11),
    ("grudnia", 12),
    ("grudzień", 12),
    ("grudzien", 12),
];

/// Romanian month names and abbreviations.
pub(crate) const MONTHS_RO: &[(&str, u32)] = &[
    ("ianuarie", 1),
    ("ian", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("mai", 5),
    ("iunie", 6),
    ("iun", 6),
    ("iulie", 7),
    ("iul", 7),
    ("august", 8),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
];

/// Every month table; a word may appear in several (always with the same number).
pub(crate) const MONTH_TABLES: &[&[(&str, u32)]] = &[
    MONTHS_EN, MONTHS_DE, MONTHS_FR, MONTHS_ES, MONTHS_PT, MONTHS_IT, MONTHS_NL, MONTHS_RU,
    MONTHS_PL, MONTHS_RO,
];

/// Time-zone abbreviations with their UTC offset in seconds (case-sensitive).
/// "CST" is US Central (not China); "IST" is India.
pub(crate) const TIME_ZONES: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("UT", 0),
    ("Z", 0),
    ("EST", -5 * 3600),
    ("EDT", -4 * 3600),
    ("CST", -6 * 3600),
    ("CDT", -5 * 3600),
    ("MST", -7 * 3600),
    ("MDT", -6 * 3600),
    ("PST", -8 * 3600),
    ("PDT", -7 * 3600),
    ("AKST", -9 * 3600),
    ("AKDT", -8 * 3600),
    ("HST", -10 * 3600),
    ("AST", -4 * 3600),
    ("ADT", -3 * 3600),
    ("NST", -(3 * 3600 + 1800)),
    ("NDT", -(2 * 3600 + 1800)),
    ("BST", 3600),
    ("IST", 5 * 3600 + 1800),
    ("CET", 3600),
    ("CEST", 2 * 3600),
    ("MEZ", 3600),
    ("MESZ", 2 * 3600),
    ("EET", 2 * 3600),
    ("EEST", 3 * 3600),
    ("WET", 0),
    ("WEST", 3600),
    ("MSK", 3 * 3600),
    ("TRT", 3 * 3600),
    ("SAST", 2 * 3600),
    ("WAT", 3600),
    ("CAT", 2 * 3600),
    ("EAT", 3 * 3600),
    ("GST", 4 * 3600),
    ("PKT", 5 * 3600),
    ("ICT", 7 * 3600),
    ("WIB", 7 * 3600),
    ("HKT", 8 * 3600),
    ("SGT", 8 * 3600),
    ("PHT", 8 * 3600),
    ("BJT", 8 * 3600),
    ("AWST", 8 * 3600),
    ("JST", 9 * 3600),
    ("KST", 9 * 3600),
    ("ACST", 9 * 3600 + 1800),
    ("ACDT", 10 * 3600 + 1800),
    ("AEST", 10 * 3600),
    ("AEDT", 11 * 3600),
    ("NZST", 12 * 3600),
    ("NZDT", 13 * 3600),
    ("BRT", -3 * 3600),
    ("ART", -3 * 3600),
    ("CLT", -4 * 3600),
    ("COT", -5 * 3600),
    ("PET", -5 * 3600),
];

/// US generic zones ("ET", "PT") with their standard-time offset in seconds; the parser adds
/// an hour when the date falls in US daylight-saving time.
pub(crate) const US_GENERIC_ZONES: &[(&str, i32)] = &[
    ("ET", -5 * 3600),
    ("CT", -6 * 3600),
    ("MT", -7 * 3600),
    ("PT", -8 * 3600),
];

/// Relative-time units with their length in seconds (singular, plural and short forms).
/// Units of a day or more give a date; shorter ones give a time.
pub(crate) const RELATIVE_UNITS: &[(&str, i64)] = &[
    // English
    ("seconds", 1),
    ("second", 1),
    ("secs", 1),
    ("sec", 1),
    ("s", 1),
    ("minutes", 60),
    ("minute", 60),
    ("mins", 60),
    ("min", 60),
    ("m", 60),
    ("hours", 3600),
    ("hour", 3600),
    ("hrs", 3600),
    ("hr", 3600),
    ("h", 3600),
    ("days", 86_400),
    ("day", 86_400),
    ("d", 86_400),
    ("weeks", 604_800),
    ("week", 604_800),
    ("wks", 604_800),
    ("wk", 604_800),
    // German
    ("sekunden", 1),
    ("sekunde", 1),
    ("minuten", 60),
    ("std", 3600),
    ("stunden", 3600),
    ("stunde", 3600),
    ("tagen", 86_400),
    ("tag", 86_400),
    ("wochen", 604_800),
    ("woche", 604_800),
    // French
    ("secondes", 1),
    ("seconde", 1),
    ("heures", 3600),
    ("heure", 3600),
    ("jours", 86_400),
    ("jour", 86_400),
    ("semaines", 604_800),
    ("semaine", 604_800),
    // Spanish and Portuguese
    ("segundos", 1),
    ("segundo", 1),
    ("minutos", 60),
    ("minuto", 60),
    ("horas", 3600),
    ("hora", 3600),
    ("días", 86_400),
    ("día", 86_400),
    ("dias", 86_400),
    ("dia", 86_400),
    ("semanas", 604_800),
    ("semana", 604_800),
    // Italian
    ("secondi", 1),
    ("secondo", 1),
    ("minuti", 60),
    ("ore", 3600),
    ("ora", 3600),
    ("giorni", 86_400),
    ("giorno", 86_400),
    ("settimane", 604_800),
    ("settimana", 604_800),
    // Dutch
    ("seconden", 1),
    ("minuten", 60),
    ("minuut", 60),
    ("uur", 3600),
    ("dagen", 86_400),
    ("dag", 86_400),
    ("weken", 604_800),
    // Chinese and Japanese
    ("秒钟", 1),
    ("秒", 1),
    ("分钟", 60),
    ("分鐘", 60),
    ("分", 60),
    ("小时", 3600),
    ("小時", 3600),
    ("時間", 3600),
    ("天", 86_400),
    ("日", 86_400),
    ("周", 604_800),
    ("週", 604_800),
];

/// Words after "N units" that make it a past time: "3 hours ago", "2 ore fa", "3小时前".
pub(crate) const RELATIVE_SUFFIXES: &[&str] = &["ago", "fa", "geleden", "前"];

/// Words before "N units" that make it a past time: "vor 3 Stunden", "il y a 2 heures",
/// "hace 3 horas", "há 2 horas".
pub(crate) const RELATIVE_PREFIXES: &[&str] = &["vor", "il y a", "hace", "há", "ha"];

/// Number words that stand for a count in relative times ("an hour ago", "vor einer Stunde").
pub(crate) const NUMBER_WORDS: &[(&str, i64)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("einer", 1),
    ("einem", 1),
    ("zwei", 2),
    ("drei", 3),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("uno", 1),
    ("una", 1),
    ("dos", 2),
    ("tres", 3),
    ("um", 1),
    ("uma", 1),
    ("duas", 2),
    ("três", 3),
    ("un'", 1),
    ("due", 2),
    ("tre", 3),
    ("een", 1),
    ("twee", 2),
    ("drie", 3),
];

/// Words naming a day relative to "now", with the number of days to add.
/// French "hier" is left out: it means "here" in German and Dutch.
pub(crate) const DAY_WORDS: &[(&str, i64)] = &[
    ("today", 0),
    ("yesterday", -1),
    ("heute", 0),
    ("gestern", -1),
    ("vorgestern", -2),
    ("aujourd'hui", 0),
    ("aujourd’hui", 0),
    ("avant-hier", -2),
    ("hoy", 0),
    ("ayer", -1),
    ("anteayer", -2),
    ("hoje", 0),
    ("ontem", -1),
    ("anteontem", -2),
    ("oggi", 0),
    ("ieri", -1),
    ("l'altro ieri", -2),
    ("vandaag", 0),
    ("gisteren", -1),
    ("eergisteren", -2),
    ("今天", 0),
    ("今日", 0),
    ("昨天", -1),
    ("昨日", -1),
    ("前天", -2),
];

/// Words between a date and its time: "Jan. 8, 2025 at 8:23 PM", "8. Januar 2025 um 20:23".
pub(crate) const TIME_CONNECTORS: &[&str] = &[
    "at", "um", "à", "a las", "a la", "às", "as", "alle", "ore", "om", "kl", "klo", "le",
];

/// Words after a time that mark it as a time of day: "20:23 Uhr", "20 h 23", "20:23 hs".
pub(crate) const HOUR_SUFFIXES: &[&str] = &["uhr", "uur", "horas", "hrs", "hs", "h"];

/// Suffixes after a day number: "8th", "1er", "1º".
pub(crate) const DAY_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "er", "e", "º", "ª", "°"];

/// Small words between the parts of a written date: "8 de enero de 2025", "8th of January".
pub(crate) const DATE_GLUE: &[&str] = &["de", "del", "of"];

/// Markers that turn the following year or date into a copyright notice, not a date.
pub(crate) const COPYRIGHT_MARKERS: &[&str] = &["©", "(c)", "copyright", "℗"];

/// Labels meaning "updated" before a date ("Last Updated At", "Aktualisiert am", "更新").
pub(crate) const UPDATED_LABELS: &[&str] = &[
    "updated",
    "last updated",
    "modified",
    "last modified",
    "aktualisiert",
    "zuletzt aktualisiert",
    "geändert",
    "stand:",
    "mis à jour",
    "mise à jour",
    "modifié",
    "actualizado",
    "actualizada",
    "atualizado",
    "atualizada",
    "aggiornato",
    "aggiornata",
    "bijgewerkt",
    "更新",
    "修改",
];

/// Labels of dates that are not the story's: a member's join date in a forum post's
/// profile ("Joined: 9 Mar 2019"), a birth date.
pub(crate) const OTHER_DATE_LABELS: &[&str] = &[
    "joined",
    "member since",
    "registered",
    "reg. date",
    "mitglied seit",
    "dabei seit",
    "registriert",
    "inscrit le",
    "membre depuis",
    "miembro desde",
    "registrado",
    "iscritto",
    "born",
];

/// Labels meaning "published" before a date ("Published", "Veröffentlicht", "发布").
pub(crate) const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "first published",
    "posted",
    "veröffentlicht",
    "erschienen",
    "publié",
    "publiée",
    "publicado",
    "publicada",
    "pubblicato",
    "pubblicata",
    "gepubliceerd",
    "发布",
    "發布",
    "发表",
    "發表",
    "公開",
];

/// Words that label a page's date when nothing else dated it: a plain "Date:", or the verb
/// of a footer sentence ("Dieser Artikel wurde am … veröffentlicht", "Gespeichert von X
/// am …", "Written by X on …").
pub(crate) const PAGE_DATE_LABELS: &[&str] = &[
    "date",
    "datum",
    "datum:",
    "wurde",
    "gespeichert",
    "geschrieben",
    "verfasst",
    "publiziert",
    "eingestellt",
    "erstellt",
    "written",
    "created",
    "fecha",
    "data",
    "publicado el",
];

/// A publication date kept in a script's state (app-state JSON of Next.js/Nuxt pages, a
/// data layer, a video's `uploadDate`): the key, then its value. Keys of comments or users
/// ("created_at") are left out.
pub(crate) const SCRIPT_DATE: &str = r#"(?i)["']?(?:datePublished|date_published|published_at|publishedAt|publishDate|publishedDate|publish_date|first-publication|firstPublished|publishedFirst|uploadDate|pubDate|publicationDate|publication_date)["']?\s*[:=]\s*["']([0-9][0-9:\-T .+Z/]{7,34})["']"#;
