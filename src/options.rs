//! [`Options`] and [`Limits`]: everything an [`Extractor`](crate::Extractor) can be told.

use chrono::{DateTime, FixedOffset};

/// Bounds on the work one page may cause. Exceeding one is a typed [`Error`](crate::Error),
/// never a panic, a hang or an out-of-memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest input accepted, in bytes. Default: 128 MiB (the largest page in the
    /// development corpora is 5.3 MB).
    pub max_input_bytes: usize,
    /// The most DOM nodes (elements and text) a document may have. Default: 5,000,000.
    pub max_nodes: usize,
    /// The deepest element nesting accepted. Default: 10,000 (real pages stay under 100;
    /// the HTML tree builder's cost grows with depth, so this bounds the time).
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 128 * 1024 * 1024,
            max_nodes: 5_000_000,
            max_depth: 10_000,
        }
    }
}

/// How to extract. Built with chained setters; every default is stated on its setter.
///
/// ```
/// use newsprint::{Extractor, Options};
/// let options = Options::new()
///     .base_url("https://news.example/world/2025/01/08/story")
///     .default_offset(chrono::FixedOffset::east_opt(8 * 3600).unwrap());
/// let extractor = Extractor::new(options).unwrap();
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub(crate) base_url: Option<String>,
    pub(crate) reference_time: Option<DateTime<FixedOffset>>,
    pub(crate) default_offset: Option<FixedOffset>,
    pub(crate) limits: Limits,
    pub(crate) multiple_articles: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            base_url: None,
            reference_time: None,
            default_offset: None,
            limits: Limits::default(),
            multiple_articles: true,
        }
    }
}

impl Options {
    /// The defaults: no base URL, no reference time, no default offset, [`Limits::default`],
    /// several articles per page.
    pub fn new() -> Self {
        Self::default()
    }

    /// The URL the page was fetched from: relative links and canonical URLs resolve against
    /// it, and it is the page URL when the page names none. Must be an absolute `http`,
    /// `https` or `file` URL ([`Extractor::new`](crate::Extractor::new) checks). Default: none.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// "Now" for the page: relative dates ("3 hours ago", "yesterday") resolve against it and
    /// no timestamp may lie after it. Without it relative dates are left out, never guessed.
    /// Default: none.
    pub fn reference_time(mut self, now: DateTime<FixedOffset>) -> Self {
        self.reference_time = Some(now);
        self
    }

    /// The UTC offset to give times that the page writes with no zone, when no other
    /// timestamp of the page reveals it. Default: none (such times stay without offset).
    pub fn default_offset(mut self, offset: FixedOffset) -> Self {
        self.default_offset = Some(offset);
        self
    }

    /// Whether a page may give several articles (stories appended by infinite scroll, a
    /// digest of full stories). When `false`, the page gives at most its main story: the
    /// container with the most prose, as a single-article extractor would choose it.
    /// Default: `true`.
    pub fn multiple_articles(mut self, yes: bool) -> Self {
        self.multiple_articles = yes;
        self
    }

    /// The bounds on one page's work. Default: [`Limits::default`].
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The base URL, if set.
    pub fn get_base_url(&self) -> Option<&str> {
        self.base_url.as_deref()
    }

    /// The limits in force.
    pub fn get_limits(&self) -> Limits {
        self.limits
    }
}
