//! Data only: what marks boilerplate and what marks article content.

/// Class/id tokens that mark boilerplate whatever else the element says (a "post-comments"
/// block is comments even though it says "post"). Matched against whole tokens of the
/// class and id, split at `-`, `_`, spaces and camelCase humps, lowercased.
pub(crate) const STRONG_NEGATIVE_TOKENS: &[&str] = &[
    "ad", "ads", "adslot", "adunit", "advert", "advertisement", "advertising", "adsense", "dfp",
    "sponsor", "sponsored", "promo", "outbrain", "taboola", "share", "shares", "sharing",
    "sharebar", "social", "socials", "comment", "comments", "disqus", "cookie", "cookies",
    "consent", "gdpr", "cmp", "newsletter", "newsletters", "subscribe", "signup", "related",
    "recommended", "recommendation", "recommendations", "recirc", "recirculation", "trending",
    "mostread", "vjs", "jw", "jwplayer", "player", "brightcove", "playlist", "modal", "popup",
    "paywall", "breadcrumb", "breadcrumbs", "skip", "caption", "figcaption", "byline",
    "dateline", "tooltip", "upnext", "pagination", "pager", "reactions", "screenreader", "bio",
    "pictext", "imgtext", "photocaption", "wp-caption",
    "sr", "visually", "twitter", "tweet", "instagram", "whatsapp", "pinterest", "readmore",
];

/// Class/id tokens that mark boilerplate unless a content token is present too.
pub(crate) const WEAK_NEGATIVE_TOKENS: &[&str] = &[
    "header", "footer", "nav", "navbar", "navigation", "menu", "sidebar", "aside", "rail",
    "side", "sitemap", "foot", "top", "bottom", "links", "card", "cards", "masthead",
    "widget", "widgets", "meta", "info", "timestamp", "date", "time", "author",
    "tags", "keywords", "topics", "more", "banner", "promotion", "popular", "video",
    "overlay", "toolbar", "print", "rating", "login", "signin", "offer", "teaser", "teasers",
    "carousel", "slider", "credit", "credits", "embed", "facebook", "linkedin", "reddit",
    "email", "mail", "subscription", "gpt", "summary", "standfirst", "dek", "source", "copyright", "disclaimer",
];

/// Class/id substrings that mark boilerplate in run-together names ("sharebar",
/// "relatedposts", "socialicons").
pub(crate) const NEGATIVE_SUBSTRINGS: &[&str] = &[
    "share", "social", "comment", "cookie", "consent", "newsletter", "related", "recommend",
    "advert", "sponsor", "outbrain", "taboola", "disqus", "breadcrumb", "paywall", "popup",
    "mostread", "mostpopular", "readmore", "readnext", "upnext", "nextarticle", "subscribe",
];

/// Class/id tokens that mark article content.
pub(crate) const POSITIVE_TOKENS: &[&str] = &[
    "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
    "blog", "prose", "richtext", "news", "detail", "paragraph", "column", "page",
];

/// Element names whose whole subtree is never body text.
pub(crate) const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "video", "audio", "picture", "source", "select", "option", "button", "input",
    "textarea", "label", "nav", "dialog", "figcaption", "aside", "menu", "head", "title",
    "header", "footer", "form", "map", "img", "amp-ad", "amp-social-share", "amp-analytics",
    "amp-consent", "amp-carousel", "amp-sidebar", "amp-embed", "amp-video", "amp-iframe",
    "amp-twitter", "amp-instagram", "amp-youtube", "amp-jwplayer", "amp-brightcove",
    "amp-img", "amp-list", "amp-lightbox", "amp-user-notification", "amp-sticky-ad",
];

/// ARIA roles whose element is never body text.
pub(crate) const DROP_ROLES: &[&str] = &[
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
    "search", "menu", "menubar", "toolbar", "tablist", "button", "form", "note", "timer",
    "marquee", "status", "tooltip",
];

/// Whole-block texts that are labels, not prose (compared lowercased, punctuation trimmed).
pub(crate) const LABEL_TEXTS: &[&str] = &[
    "advertisement", "advertisment", "advertising", "sponsored", "sponsored content",
    "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "publicidade",
    "advertentie", "广告", "next article", "next story", "read next", "up next",
    "skip to content", "skip to main content", "skip to navigation", "share",
    "share this article", "share this story", "share on facebook", "share on twitter",
    "continue reading", "read more", "show more", "load more", "see more", "recommended",
    "recommended articles", "recommended for you", "related", "related articles",
    "related stories", "related content", "more stories", "most read", "most popular",
    "trending", "hot · posts", "hot posts", "you may also like", "you might also like",
    "more from", "mehr zum thema", "das könnte sie auch interessieren", "te puede interesar",
    "también te puede interesar", "lo más leído", "à lire aussi", "lire aussi",
    "sur le même sujet", "leia também", "leggi anche", "lees ook", "相关新闻", "相关阅读",
    "推荐阅读", "热门", "feature image", "comments", "leave a comment", "leave a reply",
    "facebook", "twitter", "linkedin", "whatsapp", "copy link", "listen to this article",
    "follow us", "subscribe", "sign up", "newsletter", "back to top",
];

/// Headings that open a block of links to other stories: the block ends the article and
/// everything under the heading's section is boilerplate.
pub(crate) const RELATED_HEADINGS: &[&str] = &[
    "recommended", "related", "more from", "more on", "more stories", "most read",
    "most popular", "most viewed", "trending", "hot · posts", "hot posts", "read next",
    "up next", "you may also like", "you might also like", "latest news", "latest stories",
    "top stories", "popular", "editor's picks", "editors' picks", "around the web",
    "from our partners", "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel",
    "te puede interesar", "también te puede interesar", "lo más leído", "noticias relacionadas",
    "à lire aussi", "sur le même sujet", "les plus lus", "leia também", "mais lidas",
    "leggi anche", "i più letti", "lees ook", "meest gelezen", "相关新闻", "相关阅读", "推荐阅读",
    "热门新闻", "热门", "comments", "leave a reply", "leave a comment", "join the conversation",
];

/// Sentences that are site furniture wherever they appear (copyright lines, tip lines,
/// follow-us lines), matched against a whole block.
pub(crate) const FURNITURE_TEXT: &str = r"(?i)^(?:[（(]?责任编辑[:：]|版权声明[:：]|免责声明[:：]|[（(]?编辑[:：].{0,12}[)）]?$|©|\(c\)\s|copyright|all rights reserved|got a (?:news )?(?:story|tip)|have a (?:news )?tip|follow us on|sign up for (?:our|the).*newsletter|subscribe to (?:our|the).*newsletter|click here to|this article (?:was|is) (?:originally )?(?:published|reprinted).{0,80}$|share this (?:article|story))|all rights reserved\.?$";

/// Prefixes of in-body teaser lines ("Read more: ...", "Related: ...").
pub(crate) const TEASER_PREFIXES: &[&str] = &[
    "read more:", "read more »", "related:", "see also:", "also read:", "read also:",
    "more:", "watch:", "listen:", "lesen sie auch:", "lesen sie mehr:", "mehr dazu:",
    "auch interessant:", "te puede interesar:", "lee también:", "lea también:", "lire aussi:",
    "à lire aussi:", "leia também:", "leggi anche:", "lees ook:", "相关阅读：", "延伸阅读：",
];

/// Video and audio player control texts (video.js, JW Player, Brightcove, YouTube) that
/// leak into the text of pages saved from a browser. Whole-block, lowercased.
pub(crate) const PLAYER_TEXT: &str = r"(?xi)^(?:
      video\ player\ is\ loading\.?
    | (?:current|remaining)\ time:?\ *-?[\d:]+
    | duration(?:\ time)?:?\ *(?:-?[\d:]+|-:-)
    | loaded:?\ *\d+(?:\.\d+)?\ *%
    | progress:?\ *\d+(?:\.\d+)?\ *%
    | stream\ type\b.*
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
