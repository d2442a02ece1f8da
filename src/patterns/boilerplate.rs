//! Data only: what marks boilerplate and what marks article content.

/// Class/id tokens that mark boilerplate whatever else the element says (a "post-comments"
/// block is comments even though it says "post"). Matched against whole tokens of the
/// class and id, split at `-`, `_`, spaces and camelCase humps, lowercased.
pub(crate) const STRONG_NEGATIVE_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "adunit",
    "advert",
    "advertisement",
    "advertising",
    "adsense",
    "dfp",
    "sponsor",
    "sponsored",
    "promo",
    "outbrain",
    "taboola",
    "share",
    "shares",
    "sharing",
    "sharebar",
    "social",
    "socials",
    "comment",
    "comments",
    "disqus",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "newsletters",
    "subscribe",
    "signup",
    "related",
    "recommended",
    "recommendation",
    "recommendations",
    "recirc",
    "recirculation",
    "trending",
    "mostread",
    "vjs",
    "jw",
    "jwplayer",
    "player",
    "brightcove",
    "playlist",
    "modal",
    "popup",
    "breadcrumb",
    "breadcrumbs",
    "caption",
    "figcaption",
    "byline",
    "dateline",
    "tooltip",
    "upnext",
    "pagination",
    "pager",
    "reactions",
    "screenreader",
    "bio",
    "pictext",
    "imgtext",
    "photocaption",
    "wp-caption",
    "sr",
    "visually",
    "twitter",
    "tweet",
    "instagram",
    "whatsapp",
    "pinterest",
    "readmore",
    "disclaimer",
    "disclaimers",
    "disclosure",
    "disclosures",
];

/// Class/id tokens that mark boilerplate unless a content token is present too.
pub(crate) const WEAK_NEGATIVE_TOKENS: &[&str] = &[
    "signature",
    "signatures",
    "skip",
    "header",
    "footer",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "sidebar",
    "aside",
    "rail",
    "side",
    "sitemap",
    "foot",
    "top",
    "bottom",
    "links",
    "card",
    "cards",
    "masthead",
    "widget",
    "widgets",
    "meta",
    "info",
    "timestamp",
    "date",
    "time",
    "author",
    "tags",
    "keywords",
    "topics",
    "more",
    "banner",
    "promotion",
    "popular",
    "video",
    "overlay",
    "toolbar",
    "print",
    "rating",
    "login",
    "signin",
    "offer",
    "teaser",
    "teasers",
    "carousel",
    "slider",
    "credit",
    "credits",
    "embed",
    "facebook",
    "linkedin",
    "reddit",
    "email",
    "mail",
    "subscription",
    "gpt",
    "summary",
    "standfirst",
    "dek",
    "source",
    "copyright",
    // A paywall's prompt is short; a wrapper so named around the story's text is the story.
    "paywall",
];

/// Class/id substrings that mark boilerplate in run-together names ("sharebar",
/// "relatedposts", "socialicons").
pub(crate) const NEGATIVE_SUBSTRINGS: &[&str] = &[
    "share",
    "social",
    "comment",
    "cookie",
    "consent",
    "newsletter",
    "related",
    "recommend",
    "advert",
    "sponsor",
    "outbrain",
    "taboola",
    "disqus",
    "breadcrumb",
    "popup",
    "mostread",
    "mostpopular",
    "readmore",
    "readnext",
    "upnext",
    "nextarticle",
    "subscribe",
];

/// Head nouns that make an author-named class a box about the author (`author-box`,
/// `author__info`, `authors-section`) rather than the byline itself.
pub(crate) const AUTHOR_BOX_HEADS: &[&str] = &[
    "box",
    "bio",
    "section",
    "info",
    "card",
    "details",
    "wrapper",
    "wrap",
    "block",
    "area",
    "container",
    "profile",
    "description",
    "desc",
];

/// An inline style that hides an element from everyone.
pub(crate) const HIDDEN_STYLE: &str =
    r"(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)";

/// Class-name parts of what a reader opens with a click (accordions, also misspelt
/// "accordian"; collapsed panels, tabs, spoilers, "read more" tails): a stylesheet hides
/// them until then, but they are the page's text.
pub(crate) const OPENED_BY_READER: &[&str] = &[
    "accordi",
    "collaps",
    "expand",
    "tab-pane",
    "tab-content",
    "tabpanel",
    "spoiler",
    "faq",
    "answer",
    "read-more",
    "readmore",
    "show-more",
];

/// An inline style that takes an element out of the layout (not merely invisible).
pub(crate) const DISPLAY_NONE: &str = r"(?i)(?:^|;)\s*display\s*:\s*none";

/// Class/id substrings of consent managers' banners and preference centres
/// (`#onetrust-pc-sdk`, `#didomi-host`, `#CybotCookiebotDialog`, Complianz's
/// `.cmplz-cookiebanner`): boilerplate however much text they hold, since their policy
/// texts can outweigh a short page.
pub(crate) const CONSENT_MANAGERS: &str =
    r"(?i-u)onetrust|didomi|usercentrics|cookiebot|cookielaw|qc-cmp|cmplz";

/// Class tokens of a kicker (the topic line some sites set inside the headline element,
/// "Fernwärme" in `<h1><span class="kicker">Fernwärme</span> Stadtwerke erhöhen …</h1>`):
/// not part of the headline.
pub(crate) const KICKER_TOKENS: &[&str] = &[
    "kicker",
    "overline",
    "dachzeile",
    "topline",
    "roofline",
    "eyebrow",
    "supertitle",
    "pretitle",
    "intro",
    "spitzmarke",
];

/// Class tokens of a post's title heading in blog themes (`<h2 class="entry-title">`): the
/// headline of a page whose only `<h1>` is the blog's name.
pub(crate) const TITLE_HEADING_TOKENS: &[&str] = &[
    "entry-title",
    "post-title",
    "article-title",
    "entry-header-title",
    "post__title",
    "article__title",
];

/// Class tokens of a breadcrumb trail, whose last crumb repeats the page's title.
pub(crate) const TRAIL_TOKENS: &[&str] = &["breadcrumb", "breadcrumbs", "crumbs", "trail"];

/// A `<noscript>` start tag in raw HTML (any case; a byte pattern).
pub(crate) const NOSCRIPT_OPEN: &str = r"(?i-u)<noscript\b[^>]*>";

/// A `</noscript>` end tag in raw HTML.
pub(crate) const NOSCRIPT_CLOSE: &str = r"(?i-u)</noscript\s*>";

/// An `<iframe>` start tag in raw HTML.
pub(crate) const IFRAME_OPEN: &str = r"(?i-u)<iframe\b";

/// A start or end tag, in raw HTML, of an element an end tag cannot close through (the
/// parser's "special" elements): left open inside a `<noscript>` parsed as markup, it makes
/// the parser ignore `</noscript>`. Group 1 is the slash, group 2 the name.
pub(crate) const SPECIAL_BLOCK_TAG: &str = r"(?i-u)<(/?)(div|section|article|aside|nav|header|footer|main|ul|ol|dl|table|form|figure|blockquote|details|fieldset)\b";

/// An `</iframe>` end tag in raw HTML.
pub(crate) const IFRAME_CLOSE: &str = r"(?i-u)</iframe\s*>";

/// Path segments of links to a member's profile (`/members/jane.985811/`, `/u/jane`): a
/// heading linking there names a post's writer, not a teaser's story.
pub(crate) const PROFILE_PATH_SEGMENTS: &[&str] = &[
    "members", "member", "users", "user", "u", "profile", "profiles", "people", "author", "authors",
];

/// Strong negative tokens that mark a discussion (kept on a forum thread's page).
pub(crate) const DISCUSSION_TOKENS: &[&str] = &["comment", "comments"];

/// The words after a writer's name that open a bio ("is a full-time writer", "has
/// covered", "holds an MBA", "joined the team"), a parenthesised aside or credentials
/// (", MD,") allowed first.
pub(crate) const BIO_VERB: &str = r"^\s*(?:\([^)]{0,40}\)\s*|,[^,]{1,40},\s*)?(?:is|was|has|holds|joined|started|founded|writes|covers|lives|brings|serves|specializes|specialises)\b";

/// Tokens naming a style property in utility class names ("valign-top", "halign-left",
/// "media-align-top"): the token after one is the property's value ("top"), not what the
/// element is. (Adjectives such as "sticky" or "fixed" are not here: a `sticky-header` is a
/// header.)
pub(crate) const STYLE_PROPERTY_TOKENS: &[&str] = &[
    "align", "valign", "halign", "float", "justify", "position", "margin", "padding",
];

/// First words of a bio's later sentences ("She has written for …", "When she's not
/// writing, …").
pub(crate) const BIO_FOLLOW_ON_WORDS: &[&str] = &["She", "He", "They", "Her", "His", "When"];

/// Types of a page builder's widgets that hold the page's text (the end of
/// `elementor-widget-text-editor`): a short one is a paragraph or heading, not a sidebar
/// widget.
pub(crate) const CONTENT_WIDGET_TYPES: &[&str] = &[
    "text-editor",
    "heading",
    "text",
    "theme-post-content",
    "theme-post-title",
];

/// Class/id tokens that mark article content.
pub(crate) const POSITIVE_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "blog",
    "prose",
    "richtext",
    "news",
    "detail",
    "paragraph",
    "column",
    "page",
];

/// Element names whose whole subtree is never body text.
pub(crate) const DROP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "picture",
    "source",
    "select",
    "option",
    "button",
    "input",
    "textarea",
    "label",
    "nav",
    "dialog",
    "figcaption",
    "aside",
    "menu",
    "head",
    "title",
    "header",
    "footer",
    "form",
    "map",
    "img",
    "amp-ad",
    "amp-social-share",
    "amp-analytics",
    "amp-consent",
    "amp-carousel",
    "amp-sidebar",
    "amp-embed",
    "amp-video",
    "amp-iframe",
    "amp-twitter",
    "amp-instagram",
    "amp-youtube",
    "amp-jwplayer",
    "amp-brightcove",
    "amp-img",
    "amp-list",
    "amp-lightbox",
    "amp-user-notification",
    "amp-sticky-ad",
];

/// ARIA roles whose element is never body text.
pub(crate) const DROP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "tablist",
    "button",
    "form",
    "note",
    "timer",
    "marquee",
    "status",
    "tooltip",
];

/// A short block that ends in a photo credit is an image caption left in the body by a
/// layout without `<figcaption>` ("... built in 1961. Sentinel photo by Karen Duvall",
/// "... (AP Photo/Jane Doe)", "Foto: Álvaro Ibáñez").
/// The name's length is bounded by [`CAPTION_CREDIT_MAX_CHARS`] in code, not by a counted
/// repetition here: `{1,60}` of a Unicode class makes an automaton too big for the fast
/// regex engines, and every block would go through the slow one.
pub(crate) const CAPTION_CREDIT: &str = r"(?:(?:^|[^\p{L}])(?i:(?:photo|photograph|picture|image|foto|bild|imagen|immagine)s?)\s*(?:(?i:by|courtesy\ of|credit)\s*:?|:|/)\s*\p{Lu}[\p{L}\p{M}.'’ -]+|\((?i:ap|afp|reuters|getty|epa|dpa)[^)]*\)|(?i:getty\ images))\s*\.?$";

/// The longest credit [`CAPTION_CREDIT`] may match, in characters ("Photographs courtesy
/// of: " and a name of up to 60 characters).
pub(crate) const CAPTION_CREDIT_MAX_CHARS: usize = 90;

/// Captions are short: past this many characters a block ending in a credit is prose.
pub(crate) const CAPTION_MAX_CHARS: usize = 300;

/// Video and audio player control texts (video.js, JW Player, Brightcove, YouTube) that
/// leak into the text of pages saved from a browser. Whole-block, lowercased.
pub(crate) const PLAYER_TEXT: &str = r"(?xi)^(?:
      video\ player\ is\ loading\.?
    | (?:current|remaining)\ time:?\ *-?[\d:]+
    | duration(?:\ time)?:?\ *(?:-?[\d:]+|-:-)
    | loaded:?\ *\d+(?:\.\d+)?\ *%
    | progress:?\ *\d+(?:\.\d+)?\ *%
    | stream\ type(?-u:\b).*
    | \d+(?:\.\d+)?x
    | chapters | descriptions | captions | subtitles | audio\ track | quality | fullscreen
    | (?:descriptions|captions|subtitles|chapters)\ (?:off|settings).*
    | .*,\ selected
    | play | pause | mute | unmute | replay | live | seek\ to\ live.* | picture-in-picture
    | this\ is\ a\ modal\ window\.?.* | beginning\ of\ dialog\ window.* | end\ of\ dialog\ window\.?
    | volume(?:\ level)?:?\ *\d*\ *%? | settings | next\ up | up\ next | playback\ rate.* | close\ modal\ dialog
    | this\ video\ file\ cannot\ be\ played.* | the\ media\ could\ not\ be\ loaded.*
    | -?\d{1,2}:\d{2}(?::\d{2})?(?:\ /\ -?\d{1,2}:\d{2}(?::\d{2})?)?
    | -?:-
)$";

/// Hosting services whose subdomains are separate sites (blogs, pages): a host's name is the
/// label before these.
pub(crate) const HOSTING_SUFFIXES: &[&str] = &[
    "blogspot.com",
    "wordpress.com",
    "substack.com",
    "medium.com",
    "tumblr.com",
    "github.io",
    "gitlab.io",
    "netlify.app",
    "vercel.app",
    "pages.dev",
    "wixsite.com",
    "weebly.com",
    "typepad.com",
    "livejournal.com",
    "hashnode.dev",
    "bearblog.dev",
    "squarespace.com",
    "blogger.com",
];

/// Roles of a collapsed accordion or tab panel: hidden until opened, but the page's text.
pub(crate) const PANEL_ROLES: &[&str] = &["region", "tabpanel"];
