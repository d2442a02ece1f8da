//! Publication dates chosen on whole pages, through the public API.

use newsprint::Extractor;

fn published(html: &str) -> Option<String> {
    let page = Extractor::default().extract(html).expect("no error");
    let article = page.articles.into_iter().next().expect("an article");
    article.published.map(|t| t.date().to_string())
}

const PROSE: &str = "<p>Plant each crop just far enough apart to reach its full size, and no farther, so the bed stays full and shaded; the leaves then keep the soil cool and moist, and the weeds find no light to grow in.</p>";

/// A page whose JSON-LD gives `ld_date` and whose header shows "November 2, 2022".
fn page(ld_date: &str) -> String {
    format!(
        r#"<html><head><title>Fitness Protocol</title><script type="application/ld+json">
        {{"@context": "http://schema.org", "@type": "Article", "headline": "Fitness Protocol",
          "datePublished": "{ld_date}"}}</script></head><body><main>
        <h1>Fitness Protocol</h1><div class="details"><p>November 2, 2022</p><p>|</p><p>Newsletter</p></div>
        <div class="rich-text">{}</div></main></body></html>"#,
        PROSE.repeat(8)
    )
}

#[test]
fn a_written_json_ld_date_gives_way_to_the_day_the_header_shows() {
    assert_eq!(
        published(&page("Jun 12, 2025")).as_deref(),
        Some("2022-11-02")
    );
}

#[test]
fn a_machine_date_days_after_the_shown_one_gives_way_to_it() {
    assert_eq!(
        published(&page("2025-06-12T08:00:00Z")).as_deref(),
        Some("2022-11-02")
    );
}

#[test]
fn a_machine_date_before_the_shown_one_stands() {
    // The header then shows a later edition; the machine date is the first publication.
    assert_eq!(
        published(&page("2021-03-04")).as_deref(),
        Some("2021-03-04")
    );
    // A day apart is a matter of time zones.
    assert_eq!(
        published(&page("2022-11-03T02:00:00Z")).as_deref(),
        Some("2022-11-03")
    );
}

#[test]
fn a_shown_date_read_in_the_wrong_order_does_not_beat_the_machine_date() {
    // "11.03.17" is November 3rd on a page that writes the month first.
    let html = format!(
        r#"<html lang="en"><head><title>Console review</title>
        <meta property="article:published_time" content="2017-11-03T03:01:00Z"></head><body><main>
        <h1>Console review</h1><div class="byline"><span>Jane Roe</span> <span>11.03.17</span> in Gaming</div>
        <div class="body">{}</div></main></body></html>"#,
        PROSE.repeat(8)
    );
    assert_eq!(published(&html).as_deref(), Some("2017-11-03"));
}

#[test]
fn an_embedded_posts_time_does_not_overrule_the_machine_date() {
    let html = format!(
        r#"<html><head><title>Storm</title><script type="application/ld+json">
        {{"@type": "NewsArticle", "headline": "Storm", "datePublished": "2025-01-08T09:00:00Z"}}</script></head>
        <body><main><h1>Storm</h1>{prose}<blockquote class="embedded-post"><p>Roads are closed north of the river.</p>
        <time datetime="2025-01-05T18:00:00Z">January 5, 2025</time></blockquote>{prose}</main></body></html>"#,
        prose = PROSE.repeat(4)
    );
    assert_eq!(published(&html).as_deref(), Some("2025-01-08"));
}
