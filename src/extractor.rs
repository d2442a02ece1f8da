//! [`Extractor`]: validated options, and the pipeline read top to bottom like a table of
//! contents: decode → parse → clean → roots → metadata → paragraphs → quotes.

use chrono::FixedOffset;

use crate::clean;
use crate::dates;
use crate::decode;
use crate::dom::Dom;
use crate::error::{Error, Result};
use crate::metadata::{self, ArticleInput, ArticleMeta, PageFacts};
use crate::model::{Article, Page, Timestamp};
use crate::options::Options;
use crate::paragraphs::{self, BlockKind};
use crate::quotes;
use crate::roots::{self, Root};
use crate::score::Stats;

/// The stages of the pipeline, in order. Public only with the feature `bench-internals`,
/// for the per-stage benchmarks (`cargo bench --features bench-internals --bench stages`).
#[doc(hidden)]
#[cfg_attr(not(feature = "bench-internals"), allow(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Bytes to text.
    Decode,
    /// Text to the DOM.
    Parse,
    /// Boilerplate flags and text statistics.
    Clean,
    /// Page facts and article roots.
    Roots,
    /// Headlines, authors, timestamps.
    Metadata,
    /// Paragraphs.
    Paragraphs,
    /// Quotes: the whole pipeline.
    Quotes,
}

/// Extracts articles from pages. Build it once with [`Extractor::new`] and reuse it: it is
/// `Send + Sync`, so one extractor can serve many threads.
///
/// ```
/// let extractor = newsprint::Extractor::new(newsprint::Options::default())?;
/// let page = extractor.extract("<html><body><p>Nothing to see.</p></body></html>")?;
/// assert!(page.articles.is_empty());
/// # Ok::<(), newsprint::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// Validates the options. Fails with [`Error::InvalidOption`] on a base URL that is not an
    /// absolute `http`, `https` or `file` URL, or a limit of zero.
    pub fn new(options: Options) -> Result<Extractor> {
        if let Some(base) = &options.base_url {
            let ok = url::Url::parse(base)
                .is_ok_and(|u| matches!(u.scheme(), "http" | "https" | "file"));
            if !ok {
                return Err(Error::InvalidOption {
                    option: "base_url",
                    reason: format!("{base:?} is not an absolute http(s) or file URL"),
                });
            }
        }
        let l = options.limits;
        for (name, v) in [
            ("max_input_bytes", l.max_input_bytes),
            ("max_nodes", l.max_nodes),
            ("max_depth", l.max_depth),
        ] {
            if v == 0 {
                return Err(Error::InvalidOption {
                    option: name,
                    reason: "a limit of 0 admits no page".into(),
                });
            }
        }
        Ok(Extractor { options })
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts from the bytes of a page. The charset comes from a byte-order mark, the
    /// `content_type` (an HTTP `Content-Type` value such as `text/html; charset=koi8-r`), a
    /// `<meta>` declaration, or else is detected.
    pub fn extract_bytes(&self, bytes: &[u8], content_type: Option<&str>) -> Result<Page> {
        self.check_size(bytes.len())?;
        let text = decode::decode(bytes, content_type)?;
        self.extract(&text)
    }

    /// Extracts from the text of a page.
    pub fn extract(&self, html: &str) -> Result<Page> {
        self.pipeline(html, Stage::Quotes)
    }

    /// Runs the pipeline from the bytes of a page up to and including `until`, for the
    /// per-stage benchmarks (feature `bench-internals`; not a stable interface). The page
    /// returned is complete only for [`Stage::Quotes`].
    #[cfg(feature = "bench-internals")]
    #[doc(hidden)]
    pub fn extract_until(&self, bytes: &[u8], until: Stage) -> Result<Page> {
        self.check_size(bytes.len())?;
        let text = decode::decode(bytes, None)?;
        if until == Stage::Decode {
            return Ok(Page::default());
        }
        self.pipeline(&text, until)
    }

    /// The pipeline from text, stopping after `until`.
    fn pipeline(&self, html: &str, until: Stage) -> Result<Page> {
        self.check_size(html.len())?;
        let html = decode::repair_mojibake(html);
        let dom = Dom::parse(&html, &self.options.limits)?;
        if until <= Stage::Parse {
            return Ok(Page::default());
        }
        let facts = metadata::page_facts(&dom, &self.options);
        let thread = if facts.ld.discussion {
            clean::Thread::Yes
        } else {
            clean::Thread::No
        };
        let removed = clean::boilerplate_of(&dom, thread);
        let stats = Stats::compute(&dom, &removed);
        if until == Stage::Clean {
            return Ok(Page::default());
        }
        let hints = facts.hints(&self.options);
        let found = roots::find(&dom, &removed, &stats, &hints);
        let mut removed = removed;
        for card in roots::teaser_cards(&dom, &removed, &stats, &found, &hints) {
            clean::mark_subtree(&dom, &mut removed, card);
        }
        if until == Stage::Roots {
            return Ok(Page::default());
        }
        let mut metas = self.article_metas(&dom, &stats, &facts, &found);
        self.infer_offsets(&mut metas);
        if until == Stage::Metadata {
            return Ok(Page::default());
        }
        let quotes = until == Stage::Quotes;
        // A page's only story may state no headline at all (no heading, no title): its body
        // is still the article. One of several stories needs its own.
        let untitled_ok = found.len() == 1;
        let articles: Vec<Article> = found
            .iter()
            .zip(metas)
            .filter_map(|(root, meta)| {
                article(
                    &dom,
                    &removed,
                    &stats,
                    &facts,
                    *root,
                    meta,
                    quotes,
                    untitled_ok,
                )
            })
            .collect();
        let meta = metadata::page_meta(&dom, &facts, &articles, &self.options);
        Ok(Page {
            url: facts.url,
            site_name: facts.site_name,
            language: facts.language,
            articles,
            title: meta.title,
            published: meta.published,
            updated: meta.updated,
            authors: meta.authors,
            description: meta.description,
            image: meta.image,
        })
    }

    fn check_size(&self, size: usize) -> Result<()> {
        let limit = self.options.limits.max_input_bytes;
        if size > limit {
            return Err(Error::InputTooLarge { size, limit });
        }
        Ok(())
    }

    /// Metadata of every root; JSON-LD objects paired with roots by headline.
    fn article_metas(
        &self,
        dom: &Dom,
        stats: &Stats,
        facts: &PageFacts,
        found: &[Root],
    ) -> Vec<ArticleMeta> {
        let input = |k: usize, root: Root| ArticleInput {
            dom,
            stats,
            facts,
            root,
            main: k == 0,
            multi: found.len() > 1,
        };
        let ld = facts.ld.for_stories();
        let paired = if found.len() <= 1 && ld.len() <= 1 {
            // Nothing to pair by headline: the object, if any, is the main article's.
            vec![ld.first()]
        } else {
            let headlines: Vec<String> = found
                .iter()
                .enumerate()
                .map(|(k, r)| metadata::headline(&input(k, *r)))
                .collect();
            metadata::pair_ld(ld, &headlines)
        };
        found
            .iter()
            .enumerate()
            .map(|(k, r)| metadata::article_meta(&input(k, *r), paired.get(k).copied().flatten()))
            .collect()
    }

    /// Gives times written without a zone the page's offset (from another timestamp of the
    /// same page), else the configured default offset.
    fn infer_offsets(&self, metas: &mut [ArticleMeta]) {
        let page_offset: Option<FixedOffset> = metas
            .iter()
            .flat_map(|m| [m.published, m.updated])
            .flatten()
            .find_map(|t| t.offset())
            .or(self.options.default_offset);
        let Some(offset) = page_offset else { return };
        for m in metas {
            for t in [&mut m.published, &mut m.updated].into_iter().flatten() {
                if matches!(t, Timestamp::Local(_)) {
                    *t = dates::with_offset(*t, offset);
                }
            }
        }
    }
}

/// Assembles one article; `None` when it has no body, or no headline unless `untitled_ok`.
/// Its quotes are found when `with_quotes` (always, but for the per-stage benchmarks).
#[allow(clippy::too_many_arguments)]
fn article(
    dom: &Dom,
    removed: &[bool],
    stats: &Stats,
    facts: &PageFacts,
    root: Root,
    meta: ArticleMeta,
    with_quotes: bool,
    untitled_ok: bool,
) -> Option<Article> {
    let site_names: Vec<&str> = facts.site_names.iter().map(String::as_str).collect();
    let cx = paragraphs::Context {
        headline: &meta.headline,
        headline_node: meta.headline_node,
        body_start: crate::story::body_start(dom, stats, root.body, meta.headline_node),
        site_names: &site_names,
        thread: facts.ld.discussion,
    };
    let blocks = paragraphs::blocks(dom, removed, root.body, &cx);
    let blocks = paragraphs::bio::drop_closing_bio(blocks, &meta.authors);
    if (meta.headline.is_empty() && !untitled_ok) || blocks.is_empty() {
        return None;
    }
    let quote_input: Vec<quotes::Block<'_>> = blocks
        .iter()
        .map(|b| quotes::Block {
            text: &b.text,
            blockquote: b.kind == BlockKind::Quote,
        })
        .collect();
    let quotes = if with_quotes {
        quotes::find_quotes(&quote_input)
    } else {
        Vec::new()
    };
    Some(Article {
        headline: meta.headline,
        description: meta.description,
        authors: meta.authors,
        published: meta.published,
        updated: meta.updated,
        paragraphs: blocks.into_iter().map(|b| b.text).collect(),
        quotes,
    })
}
