//! Tests of the timestamp sources and the dateline readers.

use super::*;

#[test]
fn refine_keeps_the_known_moment_and_takes_the_pages_zone() {
    let ctx = DateContext::default();
    let ts = |s: &str| dates::parse_machine(s, &ctx);
    let utc = ts("2017-02-24T01:18:13Z");
    let local = ts("2017-02-23T17:18:13-08:00");
    assert_eq!(refine(utc, local), local);
    assert_eq!(refine(local, utc), local);
    let other = ts("2017-02-25T01:18:13-08:00");
    assert_eq!(refine(utc, other), utc);
    assert_eq!(refine(ts("2017-02-23"), local), local);
    // A wall-clock time and the same moment in UTC give the page's zone and local day.
    let wall = ts("2023-11-08 18:09:55");
    let zulu = ts("2023-11-09T01:09:55Z");
    let zoned = ts("2023-11-08T18:09:55-07:00");
    assert_eq!(refine(wall, zulu), zoned);
    assert_eq!(refine(zulu, wall), zoned);
    // Not a whole quarter hour apart: another moment, the known one stays.
    assert_eq!(refine(wall, ts("2023-11-09T01:17:00Z")), wall);
}

#[test]
fn story_microdata_skips_the_dates_of_comments_and_teasers() {
    let html = r#"<div itemscope itemtype="https://schema.org/Comment"><time itemprop="datePublished" datetime="2024-01-02">x</time></div>
        <aside><div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2024-03-03"></div></aside>
        <div itemscope itemtype="http://schema.org/BlogPosting"><abbr itemprop="datePublished" title="2025-12-19T15:18:00-05:00">December 19, 2025</abbr>
        <main><p>Story.</p></main></div>"#;
    let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
    let main = dom.elements_named(&tag!("main")).next().unwrap();
    assert_eq!(
        story_microdata(&dom, main, "datepublished").as_deref(),
        Some("2025-12-19T15:18:00-05:00")
    );
    assert_eq!(story_microdata(&dom, main, "datemodified"), None);
}

#[test]
fn texts_of_side_by_side_elements_are_not_glued() {
    let html = r#"<div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>"#;
    let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
    assert_eq!(
        header_lines(&dom, 0..dom.len()),
        ["Dec 17, 2025 Julian K. Arni"]
    );
    let (p, _) = visible(&dom, 0..dom.len(), Some(0), &DateContext::default());
    assert_eq!(
        p.map(|t| t.date().to_string()).as_deref(),
        Some("2025-12-17")
    );
}

#[test]
fn a_label_in_its_own_element_labels_the_date_after_it() {
    let html = r#"<article><div><div>Last updated:</div><div>Dec 12, 2025</div></div>
        <h1>Headline here</h1><p>Body text that is long enough to be a paragraph of the story.</p></article>"#;
    let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
    let (p, u) = visible(&dom, 0..dom.len(), Some(0), &DateContext::default());
    assert_eq!(p, None);
    assert_eq!(
        u.map(|t| t.date().to_string()).as_deref(),
        Some("2025-12-12")
    );
}

#[test]
fn dateline_with_time_only_update() {
    let (mut p, mut u) = (None, None);
    read_dateline(
        "2025-05-15 20:31 Last Updated At:21:07",
        &DateContext::default(),
        &mut p,
        &mut u,
    );
    assert_eq!(
        p.map(|t| t.to_string()).as_deref(),
        Some("2025-05-15T20:31:00")
    );
    assert_eq!(
        u.map(|t| t.to_string()).as_deref(),
        Some("2025-05-15T21:07:00")
    );
}

#[test]
fn a_labelled_dateline_right_after_the_body_is_the_publication() {
    let html = r#"<main><div id=body><p>Body text that is long enough to be a paragraph of the story.</p></div>
        <div class="meta"><span>Posted on April 13, 2023</span><div class="tags">News</div></div></main>"#;
    let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
    let body = (0..dom.len())
        .find(|&i| dom.attr(i, "id") == Some("body"))
        .unwrap();
    assert_eq!(
        labelled_after_body(&dom, body, &DateContext::default()).map(|t| t.to_string()),
        Some("2023-04-13".to_string())
    );
}

#[test]
fn dates_after_the_body_need_a_label_and_stop_at_a_heading() {
    let ctx = DateContext::default();
    for after in [
        "<p>April 13, 2023</p>",
        "<h3>Comments</h3><p>Posted on April 13, 2023 by a reader</p>",
        "<p>Updated April 13, 2023</p>",
    ] {
        let html = format!("<div id=body><p>Body text of the story.</p></div>{after}");
        let dom = Dom::parse(&html, &crate::options::Limits::default()).unwrap();
        let body = (0..dom.len())
            .find(|&i| dom.attr(i, "id") == Some("body"))
            .unwrap();
        assert_eq!(labelled_after_body(&dom, body, &ctx), None, "{after}");
    }
}

#[test]
fn a_wire_dateline_opening_the_body_dates_it() {
    let ctx = DateContext::default();
    let date = |html: &str| {
        let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
        wire_dateline(&dom, 0, &ctx).map(|t| t.date().to_string())
    };
    assert_eq!(
        date("<div>A caption of a photo of a garden with beans, by the photo desk of BSS.</div><p>RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening is spreading in the north.</p>").as_deref(),
        Some("2025-12-20")
    );
    assert_eq!(
        date("<p>NEW YORK, Jan. 8, 2025 /PRNewswire/ -- Acme today announced a thing of note.</p>")
            .as_deref(),
        Some("2025-01-08")
    );
    assert_eq!(
        date("<p>On Dec 20, 2025 the gardens opened to the public for the first time.</p>"),
        None
    );
    assert_eq!(
        date("<p>Rajshahi, Dec 20, 2025: gardens opened to the public for the first time.</p>"),
        None
    );
    // A place and a bracketed date, or a date alone set off from the sentence.
    for html in [
        "<p><strong>Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden im November ihrer Verstorbenen.</strong></p>",
        "<p>(12.11.2021) Die Gemeinden gedenken im November traditionell ihrer Verstorbenen.</p>",
        "<p>12.11.2021 - Die Gemeinden gedenken im November traditionell ihrer Verstorbenen.</p>",
        "<p>12.11.2021 „Wir gedenken unserer Verstorbenen“, sagte die Pfarrerin am Freitag.</p>",
    ] {
        assert_eq!(date(html).as_deref(), Some("2021-11-12"), "{html}");
    }
    // A date that starts the sentence itself dates nothing.
    assert_eq!(
        date("<p>12.11.2021 war der Tag, an dem die Gemeinden ihrer Verstorbenen gedachten.</p>"),
        None
    );
}

#[test]
fn the_meta_line_nearest_before_the_body_dates_it() {
    let ctx = DateContext::default();
    let date = |html: &str| {
        let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
        let body = (0..dom.len())
            .find(|&i| dom.attr(i, "id") == Some("body"))
            .unwrap();
        let (p, u) = before_body(&dom, body, &ctx);
        (
            p.map(|t| t.date().to_string()),
            u.map(|t| t.date().to_string()),
        )
    };
    // A hero block: author and date under a title the body repeats.
    let hero = r#"<div class="hero"><h2 class="blog-title">Trends to watch</h2>
        <div class="author-name">Team Studio</div><div class="published-date">September 4, 2025</div></div>
        <div class="rich-text"><h1>Trends to watch</h1><p id=body>The internet runs on video, and this year it runs faster than ever before.</p></div>"#;
    assert_eq!(date(hero), (Some("2025-09-04".into()), None));
    // A date set above the title.
    let above = r#"<h3><span>blog | </span> February 01, 2022 </h3><h2>Seven ways to eat more plants</h2>
        <div><small>Share:</small></div><p id=body>Eating more plants is easier than it looks when you start small.</p>"#;
    assert_eq!(date(above), (Some("2022-02-01".into()), None));
    // An update label keeps its meaning.
    let updated = r#"<p class="pub-dates">Updated March 13, 2024</p><p id=body>Gaming laptops under a thousand dollars got much better this year.</p>"#;
    assert_eq!(date(updated), (None, Some("2024-03-13".into())));
    // A sentence that mentions a date is not a meta line, and a long text stops the walk.
    let prose = r#"<p>On March 13, 2024 the company announced a new model of its laptop line.</p><p id=body>Body.</p>"#;
    assert_eq!(date(prose), (None, None));
    let far = format!(
        "<div>March 13, 2024</div><p>{}</p><p id=body>Body.</p>",
        "Long text of a teaser. ".repeat(12)
    );
    assert_eq!(date(&far), (None, None));
}

#[test]
fn a_headline_the_body_repeats_is_dated_by_its_first_copy() {
    let html = r#"<div class="hero"><h1>Eleven agencies to know</h1>
        <div class="info"><a href="/authors/jo">Jo Roe</a><div>•</div><div>March 17, 2025</div></div></div>
        <div class="sidebar"><p>Subscribe now</p><p>Thank you!</p></div>
        <div class="content"><p>Intro paragraph of the story.</p><h1>Eleven agencies to know</h1><p>More.</p></div>"#;
    let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
    let h1s: Vec<NodeId> = dom.elements_named(&tag!("h1")).collect();
    assert_eq!(earlier_twin(&dom, h1s[1]), Some(h1s[0]));
    assert_eq!(earlier_twin(&dom, h1s[0]), None);
    let (p, _) = near_headline(&dom, h1s[0], &DateContext::default());
    assert_eq!(
        p.map(|t| t.date().to_string()).as_deref(),
        Some("2025-03-17")
    );
}

#[test]
fn a_bare_date_under_a_signature_after_the_body_is_the_publication() {
    let ctx = DateContext::default();
    let date = |after: &str| {
        let html = format!("<div id=body><p>Body text of the story.</p></div>{after}");
        let dom = Dom::parse(&html, &crate::options::Limits::default()).unwrap();
        let body = (0..dom.len())
            .find(|&i| dom.attr(i, "id") == Some("body"))
            .unwrap();
        labelled_after_body(&dom, body, &ctx).map(|t| t.date().to_string())
    };
    let signed = r#"<div class="tags"><a href="/tag/apps">apps</a> <a href="/tag/dev">development</a></div>
        <div><p>Written by <a href="/author/jo">Jo Roe and Kim Lee</a></p><p>April 8, 2024</p></div>"#;
    assert_eq!(date(signed).as_deref(), Some("2024-04-08"));
    // Under any other line a bare date stays unread.
    let unsigned = r#"<div><p>Share this story</p><p>April 8, 2024</p></div>"#;
    assert_eq!(date(unsigned), None);
}

#[test]
fn an_ambiguous_date_takes_the_order_of_a_day_the_page_states() {
    let ctx = DateContext::default();
    let read = |html: &str| {
        let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
        let header = 0..dom.len();
        let (p, _) =
            order_the_page_states(&dom, &ctx, |c| visible(&dom, header.clone(), Some(0), c));
        p.map(|t| t.date().to_string())
    };
    let header = r#"<div class="entry-meta"><time datetime="02-12-2025">02-12-2025</time></div>"#;
    // The same post in a list of recent posts, dated unambiguously.
    let listed = r#"<aside><h4><a href="/post">The post</a></h4><time datetime="2025-12-02">December 02, 2025</time></aside>"#;
    assert_eq!(
        read(&format!("{header}{listed}")).as_deref(),
        Some("2025-12-02")
    );
    // Nothing stated, or both orders stated: no guess.
    assert_eq!(read(header), None);
    let both = r#"<aside><time datetime="2025-12-02">a</time><time datetime="2025-02-12">b</time></aside>"#;
    assert_eq!(read(&format!("{header}{both}")), None);
}

/// The dates `document_date` reads in `html`, as days.
fn document_days(html: &str) -> (Option<String>, Option<String>) {
    let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
    let (p, u) = document_date(&dom, &DateContext::default(), true);
    let day = |t: Option<Timestamp>| t.map(|t| t.date().to_string());
    (day(p), day(u))
}

#[test]
fn a_page_nothing_else_dated_is_dated_by_its_date_lines() {
    let some = |s: &str| Some(s.to_string());
    // A label in its own element before the date.
    assert_eq!(
        document_days("<p>Hello.</p><div><span>Datum:</span> 19.11.2021 <br>Autor: Eva</div>"),
        (some("2021-11-19"), None)
    );
    // A footer sentence with a name between its verb and the date.
    assert_eq!(
        document_days(
            "<article><p>Text 12 Bäume.</p></article><div class=post-footer>Gespeichert von \
             <span>rasos</span> am 24. Juli 2017 - 18:55</div>"
        ),
        (some("2017-07-24"), None)
    );
    // A meta line opening with its date, after a labelled-less sidebar number.
    assert_eq!(
        document_days(
            "<h2>Leo</h2><p class=postmeta>3. August 2015 · Filed under Musik</p><p>Mehr.</p>"
        ),
        (some("2015-08-03"), None)
    );
    // A labelled publication further down wins over an opening date in a teaser.
    assert_eq!(
        document_days("<p>04.02.2020 Teaser</p><p>Erschienen am: 01.11.2023<br>Lesungen: 61</p>"),
        (some("2023-11-01"), None)
    );
    // Only an update: `updated`, no `published`.
    assert_eq!(
        document_days("<p>Inhalt ohne Datum.</p><p class=info>Aktualisiert: 30.12.2016</p>"),
        (None, some("2016-12-30"))
    );
    // A publication date a script keeps in its state, when no text dates the page.
    assert_eq!(
        document_days(
            r#"<script>window.__STATE__={"product":{"published_at":"2019-03-02T06:22:28+01:00","user":{"created_at":"2011-01-01"}}}</script><p>Kaffee.</p>"#
        ),
        (some("2019-03-02"), None)
    );
    // A review's date in its JSON state (`publishedDate`).
    assert_eq!(
        document_days(
            r#"<script type="application/json">{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-04T20:39:47Z"}</script><p>Great service.</p>"#
        ),
        (some("2016-11-04"), None)
    );
    // On a page without a story an opening date is a teaser's.
    let dom = Dom::parse(
        "<ul><li><a href=/a>Bypass opens</a> <span>21 May 2024</span></li></ul>",
        &crate::options::Limits::default(),
    )
    .unwrap();
    assert_eq!(
        document_date(&dom, &DateContext::default(), false),
        (None, None)
    );
    // A date inside prose, or a member's join date, dates nothing.
    assert_eq!(
        document_days(
            "<p>Mitglied seit 03.04.2015</p><p>The council met on 4 May 2021 to discuss the long list of repairs that residents had asked for over the winter, and agreed to start in June.</p>"
        ),
        (None, None)
    );
}

#[test]
fn the_line_under_a_headline_is_read_past_an_embedded_post() {
    let ctx = DateContext::default();
    let days = |html: &str| {
        let dom = Dom::parse(html, &crate::options::Limits::default()).unwrap();
        let h = (0..dom.len()).find(|&i| dom.is(i, &tag!("h1"))).unwrap();
        near_headline(&dom, h, &ctx).0.map(|t| t.date().to_string())
    };
    assert_eq!(
        days("<h1>Storm season</h1><p>Dienstag, 29. Januar 2019</p><p>Text.</p>").as_deref(),
        Some("2019-01-29")
    );
    // An Instagram or X post quoted under the headline keeps its own date.
    assert_eq!(
        days(
            "<h1>Storm season</h1><blockquote class=instagram-media><p>A post shared by Vreni</p><p>Mar 12, 2018</p></blockquote><p>The ruling came on Tuesday, and the court said more.</p>"
        ),
        None
    );
}
