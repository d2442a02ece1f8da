use super::*;

fn ctx() -> DateContext {
    DateContext::default()
}

fn text(s: &str) -> Option<String> {
    find_in_text(s, &ctx()).map(|(t, _)| t.to_string())
}

fn text_with(s: &str, c: &DateContext) -> Option<String> {
    find_in_text(s, c).map(|(t, _)| t.to_string())
}

#[test]
fn all_patterns_compile() {
    for re in [
        &*ISO,
        &*CJK,
        &*NUMERIC,
        &*DAY_MONTH,
        &*MONTH_DAY,
        &*TIME_ONLY,
        &*AGO,
        &*BEFORE,
        &*CJK_AGO,
        &*URL_DATE,
        &*URL_NAMED_DATE,
        &*YEAR_MONTH_DAY,
    ] {
        assert!(!re.as_str().is_empty());
    }
    assert!(!MONTHS.is_empty());
}

#[test]
fn machine_values() {
    let m = |s: &str| parse_machine(s, &ctx()).map(|t| t.to_string());
    assert_eq!(
        m("2025-01-08T20:23:00+08:00").as_deref(),
        Some("2025-01-08T20:23:00+08:00")
    );
    assert_eq!(
        m("2025-01-08T20:23:00.000Z").as_deref(),
        Some("2025-01-08T20:23:00+00:00")
    );
    assert_eq!(
        m("2025-01-08T20:23+0800").as_deref(),
        Some("2025-01-08T20:23:00+08:00")
    );
    assert_eq!(
        m("2025-01-08 20:23:00").as_deref(),
        Some("2025-01-08T20:23:00")
    );
    assert_eq!(m("2025-01-08").as_deref(), Some("2025-01-08"));
    assert_eq!(m("20250108").as_deref(), Some("2025-01-08"));
    assert_eq!(
        m("Wed, 08 Jan 2025 20:23:00 +0800").as_deref(),
        Some("2025-01-08T20:23:00+08:00")
    );
    assert_eq!(
        m("1736338980").as_deref(),
        Some("2025-01-08T12:23:00+00:00")
    );
    assert_eq!(
        m("1736338980000").as_deref(),
        Some("2025-01-08T12:23:00+00:00")
    );
    assert_eq!(m("not a date"), None);
}

#[test]
fn english_forms() {
    assert_eq!(
        text("Jan. 8, 2025 8:23 p.m. ET").as_deref(),
        Some("2025-01-08T20:23:00-05:00")
    );
    assert_eq!(
        text("July 8, 2025 8:23 p.m. ET").as_deref(),
        Some("2025-07-08T20:23:00-04:00")
    );
    assert_eq!(
        text("January 8, 2025 at 8:23 PM EST").as_deref(),
        Some("2025-01-08T20:23:00-05:00")
    );
    assert_eq!(text("8 January 2025").as_deref(), Some("2025-01-08"));
    assert_eq!(
        text("8 January 2025 • 9:05am GMT").as_deref(),
        Some("2025-01-08T09:05:00+00:00")
    );
    assert_eq!(
        text("Posted: Tuesday, March 4, 2008 3:15 PM CST").as_deref(),
        Some("2008-03-04T15:15:00-06:00")
    );
    assert_eq!(
        text("2025-01-08 20:23 Last Updated At:21:17").as_deref(),
        Some("2025-01-08T20:23:00")
    );
    assert_eq!(
        text("3:04 PM GMT+8 on January 8th, 2025").as_deref(),
        Some("2025-01-08")
    );
    assert_eq!(text("2025/01/08").as_deref(), Some("2025-01-08"));
}

#[test]
fn other_languages() {
    assert_eq!(
        text("8. Januar 2025, 20:23 Uhr").as_deref(),
        Some("2025-01-08T20:23:00")
    );
    assert_eq!(
        text("08.01.2025, 20:23 Uhr").as_deref(),
        Some("2025-01-08T20:23:00")
    );
    assert_eq!(
        text("8 janvier 2025 à 20h23").as_deref(),
        Some("2025-01-08T20:23:00")
    );
    assert_eq!(
        text("8 de enero de 2025 - 20:23 CET").as_deref(),
        Some("2025-01-08T20:23:00+01:00")
    );
    assert_eq!(text("8 de janeiro de 2025").as_deref(), Some("2025-01-08"));
    assert_eq!(text("8 gennaio 2025").as_deref(), Some("2025-01-08"));
    assert_eq!(text("8 januari 2025").as_deref(), Some("2025-01-08"));
    assert_eq!(
        text("8 января 2025, 20:23").as_deref(),
        Some("2025-01-08T20:23:00")
    );
    assert_eq!(text("8 січня 2025").as_deref(), Some("2025-01-08"));
    assert_eq!(text("8 stycznia 2025").as_deref(), Some("2025-01-08"));
    assert_eq!(text("8 ianuarie 2025").as_deref(), Some("2025-01-08"));
    assert_eq!(
        text("2025年1月8日 20:23").as_deref(),
        Some("2025-01-08T20:23:00")
    );
    assert_eq!(text("2025年01月08日").as_deref(), Some("2025-01-08"));
}

#[test]
fn numeric_day_order() {
    assert_eq!(
        text("08/01/2025"),
        None,
        "ambiguous without the page's day order"
    );
    let dmy = DateContext {
        day_first: Some(true),
        ..ctx()
    };
    let mdy = DateContext {
        day_first: Some(false),
        ..ctx()
    };
    assert_eq!(text_with("08/01/2025", &dmy).as_deref(), Some("2025-01-08"));
    assert_eq!(text_with("01/08/2025", &mdy).as_deref(), Some("2025-01-08"));
    assert_eq!(text("25/12/2024").as_deref(), Some("2024-12-25"));
    assert_eq!(text("12/25/2024").as_deref(), Some("2024-12-25"));
}

#[test]
fn relative_needs_a_reference() {
    assert_eq!(text("3 hours ago"), None);
    let now = DateTime::parse_from_rfc3339("2025-01-08T20:00:00+01:00").unwrap();
    let c = DateContext {
        reference: Some(now),
        ..ctx()
    };
    assert_eq!(
        text_with("3 hours ago", &c).as_deref(),
        Some("2025-01-08T17:00:00+01:00")
    );
    assert_eq!(
        text_with("vor 2 Tagen", &c).as_deref(),
        Some("2025-01-06T20:00:00+01:00")
    );
    assert_eq!(
        text_with("hace 3 horas", &c).as_deref(),
        Some("2025-01-08T17:00:00+01:00")
    );
    assert_eq!(text_with("yesterday", &c).as_deref(), Some("2025-01-07"));
    assert_eq!(
        text_with("3小时前", &c).as_deref(),
        Some("2025-01-08T17:00:00+01:00")
    );
}

#[test]
fn time_only_and_labels() {
    let (t, z) = find_time_only("Last Updated At:21:17").unwrap();
    assert_eq!((t.to_string().as_str(), z), ("21:17:00", None));
    let (t, z) = find_time_only("Updated: 9:17 PM EST").unwrap();
    assert_eq!(t.to_string(), "21:17:00");
    assert_eq!(z, FixedOffset::west_opt(5 * 3600));
    let line = "2025-01-08 20:23 Last Updated At:21:17";
    assert_eq!(label_before(line, line.find("21:17").unwrap()), Some(true));
    assert_eq!(label_before("Published: Jan 8", 11), Some(false));
    assert_eq!(label_before("Jan 8", 0), None);
}

#[test]
fn combining_a_time_only_update() {
    let p = parse_machine("2025-01-08T20:23:00+08:00", &ctx()).unwrap();
    let t = NaiveTime::from_hms_opt(21, 17, 0).unwrap();
    assert_eq!(
        combine_time(&p, t, None).to_string(),
        "2025-01-08T21:17:00+08:00"
    );
    let late = NaiveTime::from_hms_opt(0, 30, 0).unwrap();
    assert_eq!(
        combine_time(&p, late, None).to_string(),
        "2025-01-09T00:30:00+08:00"
    );
}

#[test]
fn sanity_and_copyright() {
    assert_eq!(text("© 2024-01-01 Site"), None);
    let old = parse_machine("1985-01-01", &ctx()).unwrap();
    assert!(!plausible(&old, &ctx()));
    let now = DateTime::parse_from_rfc3339("2025-01-08T20:00:00+01:00").unwrap();
    let future = parse_machine("2025-03-01", &ctx()).unwrap();
    assert!(!plausible(
        &future,
        &DateContext {
            reference: Some(now),
            ..ctx()
        }
    ));
}

#[test]
fn citation_style_dates() {
    let m = |s: &str| parse_machine(s, &ctx()).map(|t| t.to_string());
    assert_eq!(m("2023 Jan 7").as_deref(), Some("2023-01-07"));
    assert_eq!(m("2021 Sep 30;12:455").as_deref(), Some("2021-09-30"));
    // Not in running text: "set" is a month in Portuguese.
    assert_eq!(text("the 2023 set 12 records"), None);
    assert_eq!(text("In 2023 was 7 times"), None);
}

#[test]
fn url_dates() {
    let u = |s: &str| from_url(s).map(|t| t.to_string());
    assert_eq!(
        u("https://x.example/2025/01/08/story").as_deref(),
        Some("2025-01-08")
    );
    assert_eq!(
        u("https://x.example/news/2025-01-08/story").as_deref(),
        Some("2025-01-08")
    );
    assert_eq!(
        u("https://x.example/20250108/story.html").as_deref(),
        Some("2025-01-08")
    );
    assert_eq!(
        u("https://x.example/2025-12-15+rust-in-production").as_deref(),
        Some("2025-12-15")
    );
    assert_eq!(
        u("https://x.example/news/2023/october/03/story").as_deref(),
        Some("2023-10-03")
    );
    assert_eq!(
        u("https://x.example/2023/Jan/7").as_deref(),
        Some("2023-01-07")
    );
    assert_eq!(u("https://x.example/2023/notes/03/story"), None);
    assert_eq!(
        u("https://x.example/2023/page/2/2023/oct/03/story").as_deref(),
        Some("2023-10-03")
    );
    assert_eq!(u("https://x.example/story-123"), None);
}

#[test]
fn garbage_never_panics() {
    for s in [
        "",
        "年月日",
        "99/99/9999",
        "2025-13-45",
        "31.02.2025",
        "Jan. 99, 2025 99:99 p.m. ZZ",
        "é2025年1月8日é",
        "GMT+99",
    ] {
        let _ = find_all_in_text(s, &ctx());
        let _ = parse_machine(s, &ctx());
        let _ = find_time_only(s);
        for i in 0..=s.len() {
            let _ = label_before(s, i);
        }
    }
}

#[test]
fn written_field_values_are_told_from_machine_forms() {
    for v in [
        "2025-06-12",
        "2025-06-12T08:00:00Z",
        "20250612",
        "Thu, 12 Jun 2025 08:00:00 +0000",
        "1749715200",
    ] {
        assert!(!is_written(v), "{v}");
    }
    for v in ["Jun 12, 2025", "13/11/2025 09:21:40", "12 June 2025"] {
        assert!(is_written(v), "{v}");
    }
}

#[test]
fn a_members_join_date_is_not_the_storys() {
    let line = "kestrel_dev Posts: 212 Joined: 9. Mar 2019, 11:40";
    assert!(labels_other_date(line, line.find("9.").unwrap()));
    let post = "Post by kestrel_dev » 12. Sep 2025, 08:14";
    assert!(!labels_other_date(post, post.find("12.").unwrap()));
    // A whole label, not the end of a name.
    let byline = "By Ken Osborn 12 Sep 2025";
    assert!(!labels_other_date(byline, byline.find("12").unwrap()));
    let born = "Born: 4 May 1961";
    assert!(labels_other_date(born, born.find('4').unwrap()));
}
