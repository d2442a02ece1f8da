//! # newsprint
//!
//! Turns the HTML of a news page into structured articles: for every story on the page its
//! headline, authors, published and updated timestamps, body paragraphs in reading order,
//! and the direct quotes in it with who said them. Boilerplate (video players, share bars,
//! navigation, ads, cookie banners, "recommended" lists, comments) never reaches the text.
//!
//! ```
//! let html = r#"<html lang="en"><head><title>Rain returns | The Daily Example</title>
//!   <meta property="og:site_name" content="The Daily Example"></head>
//!   <body><nav><a href="/">Home</a></nav>
//!   <article><h1>Rain returns to the valley</h1>
//!     <p class="byline">By Jane Doe</p>
//!     <p>After months of drought, rain fell across the valley on Tuesday, filling
//!        reservoirs that had sat half empty since spring. Farmers who had sold part of
//!        their herds in the summer said the storms came too late for this year's hay.</p>
//!     <p>"We have waited a long time for this," said Tom Reyes, a farmer near the river.</p>
//!   </article></body></html>"#;
//! let page = newsprint::extract(html)?;
//! let article = &page.articles[0];
//! assert_eq!(article.headline, "Rain returns to the valley");
//! assert_eq!(article.authors, ["Jane Doe"]);
//! assert_eq!(article.paragraphs.len(), 2);
//! assert_eq!(article.quotes[0].speaker.as_deref(), Some("Tom Reyes"));
//! # Ok::<(), newsprint::Error>(())
//! ```
//!
//! A page with no article (a home page, a listing) is `Ok` with zero articles; errors are
//! only exceeded [`Limits`], invalid [`Options`] and input that is not text.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod byline;
mod clean;
mod dates;
mod decode;
mod dom;
mod error;
mod extractor;
mod metadata;
mod model;
mod options;
mod paragraphs;
mod patterns;
mod quotes;
mod render;
mod roots;
mod score;
mod story;
mod text;

use std::sync::LazyLock;

pub use error::{Error, Result};
pub use extractor::Extractor;
pub use model::{Article, Page, Quote, QuoteKind, Timestamp};
pub use options::{Limits, Options};

/// Internals for the per-stage benchmarks; not a stable interface.
#[cfg(feature = "bench-internals")]
#[doc(hidden)]
pub mod bench_internals {
    pub use crate::extractor::Stage;
}

static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::default);

/// Extracts with the default [`Options`], through a shared [`Extractor`].
///
/// ```
/// let page = newsprint::extract("<p>not an article</p>")?;
/// assert!(page.articles.is_empty());
/// # Ok::<(), newsprint::Error>(())
/// ```
pub fn extract(html: &str) -> Result<Page> {
    DEFAULT.extract(html)
}

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
