//! Published and updated timestamps of one article: JSON-LD, then `<meta>`, then the
//! visible header (`<time>` elements and dateline text), then the URL. A more precise
//! reading of the same moment (an offset, a time of day) refines a less precise one.

use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate};

use super::ArticleInput;
use super::json_ld::LdArticle;
use crate::dates::{self, DateContext, is_dateline, is_label_word};
use crate::dom::{Dom, NodeId, tag};
use crate::model::Timestamp;
use crate::story::{header_lines, lines_outside};
use around::{
    before_body, earlier_twin, labelled_after_body, order_the_page_states, wire_dateline,
};
use document::document_date;
use microdata::{microdata, story_microdata};

/// `<meta>` keys for the publication time, most trusted first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "publish-date",
    "publishdate",
    "published",
    "pubdate",
    "publication_date",
    "date.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "dc.date.created",
    "article.published",
    "citation_publication_date",
    "date",
    "cxenseparse:recs:publishtime",
    "originalpublicationdate",
    "rnews:datepublished",
];

/// `<meta>` keys for the last update.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "modified_time",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "article.updated",
    "lastmod",
    "revised",
];

/// The published and updated timestamps of an article.
pub(crate) fn for_article(
    input: &ArticleInput<'_>,
    ld: Option<&LdArticle>,
    header: Range<NodeId>,
    headline: Option<NodeId>,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let ctx = &input.facts.dates;
    let parse = |s: Option<&str>| machine_or_written(s, ctx);
    let dom = input.dom;
    let c = input.root.container;
    // On a page of several stories, each story's own microdata comes next.
    let own = |prop| input.multi.then(|| microdata(dom, c, prop)).flatten();
    let mut published = parse(ld.and_then(|l| l.published.as_deref()))
        .or_else(|| parse(own("datepublished").as_deref()));
    let mut updated = parse(ld.and_then(|l| l.modified.as_deref()))
        .or_else(|| parse(own("datemodified").as_deref()));
    if input.main {
        // On a page of several stories, a `<meta itemprop>` in the body belongs to the
        // story around it, which the microdata read above found when it is this one.
        let meta = &input.facts.meta;
        let first = |keys| {
            if input.multi {
                meta.first_in_head(keys)
            } else {
                meta.first(keys)
            }
        };
        // Then, on a page of one story, the story's microdata on elements (an `<abbr
        // itemprop=datePublished title=...>` of a Blogger theme).
        let item = |prop| {
            (!input.multi)
                .then(|| story_microdata(dom, c, prop))
                .flatten()
        };
        let meta_published = parse(first(PUBLISHED_KEYS))
            .or_else(|| parse(meta.publication_like(input.multi)))
            .or_else(|| parse(item("datepublished").as_deref()));
        published = refine(published, meta_published);
        let meta_updated =
            parse(first(MODIFIED_KEYS)).or_else(|| parse(item("datemodified").as_deref()));
        updated = refine(updated, meta_updated);
    }
    let body_start = header.end;
    let header_range = header.clone();
    let (mut seen_pub, mut seen_upd) =
        visible(input.dom, header.clone(), Some(input.root.container), ctx);
    // What the header itself shows, the lines right after the headline, or a `<time
    // pubdate>` (not any `<time>` further down the story, such as an embedded post's): only
    // that may overrule a machine date.
    let (mut header_pub, _) = visible(input.dom, header, None, ctx);
    if seen_pub.is_none()
        && seen_upd.is_none()
        && let Some(h) = headline
    {
        (seen_pub, seen_upd) = near_headline(dom, h, ctx);
        header_pub = header_pub.or(seen_pub);
    }
    let header_pub = header_pub.or_else(|| pubdate_time(dom, input.root.container, ctx));
    // A JSON-LD date written for people ("Jun 12, 2025": a template's display field, often
    // the CMS's last publish) gives way to another day the story's header shows.
    if let (Some(p), Some(s)) = (published, header_pub)
        && p.date() != s.date()
        && ld
            .and_then(|l| l.published.as_deref())
            .filter(|v| dates::is_written(v))
            .is_some_and(|v| parse(Some(v)) == Some(p))
    {
        published = Some(s);
    }
    // A machine date days after the one the story's header shows is a later publish of the
    // page (a migration, a CMS's last publish), not the story's first: the dateline stands.
    // Unless the shown date, its day and month swapped, is the machine date's day: the
    // page writes month first (`11.03.17` for November 3rd).
    if let (Some(p), Some(s)) = (published, header_pub)
        && s.date()
            .checked_add_signed(Duration::days(MACHINE_DATE_LATER_DAYS))
            .is_some_and(|d| d <= p.date())
        && swapped(s.date()) != Some(p.date())
    {
        published = Some(s);
    }
    published = refine(published, seen_pub);
    updated = refine(updated, seen_upd);
    if published.is_none() && input.main {
        published = input.facts.url.as_deref().and_then(dates::from_url);
    }
    if published.is_none() && updated.is_none() && input.main && !input.multi {
        published = labelled_after_body(dom, input.root.body, ctx)
            .or_else(|| wire_dateline(dom, input.root.body, ctx));
        if published.is_none() {
            (published, updated) = before_body(dom, body_start, ctx);
        }
        if published.is_none()
            && updated.is_none()
            && let Some(twin) = headline.and_then(|h| earlier_twin(dom, h))
        {
            (published, updated) = near_headline(dom, twin, ctx);
        }
        if published.is_none() && updated.is_none() && ctx.day_first.is_none() {
            (published, updated) = order_the_page_states(dom, ctx, |c| {
                visible(dom, header_range.clone(), Some(input.root.container), c)
            });
        }
        if published.is_none() && updated.is_none() {
            (published, updated) = document_date(dom, ctx, true);
        }
    }
    if let (Some(p), Some(u)) = (published, updated)
        && (same_moment(&p, &u) || later(&p, &u))
    {
        updated = None;
    }
    (published, updated)
}

/// The dates of a page whose main story has none: its JSON-LD, its head's `<meta>`, a
/// `<time pubdate>`, then its URL, then (when `scan_document`: the page has no story,
/// whose own reading already scanned it) its date lines; an update no later than the
/// publication is dropped.
pub(crate) fn for_page(
    dom: &Dom,
    facts: &super::PageFacts,
    scan_document: bool,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let ctx = &facts.dates;
    let ld = facts.ld.for_stories().first();
    let meta = &facts.meta;
    let mut published = machine_or_written(ld.and_then(|l| l.published.as_deref()), ctx)
        .or_else(|| machine_or_written(meta.first(PUBLISHED_KEYS), ctx))
        .or_else(|| machine_or_written(meta.publication_like(false), ctx))
        .or_else(|| pubdate_time(dom, 0, ctx))
        .or_else(|| facts.url.as_deref().and_then(dates::from_url));
    let mut updated = machine_or_written(ld.and_then(|l| l.modified.as_deref()), ctx)
        .or_else(|| machine_or_written(meta.first(MODIFIED_KEYS), ctx));
    if published.is_none() && updated.is_none() && scan_document {
        // The date line right under the page's own `<h1>`, else its date lines.
        if let Some(h1) = (0..dom.len()).find(|&i| dom.is(i, &tag!("h1"))) {
            (published, updated) = near_headline(dom, h1, ctx);
        }
        if published.is_none() && updated.is_none() {
            (published, updated) = document_date(dom, ctx, false);
        }
    }
    if let (Some(p), Some(u)) = (published, updated)
        && (same_moment(&p, &u) || later(&p, &u))
    {
        updated = None;
    }
    (published, updated)
}

/// A machine value, or a short written date some CMSs put in the same fields (`<meta
/// name="published" content="July 17, 2025">`), when plausible.
fn machine_or_written(s: Option<&str>, ctx: &DateContext) -> Option<Timestamp> {
    s.and_then(|s| {
        dates::parse_machine(s, ctx).or_else(|| {
            (s.chars().count() <= 40)
                .then(|| dates::find_in_text(s, ctx).map(|f| f.0))
                .flatten()
        })
    })
    .filter(|t| dates::plausible(t, ctx))
}

/// How many days after the shown date a machine date must be to give way to it (a day
/// apart is a matter of time zones).
const MACHINE_DATE_LATER_DAYS: i64 = 2;

/// A date with its day and month swapped, when that is a date.
fn swapped(d: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year(), d.day(), d.month())
}

/// Takes `seen` when there is nothing better, or when it states the same moment more
/// precisely (adds an offset or a time of day) or in the page's own zone (the instant a
/// feed gives in UTC, with the offset the page states).
fn refine(known: Option<Timestamp>, seen: Option<Timestamp>) -> Option<Timestamp> {
    match (known, seen) {
        (None, s) => s,
        (Some(k), None) => Some(k),
        (Some(k), Some(s)) => Some(match (k, s) {
            (Timestamp::Date(d), s) if s.date() == d => s,
            (Timestamp::Local(l), Timestamp::Offset(o)) if o.naive_local() == l => s,
            // A UTC instant beside the page's own wall-clock time of the same moment: the
            // page's zone, so its local day (`18:09:55` and `01:09:55Z` next day: -07:00).
            (Timestamp::Local(l), Timestamp::Offset(o))
            | (Timestamp::Offset(o), Timestamp::Local(l))
                if o.offset().local_minus_utc() == 0 =>
            {
                zone_between(l, o).unwrap_or(k)
            }
            (Timestamp::Offset(a), Timestamp::Offset(b))
                if a == b
                    && a.offset().local_minus_utc() == 0
                    && b.offset().local_minus_utc() != 0 =>
            {
                s
            }
            _ => k,
        }),
    }
}

/// The wall-clock time `local` with the offset that makes it the UTC instant `utc`, when
/// that offset is a real one (whole quarter hours, -12:00 to +14:00, not zero).
fn zone_between(
    local: chrono::NaiveDateTime,
    utc: chrono::DateTime<chrono::FixedOffset>,
) -> Option<Timestamp> {
    let diff = (local - utc.naive_utc()).num_seconds();
    let real = diff != 0 && diff % 900 == 0 && (-12 * 3600..=14 * 3600).contains(&diff);
    let zone = chrono::FixedOffset::east_opt(i32::try_from(diff).ok()?).filter(|_| real)?;
    local
        .and_local_timezone(zone)
        .single()
        .map(Timestamp::Offset)
}

/// Whether `b` says no more than `a`: the same moment, or `a`'s day without a time.
fn restates(a: &Timestamp, b: &Timestamp) -> bool {
    same_moment(a, b) || matches!(b, Timestamp::Date(d) if *d == a.date())
}

fn same_moment(a: &Timestamp, b: &Timestamp) -> bool {
    match (a, b) {
        (Timestamp::Offset(x), Timestamp::Offset(y)) => x == y,
        _ => a.naive_local() == b.naive_local() && a.date() == b.date(),
    }
}

/// Whether `a` is certainly after `b`.
fn later(a: &Timestamp, b: &Timestamp) -> bool {
    match (a, b) {
        (Timestamp::Offset(x), Timestamp::Offset(y)) => x > y,
        _ => match (a.naive_local(), b.naive_local()) {
            (Some(x), Some(y)) => x > y,
            _ => a.date() > b.date(),
        },
    }
}

/// The story's `<time>` marked as its publication (`<time pubdate>`).
fn pubdate_time(dom: &Dom, container: NodeId, ctx: &DateContext) -> Option<Timestamp> {
    dom.subtree(container)
        .filter(|&i| dom.is(i, &tag!("time")) && dom.attr(i, "pubdate").is_some())
        .find_map(|i| {
            dom.attr(i, "datetime")
                .and_then(|v| dates::parse_machine(v, ctx))
        })
        .filter(|ts| dates::plausible(ts, ctx))
}

/// Dates shown in the story's header: `<time>` elements first (any of the story's first
/// three when the header has none and `container` is given), then dateline text.
fn visible(
    dom: &Dom,
    header: Range<NodeId>,
    container: Option<NodeId>,
    ctx: &DateContext,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let (mut published, mut updated) = (None, None);
    let times = header.clone().filter(|&i| dom.is(i, &tag!("time")));
    let times: Vec<NodeId> = times.collect();
    let times = if let Some(container) = container.filter(|_| times.is_empty()) {
        dom.subtree(container)
            .filter(|&i| dom.is(i, &tag!("time")) && !in_link_or_quote(dom, i, container))
            .take(3)
            .collect()
    } else {
        times
    };
    for t in times {
        let value = dom
            .attr(t, "datetime")
            .and_then(|v| dates::parse_machine(v, ctx));
        let text = dom.text(t);
        let Some(ts) = value.or_else(|| dates::find_in_text(&text, ctx).map(|f| f.0)) else {
            continue;
        };
        if !dates::plausible(&ts, ctx) {
            continue;
        }
        if is_update_marked(dom, t) {
            updated = updated.or(Some(ts));
        } else {
            published = published.or(Some(ts));
        }
    }
    for line in labelled(header_lines(dom, header), ctx) {
        read_dateline(&line, ctx, &mut published, &mut updated);
    }
    (published, updated)
}

/// Lines with each label set in its own element ("Last updated:" above "Dec 12, 2025")
/// joined to the line after it, which it labels.
fn labelled(lines: Vec<String>, ctx: &DateContext) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut label: Option<String> = None;
    for line in lines {
        if is_label_line(&line, ctx) {
            label = Some(line);
            continue;
        }
        out.push(match label.take() {
            Some(l) => format!("{l} {line}"),
            None => line,
        });
    }
    out
}

/// Whether `id` sits in a link or a quoted block within `container`: a teaser's or an
/// embedded post's date (an Instagram or X embed is a `<blockquote>`), not the story's.
fn in_link_or_quote(dom: &Dom, id: NodeId, container: NodeId) -> bool {
    dom.ancestors(id)
        .take_while(|&a| a >= container)
        .any(|a| dom.is(a, &tag!("a")) || dom.is(a, &tag!("blockquote")))
}

/// A `<time>` (or its close ancestors) marked as the modification time.
fn is_update_marked(dom: &Dom, id: NodeId) -> bool {
    std::iter::once(id)
        .chain(dom.ancestors(id).take(2))
        .any(|i| {
            ["class", "itemprop", "id"].iter().any(|a| {
                dom.attr(i, a).is_some_and(|v| {
                    let v = v.to_ascii_lowercase();
                    v.contains("modified") || v.contains("updated") || v.contains("update")
                })
            })
        })
        || dom.parent(id).is_some_and(|p| {
            let line = dom.text(p);
            let own = dom.text(id);
            line.find(own.as_str())
                .is_some_and(|at| dates::label_before(&line, at) == Some(true))
        })
}

/// Text lines read after the headline when the header region shows no date: the meta line
/// of a story whose body the scoring found to start right at the headline, or whose date
/// sits in an author card beside it.
const LINES_AFTER_HEADLINE: usize = 12;

/// Dates on the lines right after the headline that are datelines or short meta lines
/// ("Chris Toy • March 17, 2025", "By Jane Roe · Review Editor · Updated November 18, 2025"),
/// never a sentence of the body that mentions a date.
fn near_headline(
    dom: &Dom,
    headline: NodeId,
    ctx: &DateContext,
) -> (Option<Timestamp>, Option<Timestamp>) {
    let (mut published, mut updated) = (None, None);
    let from = dom.end(headline);
    // Not a quoted post's date (an embedded Instagram or X post is a `<blockquote>`).
    let quoted = Some(&tag!("blockquote"));
    let near = lines_outside(dom, from..dom.len(), LINES_AFTER_HEADLINE, quoted);
    for line in labelled(near, ctx) {
        if is_dateline(&line) || is_meta_line(&line, ctx) {
            read_dateline(&line, ctx, &mut published, &mut updated);
            break;
        }
    }
    (published, updated)
}

/// A label alone on its line: "Last updated:", "Published".
fn is_label_line(line: &str, ctx: &DateContext) -> bool {
    line.chars().count() <= 30
        && dates::label_before(line, line.len()).is_some()
        && dates::find_all_in_text(line, ctx).is_empty()
}

/// A short line of a byline and a date: few words besides the date, no sentence.
fn is_meta_line(line: &str, ctx: &DateContext) -> bool {
    if line.chars().count() > 120 || line.contains(". ") {
        return false;
    }
    let found = dates::find_all_in_text(line, ctx);
    let Some((_, first)) = found.first() else {
        return false;
    };
    let words = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic) && !is_label_word(w))
            .count()
    };
    let before = line.get(..first.start).unwrap_or_default();
    let after = found
        .last()
        .and_then(|(_, r)| line.get(r.end..))
        .unwrap_or_default();
    words(before) + words(after) <= 8
}

/// Reads "2025-01-08 20:23 Last Updated At:21:17" style lines.
fn read_dateline(
    line: &str,
    ctx: &DateContext,
    published: &mut Option<Timestamp>,
    updated: &mut Option<Timestamp>,
) {
    let found = dates::find_all_in_text(line, ctx);
    let mut last_end = 0;
    for (ts, range) in &found {
        if !dates::plausible(ts, ctx) || dates::labels_other_date(line, range.start) {
            continue;
        }
        if dates::label_before(line, range.start) == Some(true) {
            *updated = updated.or(Some(*ts));
        } else if published.is_some_and(|p| restates(&p, ts)) {
            // The publication day again (a `<time>` already gave it more precisely).
        } else if published.is_none() {
            *published = Some(*ts);
        } else if updated.is_none() && found.len() > 1 {
            *updated = Some(*ts);
        }
        last_end = range.end;
    }
    let rest = line.get(last_end..).unwrap_or_default();
    if updated.is_none()
        && let Some(p) = *published
        && let Some(at) = update_label_at(rest)
        && let Some((time, offset)) = dates::find_time_only(rest.get(at..).unwrap_or_default())
    {
        *updated = Some(dates::combine_time(&p, time, offset));
    }
}

/// Where the time of an "updated" label starts in the text, if a label is there.
fn update_label_at(text: &str) -> Option<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .find(|&i| dates::label_before(text, i) == Some(true))
}

mod around;
mod document;
mod microdata;
#[cfg(test)]
mod tests;
