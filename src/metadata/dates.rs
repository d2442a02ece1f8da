//! TEMPORARY minimal date reader (replaced by the full module).
use crate::model::Timestamp;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use std::ops::Range;

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DateContext {
    pub reference: Option<DateTime<FixedOffset>>,
    pub default_offset: Option<FixedOffset>,
    pub day_first: Option<bool>,
}
pub(crate) fn parse_machine(value: &str, _ctx: &DateContext) -> Option<Timestamp> {
    let v = value.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(v) {
        return Some(Timestamp::Offset(d));
    }
    if let Ok(d) = NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M") {
        return Some(Timestamp::Local(d));
    }
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .map(Timestamp::Date)
}
pub(crate) fn find_in_text(text: &str, ctx: &DateContext) -> Option<(Timestamp, Range<usize>)> {
    find_all_in_text(text, ctx).into_iter().next()
}
pub(crate) fn find_all_in_text(text: &str, ctx: &DateContext) -> Vec<(Timestamp, Range<usize>)> {
    let mut out = Vec::new();
    for (i, _) in text.char_indices() {
        if let Some(s) = text.get(i..i + 16)
            && let Some(t) = parse_machine(s, ctx)
        {
            out.push((t, i..i + 16));
        }
    }
    out
}
pub(crate) fn find_time_only(text: &str) -> Option<(NaiveTime, Option<FixedOffset>)> {
    for (i, _) in text.char_indices() {
        if let Some(s) = text.get(i..i + 5)
            && let Ok(t) = NaiveTime::parse_from_str(s, "%H:%M")
        {
            return Some((t, None));
        }
    }
    None
}
pub(crate) fn label_before(text: &str, at: usize) -> Option<bool> {
    let before = text.get(..at)?.to_lowercase();
    before
        .trim_end()
        .trim_end_matches(':')
        .trim_end()
        .ends_with("updated at")
        .then_some(true)
}
pub(crate) fn plausible(_ts: &Timestamp, _ctx: &DateContext) -> bool {
    true
}
pub(crate) fn with_offset(ts: Timestamp, offset: FixedOffset) -> Timestamp {
    match ts {
        Timestamp::Local(l) => l
            .and_local_timezone(offset)
            .single()
            .map_or(ts, Timestamp::Offset),
        t => t,
    }
}
pub(crate) fn combine_time(
    published: &Timestamp,
    time: NaiveTime,
    offset: Option<FixedOffset>,
) -> Timestamp {
    let l = published.date().and_time(time);
    match offset.or(published.offset()) {
        Some(o) => with_offset(Timestamp::Local(l), o),
        None => Timestamp::Local(l),
    }
}
pub(crate) fn from_url(_url: &str) -> Option<Timestamp> {
    None
}
