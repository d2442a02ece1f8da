//! Data only: byline prefixes, separators and the words that are roles, not names.

/// "By", "Von", "Por", ... at the start of a byline.
/// A Latin-script word must end there ("Par" is not the start of "Parse", nor "De" of
/// "Deborah"), at a space, a colon or the end. An English "By" may also meet a capital
/// letter glued on by markup ("ByJane Doe" from `<span>By</span><a>Jane Doe</a>`), which
/// group 1 captures so that replacing with `$1` keeps it. The CJK forms need no space.
pub(crate) const PREFIX: &str = r"(?i)^\s*(?:(?-i:(?:(?:[Ww]ritten|[Pp]osted)\s+)?[Bb]y(\p{Lu}))|(?:(?:written|posted|reported|reporting|words|text|story)\s+(?:by|:)|by|von|por|par|di|door|de|av|af|texto|autor(?:in)?|authors?|authored\s+by|contributors?|interview(?:ed)?\s+by|reporter)(?:\s*[:：]\s*|\s+|$)|(?:記者|记者|文[/／:：]|撰文|作者)\s*[:：]?\s*)";

/// Credit lines that name contributors who are not authors: photographers, illustrators,
/// editors ("Photographs by Tomasz Rek", "Fotos: Anna Berg", "Edited by …").
pub(crate) const CREDIT: &str = r"(?i)^\s*(?:photo(?:graph)?s?|photography|pictures|images?|illustrations?|video|graphics?|design|edited|editing|editor|fotos?|bilder?|fotograf[ií]as?|ilustraci[oó]n)\s*(?:by|:|von|por|de|par)";

/// Separators between several names.
pub(crate) const SPLIT: &str = r"(?i)\s*(?:,|;|/|&|(?-u:\b)and(?-u:\b)|(?-u:\b)und(?-u:\b)|(?-u:\b)y(?-u:\b)|(?-u:\b)e(?-u:\b)|(?-u:\b)et(?-u:\b)|(?-u:\b)en(?-u:\b)|(?-u:\b)i(?-u:\b)|(?-u:\b)och(?-u:\b)|、|和|与)\s*";

/// The opening of a line that signs a post, in the story or after it ("Written by", "This
/// post was written by"), or of an author box's link to their posts ("View all posts by").
pub(crate) const SIGNATURE: &str = r"(?i)^\s*(?:(?:this (?:post|article|story|piece) (?:was|is) )?(?:written|posted|authored) by|(?:view |see |read )?(?:all|more) (?:posts|articles|stories) by)(?:\s+|$)";

/// Where markup glued a name to what follows it ("Luke KimDecember 17", "Dec 17,
/// 2025Julian K. Arni", "Jennifer Huberty1"): a lowercase letter before a digit or a month
/// name and a number, a digit before a capital. A separator goes between the two groups.
pub(crate) const GLUED: &str =
    r"(\p{Ll})(\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|(\d)(\p{Lu})";

/// A clause after a name that says for whom the person writes ("Niko Matsakis on behalf of
/// the Vision Doc group"), or an "in" or "on" left before a category link or a date that
/// was cut ("Mahua Das in <a>…</a>", "Posted by Colin Watson on <time>…"): cut off, the name
/// stays. ("Center for …" or "A Spell in …" would read as names if "for" and "in" cut
/// everywhere.)
pub(crate) const CLAUSE: &str = r"(?i)\s+(?:on\s+behalf\s+of\s.*|in\s*|on\s*)$";

/// Names in parentheses between a given name and a surname ("Paramita (Guha) Ghosh",
/// "Bruno (Henrique Zecchin) Rodrigues"): part of the name, the parentheses go.
pub(crate) const INNER_PARENS: &str = r"(\p{L}\.?)\s+\(([\p{L} .'’-]{1,40})\)\s+(\p{Lu})";

/// An aside in parentheses after a name ("Jean-Luc Aufranc (CNXSoft)", "Lance Ryan
/// (Content Manager)"): not part of it.
pub(crate) const ASIDE: &str = r"\s*\([^()]*\)\s*$";

/// Things inside a byline that are never part of a name: e-mails, handles, URLs, a numeric
/// date and what follows it ("03/01/2017 …"), a date written with its month's name that
/// ends the line ("March 11, 2015 3:46 PM", "11 March 2015"), "Published …", "Updated …".
pub(crate) const NOISE: &str = r"(?i)\S+@\S+|@\w+|https?://\S+|(?-u:\b)(?:last\s+)?(?:published|updated|posted|veröffentlicht|aktualisiert|publicado|actualizado|publié|mis à jour)(?-u:\b).*$|(?-u:\b)\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?-u:\b).*$|(?-u:\b)(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,4}(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$";

/// Class or id tokens of a box about a story's author (where a portrait names them).
pub(crate) const AUTHOR_BOX_TOKENS: &[&str] = &[
    "author",
    "authors",
    "byline",
    "bio",
    "biography",
    "profile",
    "avatar",
    "writer",
    "contributor",
    "about",
];

/// The class token of an author's avatar image.
pub(crate) const AVATAR_CLASS: &str = "avatar";

/// What the address of a Gravatar image contains.
pub(crate) const GRAVATAR_PATH: &str = "gravatar.com/avatar";

/// Words that make a byline part a role or an organisation rather than a person.
pub(crate) const ROLE_WORDS: &[&str] = &[
    "staff",
    "dietitian",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "editor",
    "editors",
    "editorial",
    "contributor",
    "contributing",
    "columnist",
    "journalist",
    "photographer",
    "desk",
    "team",
    "newsroom",
    "news",
    "press",
    "associated",
    "reuters",
    "afp",
    "ap",
    "dpa",
    "efe",
    "wire",
    "agency",
    "agencies",
    "bureau",
    "senior",
    "chief",
    "political",
    "science",
    "business",
    "sports",
    "health",
    "technology",
    "tech",
    "correspondents",
    "redaktion",
    "redacción",
    "rédaction",
    "agencia",
    "agence",
    "admin",
    "administrator",
    "guest",
    "author",
    "authors",
    "the",
    "media",
    "online",
    "digital",
    "updated",
    "published",
    "min",
    "read",
    "and",
];

/// Lowercase particles allowed inside names.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "bin",
    "al", "el", "ter", "den", "der", "y", "zu", "ibn", "st.",
];

/// Single words that a declared author field or a "By" line may hold without naming a
/// person: buttons, placeholders and account names of the CMS.
pub(crate) const NOT_NAMES: &[&str] = &[
    "admin",
    "administrator",
    "anonymous",
    "author",
    "comment",
    "comments",
    "email",
    "follow",
    "guest",
    "home",
    "like",
    "listen",
    "login",
    "menu",
    "more",
    "print",
    "read",
    "reply",
    "save",
    "search",
    "share",
    "subscribe",
    "tweet",
    "unknown",
    "user",
    "webmaster",
];

/// Path segments of links to an author's page (`/author/jane-doe`).
pub(crate) const AUTHOR_PATH_SEGMENTS: &[&str] = &[
    "author",
    "authors",
    "autor",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "writer",
    "writers",
    "journalist",
    "journalists",
];

/// Byline words that also begin surnames ("Di Maio", "De Vries"): a line opening with one
/// is not declared to name its author.
pub(crate) const SURNAME_PREFIXES: &[&str] = &["de", "di"];

/// The label/value `<meta>` pairs of a share card (WordPress SEO plugins write "Written by"
/// and the author's name in one of them).
pub(crate) const SHARE_CARD_ROWS: &[(&str, &str)] = &[
    ("twitter:label1", "twitter:data1"),
    ("twitter:label2", "twitter:data2"),
];

/// Words an author picture's `alt` may add after the name ("Jane Doe Image").
pub(crate) const PICTURE_WORDS: &[&str] = &[
    "image", "photo", "picture", "headshot", "avatar", "portrait",
];

/// Words that make a site's name a firm's, an institution's or a title, not a person's
/// ("Loona Construction", "Silverback Strategies", "Yoga With Olivia").
pub(crate) const ORG_WORDS: &[&str] = &[
    "inc",
    "llc",
    "ltd",
    "co",
    "corp",
    "company",
    "group",
    "team",
    "hospital",
    "clinic",
    "university",
    "college",
    "school",
    "academy",
    "institute",
    "center",
    "centre",
    "foundation",
    "society",
    "association",
    "club",
    "network",
    "labs",
    "studio",
    "studios",
    "store",
    "shop",
    "market",
    "services",
    "solutions",
    "strategies",
    "systems",
    "consulting",
    "partners",
    "construction",
    "marketing",
    "global",
    "international",
    "travel",
    "magazine",
    "journal",
    "blog",
    "forum",
    "radio",
    "tv",
    "times",
    "post",
    "daily",
    "weekly",
    "review",
    "expert",
    "experts",
    "teacher",
    "canada",
    "america",
    "usa",
    "care",
    "home",
    "homes",
    "house",
    "realty",
    "insurance",
    "financial",
    "law",
    "legal",
    "dental",
    "farm",
    "farms",
    "kitchen",
    "coffee",
    "photography",
    "design",
    "designs",
    "works",
    "world",
    "makers",
    "skills",
    "remodel",
    "with",
    "on",
    "of",
    "for",
    "to",
    "my",
    "our",
    "your",
    "at",
    "in",
];
