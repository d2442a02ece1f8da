//! Quotation-mark scanning: finds the outermost quoted spans of one block of text.
//!
//! One pass over the characters with a small state machine. An opening mark whose closer
//! never comes is either the start of a quote that runs on into the next paragraph (when
//! that paragraph opens with the same kind of mark) or a stray mark: the family is then
//! disabled and the rest of the block scanned again, at most once per family, so the work
//! stays linear in the length of the text.

use super::tokens;

/// A family of quotation marks: an opening mark and the marks that may close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    /// `"…"`
    Straight,
    /// `“…”`
    Curly,
    /// `„…“` or `„…”`
    Low,
    /// `”…”` (Swedish and Finnish style)
    CurlyRev,
    /// `'…'`
    SingleStraight,
    /// `‘…’` (British style)
    SingleCurly,
    /// `‚…‘`
    SingleLow,
    /// `«…»`
    Guillemet,
    /// `»…«` (German style)
    GuillemetRev,
    /// `‹…›`
    Chevron,
    /// `›…‹`
    ChevronRev,
    /// `「…」`
    Corner,
    /// `『…』`
    WhiteCorner,
}

/// Number of [`Family`] variants, for per-family flags.
const FAMILIES: usize = 13;

impl Family {
    /// The family that `c` opens, if `c` is an opening mark of any family.
    pub(super) fn of_opener(c: char) -> Option<Family> {
        Some(match c {
            '"' => Family::Straight,
            '“' => Family::Curly,
            '„' => Family::Low,
            '”' => Family::CurlyRev,
            '\'' => Family::SingleStraight,
            '‘' => Family::SingleCurly,
            '‚' => Family::SingleLow,
            '«' => Family::Guillemet,
            '»' => Family::GuillemetRev,
            '‹' => Family::Chevron,
            '›' => Family::ChevronRev,
            '「' => Family::Corner,
            '『' => Family::WhiteCorner,
            _ => return None,
        })
    }

    /// Whether `c` is a closing mark of this family (shape is checked separately).
    fn closer(self, c: char) -> bool {
        match self {
            Family::Straight => c == '"',
            Family::Curly | Family::CurlyRev => c == '”',
            Family::Low => c == '“' || c == '”',
            Family::SingleStraight => c == '\'',
            Family::SingleCurly => c == '’',
            Family::SingleLow => c == '‘' || c == '’',
            Family::Guillemet => c == '»',
            Family::GuillemetRev => c == '«',
            Family::Chevron => c == '›',
            Family::ChevronRev => c == '‹',
            Family::Corner => c == '」',
            Family::WhiteCorner => c == '』',
        }
    }

    /// The opening mark that nests inside this family (raising the depth), if any.
    fn nesting_opener(self) -> Option<char> {
        match self {
            Family::Curly => Some('“'),
            Family::Low => Some('„'),
            Family::Guillemet => Some('«'),
            Family::Chevron => Some('‹'),
            Family::Corner => Some('「'),
            Family::WhiteCorner => Some('『'),
            _ => None,
        }
    }

    /// Whether this family's closer doubles as an apostrophe.
    fn apostrophe_closer(self) -> bool {
        matches!(self, Family::SingleStraight | Family::SingleCurly)
    }
}

/// One quoted span of a block, by byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset of the first byte after the opening mark.
    pub start: usize,
    /// Offset of the closing mark (the end of the block when open-ended).
    pub end: usize,
    /// Offset just after the closing mark; `None` when the quote runs on past the block.
    pub close: Option<usize>,
    /// The kind of marks.
    pub family: Family,
}

/// The quote being read: its family, where it opened and how deeply it is nested.
#[derive(Debug, Clone, Copy)]
struct Open {
    /// The family of the opening mark.
    family: Family,
    /// Offset of the opening mark.
    open: usize,
    /// Offset after the opening mark.
    start: usize,
    /// Unclosed nested openers of the same family.
    depth: u32,
    /// Unclosed nested quotes in the other double marks (`"no"` inside `“…”`), which a
    /// mixed closer must close first.
    inner: u32,
}

/// The double mark of the other style that may also close a quote of `family`: a page that
/// opens with `“` and closes with `"` (or the reverse) still quotes.
fn mixed_closer(family: Family) -> Option<char> {
    match family {
        Family::Straight => Some('”'),
        Family::Curly => Some('"'),
        _ => None,
    }
}

/// The opening mark of the other double style that nests inside `family`.
fn mixed_opener(family: Family) -> Option<(char, Family)> {
    match family {
        Family::Straight => Some(('“', Family::Curly)),
        Family::Curly => Some(('"', Family::Straight)),
        _ => None,
    }
}

/// The character before byte offset `i`, if any.
fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The character at byte offset `i`, if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Whether `c` may stand right before an opening mark.
fn is_open_boundary(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || "([{<—–-―/:;'‘\"“«„‚¿¡…".contains(c) || is_cjk(c),
    }
}

/// Chinese and Japanese characters and their full-width punctuation: text without spaces,
/// where a quotation mark opens right after a word or a `：`.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}'    // CJK punctuation, hiragana, katakana
        | '\u{3400}'..='\u{4DBF}'  // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'  // CJK unified ideographs
        | '\u{FF00}'..='\u{FFEF}') // full-width forms
}

/// Whether a mark followed by `word` is an elision ("’em", "’90s"), not an opening quote.
fn is_elision(text: &str, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .take(8)
        .collect();
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let digits = word.chars().take_while(|c| c.is_ascii_digit()).count();
        return digits == 2 && (word.len() == 2 || word.ends_with('s'));
    }
    tokens::ELISIONS.contains(&crate::text::lowercase(&word).as_ref())
}

/// Whether the mark `c` at `i` opens a quote of `family` here.
fn can_open(text: &str, i: usize, c: char, family: Family) -> bool {
    let after = i + c.len_utf8();
    let next = char_at(text, after);
    let prev_ok = is_open_boundary(prev_char(text, i));
    match family {
        Family::Low | Family::Guillemet | Family::Chevron | Family::Corner => next.is_some(),
        Family::WhiteCorner => next.is_some(),
        Family::Straight | Family::Curly | Family::CurlyRev | Family::SingleLow => {
            prev_ok && next.is_some_and(|n| !n.is_whitespace())
        }
        Family::GuillemetRev | Family::ChevronRev => {
            prev_ok && next.is_some_and(|n| n.is_alphanumeric())
        }
        Family::SingleStraight | Family::SingleCurly => {
            prev_ok
                && next.is_some_and(|n| n.is_alphanumeric() || "…([".contains(n))
                && !is_elision(text, after)
        }
    }
}

/// Whether the closer `c` at `i` has the shape of a closing mark (not an apostrophe).
fn close_shaped(text: &str, i: usize, c: char) -> bool {
    let prev = prev_char(text, i);
    let next = char_at(text, i + c.len_utf8());
    prev.is_some_and(|p| !p.is_whitespace()) && !next.is_some_and(|n| n.is_alphanumeric())
}

/// Whether a close-shaped apostrophe at `i` is probably a plural possessive ("players’ union").
fn weak_closer(text: &str, i: usize, c: char) -> bool {
    let after = i + c.len_utf8();
    let rest = text.get(after..).unwrap_or("");
    let mut chars = rest.chars();
    prev_char(text, i).is_some_and(|p| p == 's' || p == 'S')
        && chars.next() == Some(' ')
        && chars.next().is_some_and(|n| n.is_lowercase())
}

/// The next strong closer of `family` after `from`, before any new opener: `(closer,
/// offset where the search stopped)`.
fn next_strong_closer(text: &str, from: usize, family: Family) -> (Option<usize>, usize) {
    for (j, c) in text.get(from..).unwrap_or("").char_indices() {
        let j = j + from;
        if Family::of_opener(c) == Some(family) && can_open(text, j, c, family) {
            return (None, j);
        }
        if family.closer(c) && close_shaped(text, j, c) && !weak_closer(text, j, c) {
            return (Some(j), j);
        }
    }
    (None, text.len())
}

/// Lookahead memo for [`next_strong_closer`]: `(searched up to, result)`.
type Memo = Option<(usize, Option<usize>)>;

/// Whether the mark `c` at `i` closes the open quote `q`, consulting the lookahead memo.
fn closes(text: &str, i: usize, c: char, q: &Open, memo: &mut Memo) -> bool {
    if q.family == Family::Curly && c == '“' {
        return close_shaped(text, i, c);
    }
    if !q.family.closer(c) {
        return false;
    }
    if !q.family.apostrophe_closer() {
        return true;
    }
    if !close_shaped(text, i, c) {
        return false;
    }
    if !weak_closer(text, i, c) {
        return true;
    }
    let found = match *memo {
        Some((until, found)) if i < until => found,
        _ => {
            let (found, until) = next_strong_closer(text, i + c.len_utf8(), q.family);
            *memo = Some((until, found));
            found
        }
    };
    found.is_none_or(|j| j <= i)
}

/// Scans `text` from `from`, skipping disabled families. Returns the closed spans and the
/// quote still open at the end of the text, if any.
fn scan_from(text: &str, from: usize, disabled: &[bool; FAMILIES]) -> (Vec<Span>, Option<Open>) {
    let mut spans = Vec::new();
    let mut cur: Option<Open> = None;
    let mut memo: Memo = None;
    // A quotation that lost its closing mark, closed at the opener of the next one.
    let mut restart: Option<Span> = None;
    let Some(rest) = text.get(from..) else {
        return (spans, None);
    };
    for (i, c) in rest.char_indices() {
        let i = i + from;
        match cur.as_mut() {
            None => {
                if let Some(family) = Family::of_opener(c)
                    && !disabled[family as usize]
                    && can_open(text, i, c, family)
                {
                    let start = i + c.len_utf8();
                    cur = Some(Open {
                        family,
                        open: i,
                        start,
                        depth: 0,
                        inner: 0,
                    });
                }
            }
            Some(q) => {
                let nests = q.family.nesting_opener() == Some(c);
                let mixed = mixed_closer(q.family) == Some(c);
                if nests && q.depth == 0 && q.inner == 0 {
                    restart = restarted(text, q, i, c);
                }
                if restart.is_some() {
                    // handled below, once `q` is no longer borrowed
                } else if nests && !(q.family == Family::Curly && close_shaped(text, i, c)) {
                    q.depth += 1;
                } else if mixed_opener(q.family)
                    .is_some_and(|(o, f)| o == c && can_open(text, i, c, f))
                    && !(mixed && close_shaped(text, i, c))
                {
                    q.inner += 1;
                } else if mixed && q.inner > 0 && close_shaped(text, i, c) {
                    q.inner -= 1;
                } else if closes(text, i, c, q, &mut memo)
                    || mixed && q.depth == 0 && close_shaped(text, i, c)
                {
                    if q.depth > 0 {
                        q.depth -= 1;
                    } else {
                        let close = Some(i + c.len_utf8());
                        let (open, start, family) = (q.open, q.start, q.family);
                        spans.push(Span {
                            open,
                            start,
                            end: i,
                            close,
                            family,
                        });
                        cur = None;
                        memo = None;
                    }
                }
            }
        }
        if let Some(span) = restart.take() {
            let family = span.family;
            spans.push(span);
            cur = Some(Open {
                family,
                open: i,
                start: i + c.len_utf8(),
                depth: 0,
                inner: 0,
            });
            memo = None;
        }
    }
    (spans, cur)
}

/// The quotation `q` closed where its last sentence ends, when the opener `c` at `i` is of
/// its own kind and follows a finished sentence (`“… revel in it. “There’s …”`): a writer
/// nests quotes in the other marks, so this opener starts a new quotation and the first one
/// lost its closing mark. Rare, so kept out of the scanning loop's hot path.
#[cold]
fn restarted(text: &str, q: &Open, i: usize, c: char) -> Option<Span> {
    if !can_open(text, i, c, q.family) {
        return None;
    }
    let end = sentence_end_before(text, q.start, i)?;
    Some(Span {
        open: q.open,
        start: q.start,
        end,
        close: Some(end),
        family: q.family,
    })
}

/// The end of the sentence that white space separates from an opener at `i` (`"… it. “"`),
/// when that sentence lies inside the quotation opened at `start`.
fn sentence_end_before(text: &str, start: usize, i: usize) -> Option<usize> {
    let head = text.get(start..i)?;
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() || trimmed.is_empty() {
        return None;
    }
    let last = trimmed.chars().next_back()?;
    ".?!…".contains(last).then_some(start + trimmed.len())
}

/// The family of the opening mark that starts `text` (after white space), if any.
pub(super) fn leading_family(text: &str) -> Option<Family> {
    let trimmed = text.trim_start();
    let offset = text.len() - trimmed.len();
    let c = trimmed.chars().next()?;
    let family = Family::of_opener(c)?;
    can_open(text, offset, c, family).then_some(family)
}

/// The outermost quoted spans of `text` in order. The last span is open-ended (its `close`
/// is `None`) only when the next block opens with the same family, `next_family`.
pub(super) fn scan(text: &str, next_family: Option<Family>) -> Vec<Span> {
    let mut disabled = [false; FAMILIES];
    let mut spans = Vec::new();
    let mut from = 0;
    loop {
        let (mut found, open) = scan_from(text, from, &disabled);
        spans.append(&mut found);
        let Some(q) = open else {
            return spans;
        };
        if next_family == Some(q.family) {
            let (open, start, family) = (q.open, q.start, q.family);
            spans.push(Span {
                open,
                start,
                end: text.len(),
                close: None,
                family,
            });
            return spans;
        }
        disabled[q.family as usize] = true;
        from = q.start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quoted contents of `text`.
    fn contents(text: &str) -> Vec<&str> {
        scan(text, None)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn finds_each_family() {
        assert_eq!(
            contents("\"A,\" he said. “B.” „C“ «D» « E » »F« ‹G› 「H」 『I』"),
            ["A,", "B.", "C", "D", " E ", "F", "G", "H", "I"]
        );
    }

    #[test]
    fn single_quotes_skip_apostrophes() {
        let t = "‘We don’t fear the players’ union or the ’90s,’ said Powell’s aide.";
        assert_eq!(
            contents(t),
            ["We don’t fear the players’ union or the ’90s,"]
        );
        assert_eq!(
            contents("rock ‘n’ roll in the ‘80s and 'em"),
            Vec::<&str>::new()
        );
        assert_eq!(contents("'It's done,' she said."), ["It's done,"]);
    }

    #[test]
    fn stray_marks_do_not_swallow_later_quotes() {
        assert_eq!(contents("A 55\" screen. “Big,” he said. „Oops"), ["Big,"]);
        assert_eq!(
            contents("“He called it “absurd,” and left,” she said."),
            ["He called it “absurd,” and left,"]
        );
    }

    #[test]
    fn mixed_double_marks_close_each_other() {
        assert_eq!(
            contents(r#"that “there is precedent," citing a "gross negligence.”"#),
            ["there is precedent,", "gross negligence."]
        );
        // A quote in the other style inside one is nested, not its end.
        assert_eq!(
            contents(r#"“He said "no" to that,” she said."#),
            [r#"He said "no" to that,"#]
        );
        assert_eq!(
            contents(r#""He called it “absurd” and left," she said."#),
            ["He called it “absurd” and left,"]
        );
    }

    #[test]
    fn same_opener_after_a_sentence_starts_a_new_quote() {
        assert_eq!(
            contents("Sexton said. “Fans revel in it. “There’s another side,” Sexton said."),
            ["Fans revel in it.", "There’s another side,"]
        );
        // Inside a sentence it nests.
        assert_eq!(
            contents("“He called it “absurd” and left,” she said."),
            ["He called it “absurd” and left,"]
        );
    }

    #[test]
    fn open_ended_only_before_a_continuation() {
        let spans = scan("He said: \"We will win.", Some(Family::Straight));
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].close, None);
        assert!(scan("He said: \"We will win.", None).is_empty());
    }
}
