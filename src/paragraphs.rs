//! Paragraphs: an article root's text blocks in reading order.
//!
//! One iterative pass over the root's id range with a stack of open block elements. Inline
//! markup is flattened; `<br>` is a space, two or more in a row split the block; data
//! tables give one block per row with cells joined by " | ". Afterwards blocks that are
//! labels, bylines, datelines, teasers or repeats are dropped.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::byline;
use crate::clean;
use crate::dom::{Dom, NodeData, NodeId, tag};
use crate::metadata::headline;
use crate::patterns::{self, boilerplate as bp, labels};
use crate::score;
use crate::text::{self, normalize};

static FURNITURE: LazyLock<Regex> = LazyLock::new(|| patterns::compile(labels::FURNITURE_TEXT));
static CAPTION_CREDIT: LazyLock<Regex> = LazyLock::new(|| patterns::compile(bp::CAPTION_CREDIT));
/// Stands for a `<br>` in the text being gathered (a private-use character, never in
/// page text that matters).
const BR: char = '\u{E000}';
static QUOTE_CITATION: LazyLock<Regex> =
    LazyLock::new(|| patterns::compile(labels::QUOTE_CITATION));
static BR_SPLIT: LazyLock<Regex> = LazyLock::new(|| patterns::compile(r"\x{E000}(?:\s*\x{E000})+"));

/// What kind of block a paragraph came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// `<p>` or a text-bearing `<div>`.
    Paragraph,
    /// `<h2>`..`<h6>` inside the body.
    Heading,
    /// `<li>`, `<dd>`, `<dt>`.
    ListItem,
    /// Inside a `<blockquote>`.
    Quote,
    /// `<pre>`.
    Pre,
    /// A data-table row.
    Row,
}

/// One text block of an article.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Block {
    /// The normalised text.
    pub text: String,
    /// Where it came from.
    pub kind: BlockKind,
    /// Share of its characters inside links.
    pub link_share: f32,
}

/// What the block filters need to know about the article.
pub(crate) struct Context<'a> {
    /// The article's headline, to drop repeats of it.
    pub headline: &'a str,
    /// The heading element, skipped.
    pub headline_node: Option<NodeId>,
    /// Where the body starts: text before it (section labels, headline, byline, dateline,
    /// standfirst) is the story's header, not its paragraphs.
    pub body_start: NodeId,
    /// Site names, for bylines that name the site.
    pub site_names: &'a [&'a str],
    /// The page is a forum thread: a label repeated over its posts ("Joined", "Member
    /// type") is the posts' furniture, said once.
    pub thread: bool,
}

/// The text blocks of the root at `root`, filtered.
pub(crate) fn blocks(dom: &Dom, removed: &[bool], root: NodeId, cx: &Context<'_>) -> Vec<Block> {
    let raw = raw_blocks(dom, removed, root, cx.headline_node, cx.body_start);
    filter(raw, cx)
}

struct Walk {
    out: Vec<Block>,
    buf: String,
    /// Characters of `buf` inside links.
    link_chars: usize,
    /// One past the last id of the link being walked (0 outside links).
    link_end: NodeId,
    /// Open blocks: (end id, kind, is data table cell container).
    stack: Vec<(NodeId, BlockKind, bool)>,
    /// Ends of the open `<q>` elements, innermost last: a browser shows them in quotation
    /// marks, and so does the text (“outer ‘inner’”), for the quotes stage to find.
    q_ends: Vec<NodeId>,
    /// The root being walked.
    root: NodeId,
}

impl Walk {
    fn kind(&self) -> BlockKind {
        self.stack.last().map_or(BlockKind::Paragraph, |s| s.1)
    }

    /// Closes the `<q>` elements that end at or before `i`.
    fn close_inline_quotes(&mut self, i: NodeId) {
        while self.q_ends.last().is_some_and(|&e| e <= i) {
            self.q_ends.pop();
            self.buf
                .push(if self.q_ends.is_empty() { '”' } else { '’' });
        }
    }

    fn in_data_table(&self) -> bool {
        self.stack.last().is_some_and(|s| s.2)
    }

    fn flush(&mut self) {
        if self.buf.trim().is_empty() {
            self.buf.clear();
            self.link_chars = 0;
            return;
        }
        let kind = self.kind();
        let buf = std::mem::take(&mut self.buf);
        let link_share =
            std::mem::take(&mut self.link_chars) as f32 / text::visible_len(&buf).max(1) as f32;
        let parts: Vec<&str> = if kind == BlockKind::Row {
            vec![&buf]
        } else {
            BR_SPLIT.split(&buf).collect()
        };
        for part in parts {
            let t = normalize(&part.replace(BR, " "));
            if !t.is_empty() {
                self.out.push(Block {
                    text: t,
                    kind,
                    link_share,
                });
            }
        }
    }
}

/// Every block of text under `root`, unfiltered.
fn raw_blocks(
    dom: &Dom,
    removed: &[bool],
    root: NodeId,
    skip: Option<NodeId>,
    start: NodeId,
) -> Vec<Block> {
    let complex = complex_tables(dom, root);
    let mut w = Walk {
        out: Vec::new(),
        buf: String::new(),
        link_chars: 0,
        link_end: 0,
        stack: Vec::new(),
        q_ends: Vec::new(),
        root,
    };
    let end = dom.end(root);
    let mut i = root;
    while i < end {
        w.close_inline_quotes(i);
        while w.stack.last().is_some_and(|s| s.0 <= i) {
            w.flush();
            w.stack.pop();
        }
        let node_removed = removed.get(i).copied().unwrap_or(true);
        if node_removed || Some(i) == skip {
            i = dom.end(i).max(i + 1);
            continue;
        }
        match dom.node(i).map(|n| &n.data) {
            Some(NodeData::Text(t)) if i >= start => {
                if i < w.link_end {
                    w.link_chars += text::visible_len(t);
                }
                w.buf.push_str(t);
            }
            Some(NodeData::Element(e)) => {
                if crate::dom::is_non_text(&e.name) {
                    i = dom.end(i).max(i + 1);
                    continue;
                }
                open_element(dom, i, &e.name, &complex, &mut w);
            }
            _ => {}
        }
        i += 1;
    }
    w.close_inline_quotes(NodeId::MAX);
    while !w.stack.is_empty() {
        w.flush();
        w.stack.pop();
    }
    w.flush();
    w.out
}

/// Handles the start of an element during the walk.
fn open_element(
    dom: &Dom,
    id: NodeId,
    name: &html5ever::LocalName,
    complex: &HashSet<NodeId>,
    w: &mut Walk,
) {
    match *name {
        tag!("br") => w.buf.push(BR),
        tag!("q") => {
            w.buf.push(if w.q_ends.is_empty() { '“' } else { '‘' });
            w.q_ends.push(dom.end(id));
        }
        tag!("a") => w.link_end = w.link_end.max(dom.end(id)),
        tag!("td") | tag!("th") if w.in_data_table() => {
            if !w.buf.trim().is_empty() {
                w.buf.push_str(" | ");
            }
        }
        tag!("tr") if data_table_of(dom, w.root, id, complex) => {
            w.flush();
            w.stack.push((dom.end(id), BlockKind::Row, true));
        }
        _ if score::is_block(name) => {
            w.flush();
            let in_quote = w.stack.iter().any(|s| s.1 == BlockKind::Quote);
            let kind = match *name {
                _ if in_quote => BlockKind::Quote,
                tag!("blockquote") => BlockKind::Quote,
                tag!("li") | tag!("dd") | tag!("dt") => BlockKind::ListItem,
                tag!("h1") | tag!("h2") | tag!("h3") | tag!("h4") | tag!("h5") | tag!("h6") => {
                    BlockKind::Heading
                }
                tag!("pre") => BlockKind::Pre,
                _ => BlockKind::Paragraph,
            };
            w.stack.push((dom.end(id), kind, false));
        }
        _ => {
            if is_inline_spacer(name) {
                w.buf.push(' ');
            }
        }
    }
}

/// Inline elements whose boundary is a word boundary.
fn is_inline_spacer(name: &html5ever::LocalName) -> bool {
    matches!(*name, tag!("img") | tag!("input") | tag!("td") | tag!("th"))
}

/// Whether the row's table holds only inline content (a data table, not layout). A table
/// around the root (the root is one of its rows or cells) is layout by definition.
fn data_table_of(dom: &Dom, root: NodeId, tr: NodeId, complex: &HashSet<NodeId>) -> bool {
    dom.ancestors(tr)
        .find(|&a| dom.is(a, &tag!("table")))
        .is_some_and(|t| t >= root && !complex.contains(&t))
}

/// Tables under `root` that hold block content (layout tables), found in one reverse pass.
fn complex_tables(dom: &Dom, root: NodeId) -> HashSet<NodeId> {
    let range = dom.subtree(root);
    let mut has_block = vec![false; range.len()];
    let mut out = HashSet::new();
    for i in range.clone().rev() {
        let local = i - root;
        let mine = has_block.get(local).copied().unwrap_or(false);
        if let Some(name) = dom.tag(i) {
            if *name == tag!("table") && mine {
                out.insert(i);
            }
            let structural = matches!(
                *name,
                tag!("tr")
                    | tag!("td")
                    | tag!("th")
                    | tag!("tbody")
                    | tag!("thead")
                    | tag!("tfoot")
            );
            let counts = mine || (score::is_block(name) && !structural) || *name == tag!("br");
            if counts && let Some(p) = dom.parent(i).filter(|&p| p >= root) {
                if let Some(slot) = has_block.get_mut(p - root) {
                    *slot = true;
                }
            }
        }
    }
    out
}

/// A block with at least this share of its text in links is navigation (a tag list, a
/// "more stories" line), not prose.
const LINK_BLOCK_SHARE: f32 = 0.8;

/// Repeats shorter than this may be copies (a headline or teaser shown twice: see
/// [`drop_cloned_repeats`]); longer repeats are kept, since a text may legitimately say the
/// same thing twice.
const DEDUP_MAX_LEN: usize = 200;

/// Drops labels, bylines, datelines, teasers, headline repeats and duplicates.
fn filter(raw: Vec<Block>, cx: &Context<'_>) -> Vec<Block> {
    // The headline squashed once; a block far longer than it cannot say the same, and is
    // not squashed at all.
    let headline_key = crate::text::squash(cx.headline);
    let repeats_headline = |t: &str| {
        t.len() <= 4 * cx.headline.len() + 64
            && headline::same_squashed(&crate::text::squash(t), &headline_key)
    };
    let kept: Vec<Block> = raw
        .into_iter()
        .filter(|b| b.text.chars().any(char::is_alphanumeric))
        .filter(|b| b.link_share < LINK_BLOCK_SHARE || b.kind == BlockKind::ListItem)
        .filter(|b| !clean::is_player_or_label(&b.text))
        .filter(|b| !is_teaser(&b.text) && !FURNITURE.is_match(&b.text))
        .filter(|b| !is_caption(&b.text))
        .filter(|b| !repeats_headline(&b.text))
        .filter(|b| !is_byline(&b.text, cx.site_names))
        .filter(|b| !crate::dates::is_dateline(&b.text))
        .collect();
    drop_pull_quotes(drop_repeated_runs(drop_cloned_repeats(kept, cx.thread)))
}

/// Short repeats that are copies. A block said before is dropped when it comes again
/// within two blocks (a card's title over and under its excerpt), when a neighbour says
/// again its earlier occurrence's neighbour (a carousel's cloned slides, a teaser shown
/// twice with its excerpt), when it is under five words, or on a forum thread (the posts'
/// furniture). A line repeated among other neighbours (each week's "Warm up: 10 minutes of
/// easy jogging", each webcam's "View Webcam.") stays, and a section label stays every
/// time. A heading that says again a list item before it makes that item a table of
/// contents' entry, which goes instead.
fn drop_cloned_repeats(blocks: Vec<Block>, thread: bool) -> Vec<Block> {
    let mut last: HashMap<&str, usize> = HashMap::new();
    let mut drop = vec![false; blocks.len()];
    let text = |k: usize| blocks.get(k).map(|b| b.text.as_str());
    for (i, b) in blocks.iter().enumerate() {
        if b.text.len() >= DEDUP_MAX_LEN || (is_section_label(&b.text) && !thread) {
            continue;
        }
        if let Some(&j) = last.get(b.text.as_str()) {
            // A table of contents said again by the headings it lists: the entry goes.
            let toc_entry = b.kind == BlockKind::Heading
                && blocks.get(j).is_some_and(|e| e.kind == BlockKind::ListItem);
            if toc_entry {
                if let Some(d) = drop.get_mut(j) {
                    *d = true;
                }
                last.insert(&b.text, i);
                continue;
            }
            let before = i > 0 && j > 0 && text(i - 1) == text(j - 1);
            let after = text(i + 1).is_some() && text(i + 1) == text(j + 1);
            let near = i - j <= 2;
            if near || before || after || thread || b.text.split_whitespace().count() < 5 {
                if let Some(d) = drop.get_mut(i) {
                    *d = true;
                }
            }
        }
        last.insert(&b.text, i);
    }
    without_marked(blocks, &drop)
}

/// Long blocks repeated in the same order at least this many times in a row are a second
/// copy of the text.
const REPEATED_RUN_MIN: usize = 3;

/// A short block of at most this many words, not a sentence, is a section's label
/// ("Pros", "Cons:", "Key features", "What we like about it"), kept each time it comes: a
/// review's every product has its own.
const SECTION_LABEL_MAX_WORDS: usize = 5;

fn is_section_label(text: &str) -> bool {
    is_short_line(text, SECTION_LABEL_MAX_WORDS)
}

/// A line of at most `max_words` words that is not a sentence (it ends in no full stop,
/// question or exclamation mark, in Latin or CJK punctuation).
pub(crate) fn is_short_line(text: &str, max_words: usize) -> bool {
    text.split_whitespace().count() <= max_words
        && !text.trim_end().ends_with(['.', '!', '?', '。', '！', '？'])
}

/// How a block stands to the blocks before it.
#[derive(Clone, Copy, PartialEq)]
enum Repeat {
    /// New text.
    New,
    /// A long block saying again the block at this index.
    Of(usize),
    /// A short block met before (the filter lets only section labels repeat): neither
    /// opens nor ends a run of repeats.
    Label,
}

/// A second copy of the body: a run of long blocks that each say again, in the same
/// order, a block met earlier (pages that render the article once per breakpoint, or
/// again for signed-in readers, and hide the copies with style sheets).
fn drop_repeated_runs(blocks: Vec<Block>) -> Vec<Block> {
    let mut first: HashMap<&str, usize> = HashMap::new();
    let mut labels: HashSet<&str> = HashSet::new();
    let repeats: Vec<Repeat> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if b.text.len() < DEDUP_MAX_LEN {
                return if labels.insert(&b.text) {
                    Repeat::New
                } else {
                    Repeat::Label
                };
            }
            match first.get(b.text.as_str()) {
                Some(&j) => Repeat::Of(j),
                None => {
                    first.insert(&b.text, i);
                    Repeat::New
                }
            }
        })
        .collect();
    let mut drop = vec![false; blocks.len()];
    let mut start = 0;
    while start < blocks.len() {
        // A run opens on a long repeat and goes on over long repeats in order and the
        // labels between them; it ends on its last long repeat.
        let (mut end, mut last, mut long) = (start, None, 0);
        let mut i = start;
        while let Some(&r) = repeats.get(i) {
            match r {
                Repeat::Of(j) if last.is_none_or(|l| l < j) => {
                    last = Some(j);
                    long += 1;
                    end = i + 1;
                }
                Repeat::Label if last.is_some() => {}
                _ => break,
            }
            i += 1;
        }
        if long >= REPEATED_RUN_MIN {
            // The copy's labels right before its first repeat go with it.
            let mut from = start;
            while from > 0 && repeats.get(from - 1) == Some(&Repeat::Label) {
                from -= 1;
            }
            drop.iter_mut().take(end).skip(from).for_each(|d| *d = true);
        }
        start = end.max(start + 1);
    }
    without_marked(blocks, &drop)
}

/// Repeats in blockquotes: a `<blockquote>` whose words the body already holds is a display
/// repeat (a pull-quote, a forum reply quoting an earlier post), not text nor a new
/// quotation; a quoted post's citation line ("Jane wrote:") goes with it.
fn drop_pull_quotes(blocks: Vec<Block>) -> Vec<Block> {
    if !blocks.iter().any(|b| b.kind == BlockKind::Quote) {
        return blocks;
    }
    let body: String = blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Quote)
        .map(|b| text::label_key(&b.text))
        .collect::<Vec<_>>()
        .join(" ");
    // A citation line, alone in its block or glued to the text it cites.
    let citation_end = |b: &Block| QUOTE_CITATION.find(&b.text).map_or(0, |m| m.end());
    let mut checked = 0;
    let repeat: Vec<bool> = blocks
        .iter()
        .map(|b| {
            let citation = citation_end(b);
            if b.kind != BlockKind::Quote || citation == b.text.len() {
                return false;
            }
            if checked >= PULL_QUOTE_CHECKS {
                return false;
            }
            checked += 1;
            let key = text::label_key(b.text.get(citation..).unwrap_or_default());
            key.chars().count() >= 20 && body.contains(&key)
        })
        .collect();
    // A citation alone in its block goes with the repeat it introduces, not otherwise.
    let cited_repeat = |i: usize| {
        blocks.get(i).is_some_and(|b| {
            b.kind == BlockKind::Quote
                && citation_end(b) == b.text.len()
                && repeat.get(i + 1).copied().unwrap_or(false)
        })
    };
    let drop: Vec<bool> = (0..blocks.len())
        .map(|i| repeat.get(i).copied().unwrap_or(false) || cited_repeat(i))
        .collect();
    without_marked(blocks, &drop)
}

/// The blocks whose mark in `drop` is not set (all of them, untouched, when none is).
fn without_marked(blocks: Vec<Block>, drop: &[bool]) -> Vec<Block> {
    if !drop.contains(&true) {
        return blocks;
    }
    blocks
        .into_iter()
        .zip(drop)
        .filter(|(_, d)| !**d)
        .map(|(b, _)| b)
        .collect()
}

/// At most this many blockquotes are compared with the body (each check scans it once).
const PULL_QUOTE_CHECKS: usize = 64;

fn is_caption(s: &str) -> bool {
    if text::visible_len(s) > bp::CAPTION_MAX_CHARS {
        return false;
    }
    // Leftmost matches first; a match longer than a credit can be is tried again from its
    // next character, where a shorter one may start.
    let mut from = 0;
    while let Some(m) = CAPTION_CREDIT.find_at(s, from) {
        if m.as_str().chars().count() <= bp::CAPTION_CREDIT_MAX_CHARS {
            return true;
        }
        from = m.start()
            + s.get(m.start()..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
    }
    false
}

fn is_teaser(s: &str) -> bool {
    // Only the opening is lower-cased: the prefixes are short.
    let opening: String = s.chars().take(TEASER_OPENING_CHARS).collect();
    let lower = opening.to_lowercase();
    labels::TEASER_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// Longer than any teaser prefix.
const TEASER_OPENING_CHARS: usize = 40;

fn is_byline(s: &str, site_names: &[&str]) -> bool {
    text::visible_len(s) < 100
        && byline::starts_with_prefix(s)
        && !byline::names(s, site_names).is_empty()
}

pub(crate) mod bio;

#[cfg(test)]
mod tests;
