//! Quotations in an article body and who said them.
//!
//! The stage runs in four steps: [`marks`] finds the quoted spans of every block (joining a
//! quotation that runs over several paragraphs), [`attribution`] reads the cue and subject
//! around each span, the filters below drop titles, names and scare quotes, and
//! [`speakers`] resolves surnames, pronouns and unattributed follow-on quotations to the
//! people introduced earlier, in reading order.

use crate::model::{Quote, QuoteKind};
use crate::patterns::quotes as tokens;

mod attribution;
mod describe;
mod marks;
mod np;
mod reading;
mod speakers;
mod words;

use attribution::Attribution;
use marks::Span;
use np::{Subject, Win};
use reading::State;

/// One body block of an article, in reading order.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Block<'a> {
    /// The block's text, whitespace-normalised.
    pub text: &'a str,
    /// Whether the block sits inside a `<blockquote>`.
    pub blockquote: bool,
}

/// Bytes of context read on each side of a quotation.
const CONTEXT: usize = 400;

/// Longest signature line read under a quotation (`— Jane Doe, mayor of Leeds`), in bytes.
const SIGNATURE_LINE: usize = 160;

/// Whether `c` is sentence-final punctuation. A `match`, not a search in a string of the
/// marks: the sentence splitter asks it of every character of the body, and the generic
/// search costs five times as much when the compiler does not inline it.
fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '！' | '？')
}

/// Every quotation in the blocks, in reading order. `Quote::paragraph` is the index into
/// `blocks`.
// Never inlined: the stage stays one symbol in a profile, so its share can be measured.
#[inline(never)]
pub(crate) fn find_quotes(blocks: &[Block<'_>]) -> Vec<Quote> {
    let doc = Doc::new(blocks);
    let cands = doc.candidates();
    let mut state = State::default();
    let mut out = Vec::new();
    let mut next = cands.iter().peekable();
    for (b, block) in blocks.iter().enumerate() {
        let starts = doc.starts.get(b).map(Vec::as_slice).unwrap_or(&[0]);
        for (k, &s) in starts.iter().enumerate() {
            // Speakers are resolved from what comes before a quotation: past the last one,
            // reading on (learning names, following subjects) can change nothing.
            if next.peek().is_none() {
                return out;
            }
            let e = starts.get(k + 1).copied().unwrap_or(block.text.len());
            state.enter_sentence(&doc, b, s, e);
            while let Some(c) = next.next_if(|c| c.block == b && c.open < e.max(1)) {
                out.extend(state.finish(&doc, c));
            }
        }
    }
    out
}

/// The blocks with their quoted spans, masked text and sentence starts.
struct Doc<'a> {
    /// The article's blocks.
    blocks: &'a [Block<'a>],
    /// Quoted spans of each block (none for block quotations).
    spans: Vec<Vec<Span>>,
    /// Each block's text with quotation contents blanked out.
    masked: Vec<String>,
    /// Byte offsets where each block's sentences start (outside quotations).
    starts: Vec<Vec<usize>>,
}

/// A quotation before its speaker is resolved.
#[derive(Debug)]
struct Cand {
    /// Block where the quotation starts.
    block: usize,
    /// Offset of the opening mark in that block.
    open: usize,
    /// Block where the quotation ends.
    end_block: usize,
    /// Offset just after the closing mark in `end_block`.
    close: usize,
    /// The quoted words.
    text: String,
    /// Direct, partial or block.
    kind: QuoteKind,
    /// Cue and subject.
    attr: Attribution,
    /// False for titles, names and terms that nobody is reported as saying.
    keep: bool,
}

/// The largest char boundary of `s` at or below `i`.
fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `text` with the contents of `spans` replaced by [`np::MASK`], keeping a final
/// sentence mark so sentences can still be told apart.
fn mask(text: &str, spans: &[Span]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for s in spans {
        out.push_str(text.get(pos..s.start).unwrap_or(""));
        let content = text.get(s.start..s.end).unwrap_or("");
        let trimmed = content.trim_end();
        let body = match trimmed.char_indices().last() {
            Some((i, c)) if is_sentence_end(c) => i,
            _ => content.len(),
        };
        out.extend(std::iter::repeat_n(np::MASK, body));
        out.push_str(content.get(body..).unwrap_or(""));
        pos = s.end;
    }
    out.push_str(text.get(pos..).unwrap_or(""));
    out
}

/// Whether the period at `i` ends an abbreviation or initial ("Dr.", "U.S.", "J.").
fn abbreviation_before(text: &str, i: usize) -> bool {
    let head = text.get(..i).unwrap_or("");
    let word = head
        .rsplit(|c: char| c.is_whitespace() || "(\"“‘'".contains(c))
        .next()
        .unwrap_or("");
    let single = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single || word.contains('.') || tokens::ABBREVIATIONS.contains(&word)
}

/// Offsets where the sentences of masked `text` start.
fn sentence_starts(text: &str) -> Vec<usize> {
    let mut out = vec![0];
    for (i, c) in text.char_indices().filter(|&(_, c)| is_sentence_end(c)) {
        let mut j = i + c.len_utf8();
        let rest = text.get(j..).unwrap_or("");
        // After a Chinese full stop `“` only ever opens the next quotation.
        let closing: &str = if "。！？".contains(c) {
            "\"'”’»」』)›"
        } else {
            "\"'”’»«」』)›‹“"
        };
        let closers = rest.len() - rest.trim_start_matches(|c| closing.contains(c)).len();
        j += closers;
        let after = text.get(j..).unwrap_or("");
        let ws = after.len() - after.trim_start().len();
        let next = after.trim_start().chars().next();
        let opener =
            next.is_some_and(|n| marks::Family::of_opener(n).is_some() || "(「『".contains(n));
        let ok = if "。！？".contains(c) {
            closers == 0 || opener
        } else if closers > 0 && "?!".contains(c) && attribution_follows(after) {
            // `"…?" Schiff asked`, `"…!!!" McDonough wrote`: the mark ends the quotation,
            // not the sentence its attribution closes. (After `."` a speech verb more often
            // opens a new sentence about someone else: measured, not done.)
            false
        } else {
            ws > 0
                && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || opener)
                && !(c == '.' && abbreviation_before(text, i))
        };
        if ok && next.is_some() && j + ws > *out.last().unwrap_or(&0) {
            out.push(j + ws);
        }
    }
    out
}

/// Whether the text after a closing mark opens with a trailing attribution: a speech verb
/// among its first [`TRAILING_WORDS`] words, before any sentence end (an abbreviation
/// such as "Rep." or "R-Pa." ends none).
fn attribution_follows(after: &str) -> bool {
    for w in after.split_whitespace().take(TRAILING_WORDS) {
        if np::is_cue_word(w.trim_matches(|c: char| !c.is_alphanumeric())) {
            return true;
        }
        if w.ends_with(['.', '?', '!', ':']) && !abbreviation_word(w) {
            return false;
        }
    }
    false
}

/// Whether a word ending in a full stop is an abbreviation or initial ("Rep.", "R-Pa.",
/// "U.S."), not a sentence's last word.
fn abbreviation_word(w: &str) -> bool {
    let w = w.trim_end_matches(',');
    let inner = w.trim_end_matches('.');
    inner.contains('.') || (inner.chars().count() <= 4 && inner.starts_with(char::is_uppercase))
}

/// Words after a `?"` or `!"` read for a trailing attribution ("Rep. Glenn Thompson,
/// R-Pa., said").
const TRAILING_WORDS: usize = 6;

/// The quoted words of a span: trimmed, without a dangling comma.
fn clean(content: &str) -> String {
    let t = content.trim();
    let t = t.strip_suffix([',', '，', '、']).unwrap_or(t).trim_end();
    t.to_string()
}

impl<'a> Doc<'a> {
    /// Scans every block for quotation marks.
    fn new(blocks: &'a [Block<'a>]) -> Doc<'a> {
        let mut spans = Vec::with_capacity(blocks.len());
        for (i, b) in blocks.iter().enumerate() {
            if b.blockquote {
                spans.push(Vec::new());
                continue;
            }
            let next = blocks.get(i + 1).filter(|n| !n.blockquote);
            spans.push(marks::scan(
                b.text,
                next.and_then(|n| marks::leading_family(n.text)),
            ));
        }
        let masked: Vec<String> = blocks
            .iter()
            .zip(&spans)
            .map(|(b, s)| mask(b.text, s))
            .collect();
        let starts = masked.iter().map(|m| sentence_starts(m)).collect();
        Doc {
            blocks,
            spans,
            masked,
            starts,
        }
    }

    /// The window `from..to` of block `b`, on char boundaries.
    fn win(&self, b: usize, from: usize, to: usize) -> Win<'_> {
        let orig = self.blocks.get(b).map(|x| x.text).unwrap_or("");
        let masked = self.masked.get(b).map(String::as_str).unwrap_or("");
        let (from, to) = (floor(orig, from), floor(orig, to));
        let from = from.min(to);
        Win {
            masked: masked.get(from..to).unwrap_or(""),
            orig: orig.get(from..to).unwrap_or(""),
        }
    }

    /// The sentence of block `b` containing offset `pos`, as `(start, end)`.
    fn sentence(&self, b: usize, pos: usize) -> (usize, usize) {
        let starts = self.starts.get(b).map(Vec::as_slice).unwrap_or(&[0]);
        let k = starts.partition_point(|&s| s <= pos).saturating_sub(1);
        let len = self.blocks.get(b).map_or(0, |x| x.text.len());
        (
            starts.get(k).copied().unwrap_or(0),
            starts.get(k + 1).copied().unwrap_or(len),
        )
    }

    /// All quotations in reading order, with attribution and filters applied.
    fn candidates(&self) -> Vec<Cand> {
        let mut out = Vec::new();
        let mut skip_first = vec![false; self.blocks.len()];
        let mut b = 0;
        while b < self.blocks.len() {
            if self.blocks.get(b).is_some_and(|x| x.blockquote) {
                let g = (b..self.blocks.len())
                    .find(|&k| !self.blocks[k].blockquote)
                    .unwrap_or(self.blocks.len());
                out.extend(self.block_candidate(b, g));
                b = g;
                continue;
            }
            let spans = self.spans.get(b).map(Vec::as_slice).unwrap_or(&[]);
            let first = usize::from(skip_first.get(b).copied().unwrap_or(false));
            for span in spans.iter().skip(first) {
                out.push(self.span_candidate(b, span, &mut skip_first));
            }
            b += 1;
        }
        out
    }

    /// The quotation opened by `span` in block `b`, following it into later paragraphs when
    /// it runs on (marking their first spans as consumed).
    fn span_candidate(&self, b: usize, span: &Span, skip_first: &mut [bool]) -> Cand {
        let text_of = |k: usize, s: &Span| {
            clean(
                self.blocks
                    .get(k)
                    .and_then(|x| x.text.get(s.start..s.end))
                    .unwrap_or(""),
            )
        };
        let mut parts = vec![text_of(b, span)];
        let (mut end_block, mut close) = (b, span.close);
        while close.is_none() {
            let k = end_block + 1;
            let text = self.blocks.get(k).map_or("", |x| x.text);
            let lead = text.len() - text.trim_start().len();
            match self
                .spans
                .get(k)
                .and_then(|s| s.first())
                .filter(|s| s.open == lead)
            {
                Some(next) => {
                    parts.push(text_of(k, next));
                    if let Some(flag) = skip_first.get_mut(k) {
                        *flag = true;
                    }
                    end_block = k;
                    close = next.close;
                }
                None => close = Some(self.blocks.get(end_block).map_or(0, |x| x.text.len())),
            }
        }
        let close = close.unwrap_or(0);
        let multi = end_block > b;
        let mut cand = Cand {
            block: b,
            open: span.open,
            end_block,
            close,
            text: parts.join(" "),
            kind: QuoteKind::Direct,
            attr: Attribution::default(),
            keep: true,
        };
        self.attribute(&mut cand, span, multi);
        cand
    }

    /// Reads the attribution, kind and keep flag of a quotation.
    fn attribute(&self, cand: &mut Cand, span: &Span, multi: bool) {
        let (s, _) = self.sentence(cand.block, cand.open);
        let pre = self.win(
            cand.block,
            s.max(cand.open.saturating_sub(CONTEXT)),
            cand.open,
        );
        let eb = cand.end_block;
        let (_, e) = self.sentence(eb, cand.close.saturating_sub(1));
        let end = e.min(cand.close + CONTEXT);
        let next_open = self
            .spans
            .get(eb)
            .and_then(|v| v.get(v.partition_point(|x| x.open < cand.close)))
            .map(|x| x.open);
        let near = self.win(eb, cand.close, next_open.map_or(end, |o| o.min(end)));
        let full = self.win(eb, cand.close, end);
        cand.attr = attribution::attribute(pre, near, full);
        if cand.attr.subject == Subject::Nobody
            && full.orig.trim().is_empty()
            && let Some(a) = self.attribution_after(eb, e)
        {
            cand.attr = a;
        }
        if cand.block == 0 && cand.open == 0 && cand.attr.subject == Subject::Nobody {
            // nothing before the first block
        } else if pre.masked.trim().is_empty() && cand.attr.cue.is_none() && cand.block > 0 {
            self.colon_from_previous_block(cand);
        }
        cand.kind = if multi {
            QuoteKind::Direct
        } else {
            kind_of(&cand.text, pre, &cand.attr)
        };
        let head = self.win(cand.block, cand.open.saturating_sub(60), cand.open);
        cand.keep = keep_quote(&cand.text, head.masked, &cand.attr, span);
    }

    /// An attribution standing after the sentence of block `b` that a quotation ends at
    /// `e`: a bare next sentence (`"…." Trump said.`), else a signature line under the
    /// quotation (`— Jane Doe, customer`).
    fn attribution_after(&self, b: usize, e: usize) -> Option<Attribution> {
        let (s2, e2) = self.sentence(b, e);
        (s2 >= e && e2 > s2)
            .then(|| attribution::bare_attribution(self.win(b, s2, e2)))
            .flatten()
            .or_else(|| {
                let line = self.win(b + 1, 0, SIGNATURE_LINE);
                attribution::signature(line).filter(|_| line.orig.len() < SIGNATURE_LINE)
            })
    }

    /// `In a statement, the club said:` ending the previous block introduces this quotation.
    fn colon_from_previous_block(&self, cand: &mut Cand) {
        let p = cand.block - 1;
        let Some(prev) = self.blocks.get(p).filter(|x| !x.blockquote) else {
            return;
        };
        let t = prev.text.trim_end();
        if !(t.ends_with(':') || t.ends_with('：')) {
            return;
        }
        let (s, _) = self.sentence(p, t.len().saturating_sub(1));
        let w = self.win(p, s.max(t.len().saturating_sub(CONTEXT)), t.len());
        if let Some(a) = attribution::leading(w) {
            cand.attr = a;
        }
    }

    /// The block quotation made of blocks `b..g`, with its attribution line if any.
    fn block_candidate(&self, b: usize, g: usize) -> Option<Cand> {
        let mut lines = Vec::new();
        let mut subject = None;
        for k in b..g {
            let text = self.blocks.get(k).map_or("", |x| x.text.trim());
            let (body, line) = split_attribution_line(text);
            if let Some(line) = line {
                subject = attribution::attribution_line(Win {
                    masked: line,
                    orig: line,
                });
            }
            if !body.is_empty() {
                lines.push(body);
            }
        }
        let text = clean(&strip_wrapping_marks(&lines.join(" ")));
        if text.is_empty() {
            return None;
        }
        let mut cand = Cand {
            block: b,
            open: 0,
            end_block: g.saturating_sub(1),
            close: 0,
            text,
            kind: QuoteKind::Block,
            attr: Attribution::default(),
            keep: true,
        };
        match subject {
            Some(subject) => {
                cand.attr = Attribution {
                    subject,
                    direct: true,
                    intro: true,
                    cue: None,
                }
            }
            None if b > 0 => self.colon_from_previous_block(&mut cand),
            None => {}
        }
        Some(cand)
    }
}

/// Splits "— Jane Doe, mayor" off a block quotation's line: `(body, attribution)`.
fn split_attribution_line(text: &str) -> (&str, Option<&str>) {
    const DASHES: [&str; 5] = ["—", "–", "―", "-", "~"];
    if let Some(rest) = DASHES.iter().find_map(|d| text.strip_prefix(d)) {
        return ("", Some(rest.trim()));
    }
    for d in [" — ", " – ", " ― "] {
        if let Some(i) = text.rfind(d) {
            let tail = text.get(i + d.len()..).unwrap_or("").trim();
            if tail.len() <= 100 && tail.chars().next().is_some_and(char::is_uppercase) {
                return (text.get(..i).unwrap_or("").trim(), Some(tail));
            }
        }
    }
    (text, None)
}

/// `text` without quotation marks wrapping all of it.
fn strip_wrapping_marks(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next_back()) {
        (Some(a), Some(z))
            if marks::Family::of_opener(a).is_some() && "\"”’»«」』›‹“".contains(z) =>
        {
            chars.as_str().to_string()
        }
        _ => text.to_string(),
    }
}

/// Direct when the quotation is introduced as speech and reads as a sentence; partial when
/// it is a fragment of the writer's own sentence.
fn kind_of(text: &str, pre: Win<'_>, attr: &Attribution) -> QuoteKind {
    let pre_t = pre.masked.trim_end();
    let intro = pre_t.is_empty() || attr.intro;
    let lower = text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_lowercase);
    let continued = attr.intro && pre_t.ends_with(',') && attr.cue.is_some();
    if intro && (!lower || continued) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Small words allowed in lower case inside a title ("Light Without Shadow", "Fit for the Future").
const TITLE_SMALL_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "de", "la", "le", "les", "del",
    "el", "y", "und", "der", "die", "das", "du", "des", "et", "with", "from", "by", "or", "en",
    "van", "von", "sin", "con", "is", "it", "vs",
];

/// Whether `text` reads like a name or title (Title Case, short, not a sentence).
fn is_name_like(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || text.trim_end().ends_with('.') {
        return false;
    }
    if !text.chars().any(|c| c.is_uppercase() || c.is_lowercase()) {
        return !text.chars().any(|c| "。！？".contains(c)) && text.chars().count() <= 12;
    }
    let cap = |w: &str| {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '#');
        w.starts_with('#')
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    words.iter().any(|w| cap(w))
        && words
            .iter()
            .all(|w| cap(w) || TITLE_SMALL_WORDS.contains(w))
}

/// Whether the text before a quotation (`head`, ending at the opening mark) marks it as a
/// name or term: "so-called", "dubbed the", "the album".
fn term_marked(head: &str, sentence_like: bool) -> bool {
    let h = head
        .trim_end()
        .trim_end_matches([',', ':'])
        .trim_end()
        .to_lowercase();
    let h = ["the", "a", "an", "la", "le", "el", "der", "die", "das"]
        .iter()
        .find_map(|d| h.strip_suffix(d).filter(|r| r.ends_with(' ')))
        .map_or(h.as_str(), str::trim_end);
    let ends_with_word = |w: &str| {
        h.strip_suffix(&w.to_lowercase())
            .is_some_and(|r| !r.chars().next_back().is_some_and(char::is_alphanumeric))
    };
    tokens::TERM_MARKERS.iter().any(|m| ends_with_word(m))
        || (!sentence_like && tokens::WORK_NOUNS.iter().any(|m| ends_with_word(m)))
}

/// Whether a quotation is kept: not empty, not a marked term, and not a name or title that
/// no one is reported as saying.
fn keep_quote(text: &str, head: &str, attr: &Attribution, span: &Span) -> bool {
    if !text.chars().any(char::is_alphanumeric) {
        return false;
    }
    // A quotation ending a sentence, running on, or holding two sentences is speech.
    let two_sentences = text.match_indices(". ").any(|(i, _)| {
        text.get(i + 2..)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    });
    let sentence_like =
        text.trim_end().ends_with(is_sentence_end) || span.close.is_none() || two_sentences;
    if term_marked(head, sentence_like) {
        return false;
    }
    attr.direct || !is_name_like(text)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_news;
