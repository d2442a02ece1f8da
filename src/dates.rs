//! Reading dates and times: machine values (ISO 8601, RFC 2822, Unix time) and the dates
//! people read on a page ("Jan. 8, 2025 8:23 p.m. ET", "8. Januar 2025, 20:23 Uhr",
//! "2025年1月8日 20:23", "3 hours ago").
//!
//! A timestamp keeps the precision the text gives: an offset only when one is written (a
//! numeric offset or a known zone abbreviation), a time without zone stays local, a day
//! alone stays a date. Nothing is guessed: ambiguous numeric dates need the page's day
//! order, relative dates need a reference time.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Weekday,
};
use regex::{Captures, Regex};

use crate::model::Timestamp;
use crate::patterns::{self, dates as tokens};

/// Everything a parse may need besides the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DateContext {
    /// "Now", for relative dates; without it they are not read.
    pub reference: Option<DateTime<FixedOffset>>,
    /// Day order of numeric dates: `Some(true)` 08/01 is 8 January, `Some(false)` it is
    /// August 1st, `None` only unambiguous numeric dates are read.
    pub day_first: Option<bool>,
}

/// A time of day with an optional zone: `20:23`, `8:23 p.m. ET`, `20h23`, `3:04 PM GMT`.
static TIME_CORE: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?P<H>\d{{1,2}})(?:[:h.：时時](?P<M>\d{{2}}))(?::(?P<S>\d{{2}}))?(?:\.\d+)?\s*(?P<ampm>[aApP]\.?\s?[mM]\.?)?(?:\s*(?i:{hours}|分))?\s*(?P<tz>Z(?-u:\b)|(?:GMT|UTC)\s?[+-]\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:?\d{{2}}(?-u:\b)|\(?[A-Z]{{2,5}}\)?(?-u:\b))?",
        hours = alternation(tokens::HOUR_SUFFIXES)
    )
});

/// [`TIME_CORE`] as it may follow a date, after a separator or a word like "at".
static TIME: LazyLock<String> = LazyLock::new(|| {
    let words = alternation(tokens::TIME_CONNECTORS);
    format!(
        r"(?:\s*(?:,|•|·|\||-|–|—|(?i:{words})\.?)?\s*{core})?",
        core = *TIME_CORE
    )
});

/// A regex alternation of literal words, longest first.
fn alternation(words: &[&str]) -> String {
    let mut w: Vec<&str> = words.to_vec();
    w.sort_by_key(|x| std::cmp::Reverse(x.len()));
    w.iter()
        .map(|x| regex::escape(x))
        .collect::<Vec<_>>()
        .join("|")
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(&format!(
        r"(?P<y>(?:19|20)\d{{2}})(?P<s1>[-/.])(?P<m>\d{{1,2}})(?P<s2>[-/.])(?P<d>\d{{1,2}})(?:T(?P<iH>\d{{2}}):(?P<iM>\d{{2}})(?::(?P<iS>\d{{2}}))?(?:\.\d+)?(?P<itz>Z|[+-]\d{{2}}:?\d{{2}})?|{time})",
        time = *TIME
    ))
});
static CJK: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(&format!(
        r"(?P<y>(?:19|20)\d{{2}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号號]{time}",
        time = *TIME
    ))
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(&format!(
        r"(?-u:\b)(?P<a>\d{{1,2}})(?P<s1>[./-])(?P<b>\d{{1,2}})(?P<s2>[./-])(?P<y>(?:19|20)\d{{2}}|\d{{2}})(?-u:\b){time}",
        time = *TIME
    ))
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(&format!(
        r"(?-u:\b)(?P<d>\d{{1,2}})(?i:{suffix}|\.)?\s*(?i:(?:{glue})\s+)?(?P<mon>\p{{L}}{{3,12}})\.?,?\s+(?i:(?:{glue})\s+)?(?P<y>(?:19|20)\d{{2}})(?-u:\b){time}",
        time = *TIME,
        suffix = alternation(tokens::DAY_SUFFIXES),
        glue = alternation(tokens::DATE_GLUE),
    ))
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(&format!(
        r"(?-u:\b)(?P<mon>\p{{L}}{{3,12}})\.?\s+(?P<d>\d{{1,2}})(?i:{suffix})?,?\s+(?P<y>(?:19|20)\d{{2}})(?-u:\b){time}",
        time = *TIME,
        suffix = alternation(tokens::DAY_SUFFIXES),
    ))
});
/// `2023 Jan 7` (citation style, as in `citation_publication_date`): read in fields only.
static YEAR_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(
        r"(?-u:\b)(?P<y>(?:19|20)\d{2})\s+(?P<mon>\p{L}{3,12})\.?\s+(?P<d>\d{1,2})(?-u:\b)",
    )
});
static TIME_ONLY: LazyLock<Regex> =
    LazyLock::new(|| patterns::compile(&format!(r"(?:^|\D){core}", core = *TIME_CORE)));
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(&format!(
        r"(?i)(?-u:\b)(?P<n>\d+|\p{{L}}+)\s*(?P<unit>\p{{L}}+)\s+(?:{})(?-u:\b)",
        alternation(tokens::RELATIVE_SUFFIXES)
    ))
});
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(&format!(
        r"(?i)(?-u:\b)(?:{})\s+(?P<n>\d+|\p{{L}}+)\s+(?P<unit>\p{{L}}+)",
        alternation(tokens::RELATIVE_PREFIXES)
    ))
});
static CJK_AGO: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(r"(?P<n>\d+)\s*(?P<unit>秒钟|秒|分钟|分鐘|小时|小時|天|日|周|週)前")
});
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(
        r"/(?P<y>(?:19|20)\d{2})[/-]?(?P<m>0[1-9]|1[0-2])[/-]?(?P<d>0[1-9]|[12]\d|3[01])(?:/|[-_+]|\.html?|$)",
    )
});
/// A month written out in a URL path: `/2023/october/03/`.
static URL_NAMED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    patterns::compile(
        r"/(?P<y>(?:19|20)\d{2})/(?P<mon>[A-Za-z]{3,9})/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|[-_+]|\.html?|$)",
    )
});

static MONTHS: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    tokens::MONTH_TABLES
        .iter()
        .flat_map(|t| t.iter().copied())
        .collect()
});

/// A machine-readable value (JSON-LD, `<meta content>`, `<time datetime>`); falls back to
/// reading it as text.
pub(crate) fn parse_machine(value: &str, ctx: &DateContext) -> Option<Timestamp> {
    let v = value.trim();
    if let Some(ts) = machine_form(v) {
        return Some(ts);
    }
    // Citation style, in a field only: in running text "the 2023 set 12 records" would
    // read as a date.
    if let Some(caps) = YEAR_MONTH_DAY.captures(v)
        && caps.get(0).is_some_and(|m| m.start() == 0)
        && let Some(ts) = read_named(&caps, ctx)
    {
        return Some(ts);
    }
    find_in_text(v, ctx).map(|(t, _)| t)
}

/// Whether a field's date is written for people ("Jun 12, 2025"), not in a machine form.
pub(crate) fn is_written(value: &str) -> bool {
    machine_form(value.trim()).is_none()
}

/// A value in one of the machine forms: ISO 8601, RFC 3339 or 2822, Unix time.
fn machine_form(v: &str) -> Option<Timestamp> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Some(Timestamp::Offset(dt));
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(v, f) {
            return Some(Timestamp::Offset(dt));
        }
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(v) {
        return Some(Timestamp::Offset(dt));
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(v, f) {
            return Some(Timestamp::Local(dt));
        }
    }
    if let Ok(d) =
        NaiveDate::parse_from_str(v, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(v, "%Y%m%d"))
    {
        return Some(Timestamp::Date(d));
    }
    if v.len() >= 9 && v.len() <= 13 && v.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = v.parse().ok()?;
        let secs = if v.len() == 13 { n / 1000 } else { n };
        return DateTime::from_timestamp(secs, 0).map(|d| Timestamp::Offset(d.fixed_offset()));
    }
    None
}

/// Turns one match of a date regex into a timestamp.
type Reader = fn(&Captures<'_>, &DateContext) -> Option<Timestamp>;

/// The first date in a text and the bytes it covers.
pub(crate) fn find_in_text(text: &str, ctx: &DateContext) -> Option<(Timestamp, Range<usize>)> {
    find_all_in_text(text, ctx).into_iter().next()
}

/// Every date in a text, in order, without overlaps.
pub(crate) fn find_all_in_text(text: &str, ctx: &DateContext) -> Vec<(Timestamp, Range<usize>)> {
    let mut found: Vec<(Timestamp, Range<usize>)> = Vec::new();
    let readers: [(&Regex, Reader); 5] = [
        (&ISO, read_ymd),
        (&CJK, read_ymd),
        (&NUMERIC, read_numeric),
        (&DAY_MONTH, read_named),
        (&MONTH_DAY, read_named),
    ];
    for (re, read) in readers {
        for caps in re.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            if is_copyright(text, whole.start()) {
                continue;
            }
            if let Some(ts) = read(&caps, ctx) {
                found.push((ts, whole.start()..trim_end(text, whole.range())));
            }
        }
    }
    if let Some(now) = ctx.reference {
        found.extend(relative(text, now));
    }
    found.sort_by_key(|(_, r)| (r.start, usize::MAX - r.end));
    let mut out: Vec<(Timestamp, Range<usize>)> = Vec::new();
    for (ts, r) in found {
        if out.last().is_none_or(|(_, last)| r.start >= last.end) {
            out.push((ts, r));
        }
    }
    out
}

/// A match ends before the whitespace its optional time part may have consumed.
fn trim_end(text: &str, r: Range<usize>) -> usize {
    let s = text.get(r.clone()).unwrap_or_default();
    r.start + s.trim_end().len()
}

fn is_copyright(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    let tail: String = before
        .chars()
        .rev()
        .take(14)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail.to_lowercase();
    tokens::COPYRIGHT_MARKERS.iter().any(|m| tail.contains(m))
}

fn num(caps: &Captures<'_>, name: &str) -> Option<u32> {
    caps.name(name)?.as_str().parse().ok()
}

/// `2025-01-08`, `2025/01/08 20:23`, `2025-01-08T20:23:00+08:00`, `2025年1月8日 20:23`.
fn read_ymd(caps: &Captures<'_>, _ctx: &DateContext) -> Option<Timestamp> {
    if let (Some(a), Some(b)) = (caps.name("s1"), caps.name("s2"))
        && a.as_str() != b.as_str()
    {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(num(caps, "y")? as i32, num(caps, "m")?, num(caps, "d")?)?;
    if caps.name("iH").is_some() {
        let time = NaiveTime::from_hms_opt(
            num(caps, "iH")?,
            num(caps, "iM")?,
            num(caps, "iS").unwrap_or(0),
        )?;
        let offset = caps.name("itz").and_then(|z| zone(z.as_str(), date));
        return Some(stamp(date, Some(time), offset));
    }
    with_time(date, caps)
}

/// `08/01/2025`, `01.08.2025 20:23`: dots are day-first; slashes and dashes follow the
/// page's day order, or must be unambiguous.
fn read_numeric(caps: &Captures<'_>, ctx: &DateContext) -> Option<Timestamp> {
    let (s1, s2) = (caps.name("s1")?.as_str(), caps.name("s2")?.as_str());
    if s1 != s2 {
        return None;
    }
    let (a, b) = (num(caps, "a")?, num(caps, "b")?);
    let y = num(caps, "y")?;
    let year = if y < 100 { 2000 + y } else { y };
    let day_first = if s1 == "." || a > 12 || a == b {
        true
    } else if b > 12 {
        false
    } else {
        ctx.day_first?
    };
    let (d, m) = if day_first { (a, b) } else { (b, a) };
    with_time(NaiveDate::from_ymd_opt(year as i32, m, d)?, caps)
}

/// `8 January 2025`, `Jan. 8, 2025 8:23 p.m. ET`, `8 de enero de 2025`.
fn read_named(caps: &Captures<'_>, _ctx: &DateContext) -> Option<Timestamp> {
    let word = caps.name("mon")?.as_str().to_lowercase();
    let month = *MONTHS.get(word.trim_end_matches('.'))?;
    with_time(
        NaiveDate::from_ymd_opt(num(caps, "y")? as i32, month, num(caps, "d")?)?,
        caps,
    )
}

/// Adds the time part of a match, if there is one.
fn with_time(date: NaiveDate, caps: &Captures<'_>) -> Option<Timestamp> {
    match time_of(caps, date) {
        Some((time, offset)) => Some(stamp(date, Some(time), offset)),
        None => Some(stamp(date, None, None)),
    }
}

/// The time and zone captured by [`TIME`].
fn time_of(caps: &Captures<'_>, date: NaiveDate) -> Option<(NaiveTime, Option<FixedOffset>)> {
    let mut h = num(caps, "H")?;
    let m = num(caps, "M")?;
    let s = num(caps, "S").unwrap_or(0);
    if let Some(ampm) = caps.name("ampm") {
        let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
        if h > 12 || h == 0 {
            return None;
        }
        h = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
    }
    let time = NaiveTime::from_hms_opt(h, m, s)?;
    Some((time, caps.name("tz").and_then(|z| zone(z.as_str(), date))))
}

fn stamp(date: NaiveDate, time: Option<NaiveTime>, offset: Option<FixedOffset>) -> Timestamp {
    match (time, offset) {
        (None, _) => Timestamp::Date(date),
        (Some(t), None) => Timestamp::Local(date.and_time(t)),
        (Some(t), Some(o)) => with_offset(Timestamp::Local(date.and_time(t)), o),
    }
}

/// A written zone: `Z`, `+08:00`, `+0800`, `GMT+8`, `UTC-05:30`, or a known abbreviation
/// (US generic zones follow daylight saving time on `date`).
fn zone(z: &str, date: NaiveDate) -> Option<FixedOffset> {
    let z = z.trim().trim_matches(['(', ')']);
    if z == "Z" {
        return FixedOffset::east_opt(0);
    }
    let numeric = z.trim_start_matches("GMT").trim_start_matches("UTC").trim();
    if let Some(sign) = numeric.chars().next().filter(|c| *c == '+' || *c == '-') {
        let digits: String = numeric.chars().filter(char::is_ascii_digit).collect();
        let (h, m) = match digits.len() {
            1 | 2 => (digits.parse::<i32>().ok()?, 0),
            3 | 4 => (
                digits.get(..digits.len() - 2)?.parse::<i32>().ok()?,
                digits.get(digits.len() - 2..)?.parse::<i32>().ok()?,
            ),
            _ => return None,
        };
        let secs = (h * 3600 + m * 60) * if sign == '-' { -1 } else { 1 };
        return FixedOffset::east_opt(secs);
    }
    if let Some((_, secs)) = tokens::US_GENERIC_ZONES.iter().find(|(n, _)| *n == z) {
        return FixedOffset::east_opt(secs + if us_summer_time(date) { 3600 } else { 0 });
    }
    tokens::TIME_ZONES
        .iter()
        .find(|(n, _)| *n == z)
        .and_then(|(_, secs)| FixedOffset::east_opt(*secs))
}

/// US daylight saving time: from the second Sunday of March to the first Sunday of November.
fn us_summer_time(date: NaiveDate) -> bool {
    let nth_sunday = |month: u32, n: u8| {
        NaiveDate::from_weekday_of_month_opt(date.year(), month, Weekday::Sun, n)
    };
    match (nth_sunday(3, 2), nth_sunday(11, 1)) {
        (Some(start), Some(end)) => date >= start && date < end,
        _ => false,
    }
}

/// "3 hours ago", "vor 2 Tagen", "hace 3 horas", "yesterday", "3小时前" against `now`.
fn relative(text: &str, now: DateTime<FixedOffset>) -> Vec<(Timestamp, Range<usize>)> {
    let mut out = Vec::new();
    let lower = text.to_lowercase();
    if lower.len() == text.len() {
        for (word, days) in tokens::DAY_WORDS {
            if let Some(at) = lower.find(word) {
                let date = now.date_naive() + Duration::days(*days);
                out.push((Timestamp::Date(date), at..at + word.len()));
            }
        }
    }
    for re in [&*AGO, &*BEFORE, &*CJK_AGO] {
        for caps in re.captures_iter(text) {
            let (Some(whole), Some(n), Some(unit)) =
                (caps.get(0), caps.name("n"), caps.name("unit"))
            else {
                continue;
            };
            let (n, unit) = (n.as_str().to_lowercase(), unit.as_str().to_lowercase());
            let count = n.parse::<i64>().ok().or_else(|| {
                tokens::NUMBER_WORDS
                    .iter()
                    .find(|(w, _)| *w == n)
                    .map(|(_, v)| *v)
            });
            let secs = tokens::RELATIVE_UNITS
                .iter()
                .find(|(w, _)| *w == unit)
                .map(|(_, v)| *v);
            if let (Some(count), Some(secs)) = (count, secs) {
                let at = now - Duration::seconds(count.saturating_mul(secs).min(10 * 365 * 86_400));
                out.push((Timestamp::Offset(at), whole.range()));
            }
        }
    }
    out
}

/// A time of day with no date ("Last Updated At:21:17", "Updated 9:05 p.m. ET").
pub(crate) fn find_time_only(text: &str) -> Option<(NaiveTime, Option<FixedOffset>)> {
    let caps = TIME_ONLY.captures(text)?;
    let today = NaiveDate::from_ymd_opt(2001, 1, 1)?;
    time_of(&caps, today)
}

/// Whether the words just before byte `at` label a date that is not the story's (a
/// member's join date, a birth date): a whole label ("born", never the end of "Osborn").
pub(crate) fn labels_other_date(text: &str, at: usize) -> bool {
    let Some(window) = label_window(text, at, 24) else {
        return false;
    };
    tokens::OTHER_DATE_LABELS.iter().any(|l| {
        window.strip_suffix(l).is_some_and(|before| {
            !before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
    })
}

/// The last `chars` characters before byte `at`, lowercased, without the separators and
/// "at"/"on" that stand between a label and its date.
pub(crate) fn label_window(text: &str, at: usize, chars: usize) -> Option<String> {
    let before = text.get(..at)?;
    let start = before.char_indices().rev().nth(chars).map_or(0, |(i, _)| i);
    let window = before.get(start..)?.to_lowercase();
    let window = window.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '：' | '-' | '|' | '•' | '·' | ',')
    });
    Some(
        window
            .strip_suffix(" at")
            .or_else(|| window.strip_suffix(" on"))
            .unwrap_or(window)
            .trim_end()
            .to_string(),
    )
}

/// Whether the words just before byte `at` label an update (`Some(true)`), a publication
/// (`Some(false)`), or neither.
pub(crate) fn label_before(text: &str, at: usize) -> Option<bool> {
    let window = label_window(text, at, 40)?;
    if tokens::UPDATED_LABELS
        .iter()
        .any(|l| window.ends_with(l.trim_end_matches(':')))
    {
        Some(true)
    } else if tokens::PUBLISHED_LABELS.iter().any(|l| window.ends_with(l)) {
        Some(false)
    } else {
        None
    }
}

/// A publication date must lie in 1990 or later and not after the reference time (a day
/// of slack for zones).
pub(crate) fn plausible(ts: &Timestamp, ctx: &DateContext) -> bool {
    let date = ts.date();
    let floor = NaiveDate::from_ymd_opt(1990, 1, 1);
    let ceiling = ctx
        .reference
        .map(|r| r.date_naive() + Duration::days(1))
        .or_else(|| NaiveDate::from_ymd_opt(2100, 1, 1));
    floor.is_some_and(|f| date >= f) && ceiling.is_some_and(|c| date <= c)
}

/// Gives a local timestamp an offset, keeping its wall clock.
pub(crate) fn with_offset(ts: Timestamp, offset: FixedOffset) -> Timestamp {
    match ts {
        Timestamp::Local(l) => l
            .and_local_timezone(offset)
            .single()
            .map_or(ts, Timestamp::Offset),
        other => other,
    }
}

/// A time-only update on the day of `published` (the next day if it would be earlier),
/// in the update's zone or else the publication's.
pub(crate) fn combine_time(
    published: &Timestamp,
    time: NaiveTime,
    offset: Option<FixedOffset>,
) -> Timestamp {
    let mut local = published.date().and_time(time);
    if published.naive_local().is_some_and(|p| local < p) {
        local += Duration::days(1);
    }
    match offset.or(published.offset()) {
        Some(o) => with_offset(Timestamp::Local(local), o),
        None => Timestamp::Local(local),
    }
}

/// The date in a URL path: `/2025/01/08/`, `/2025-01-08/`, `/20250108/`, `/2025/jan/08/`.
pub(crate) fn from_url(url: &str) -> Option<Timestamp> {
    if let Some(caps) = URL_DATE.captures(url) {
        return NaiveDate::from_ymd_opt(
            num(&caps, "y")? as i32,
            num(&caps, "m")?,
            num(&caps, "d")?,
        )
        .map(Timestamp::Date);
    }
    // Matches may overlap ("/2023/page/2/2023/oct/03/"): each try starts past the last one's
    // opening slash.
    let mut at = 0;
    while let Some(caps) = URL_NAMED_DATE.captures_at(url, at) {
        if let Some(ts) = read_named(&caps, &DateContext::default()) {
            return Some(ts);
        }
        at = caps.get(0)?.start() + 1;
    }
    None
}

mod dateline;
pub(crate) use dateline::{is_dateline, is_label_word};

#[cfg(test)]
mod tests;
