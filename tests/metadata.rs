//! Headlines and authors chosen on whole pages, through the public API.

use newsprint::Extractor;

fn first(html: &str) -> newsprint::Article {
    let page = Extractor::default().extract(html).expect("no error");
    page.articles.into_iter().next().expect("an article")
}

fn headline(html: &str) -> String {
    first(html).headline
}

const PROSE: &str = "<p>Plant each crop just far enough apart to reach its full size, and no farther, so the bed stays full and shaded; the leaves then keep the soil cool and moist, and the weeds find no light to grow in.</p>";

#[test]
fn a_heading_that_says_the_title_exactly_beats_one_that_nearly_does() {
    let prose = PROSE.repeat(8);
    let html = format!(
        r#"<html><head><title>Gardenary Planting vs. Ordinary Planting</title></head><body>
        <div class="hero"><h1>Gardenary Planting vs. Ordinary Planting</h1><p>By Nicole Burke</p></div>
        <div class="content"><h1>Gardenary Planting vs Traditional Planting</h1>{prose}</div></body></html>"#
    );
    assert_eq!(headline(&html), "Gardenary Planting vs. Ordinary Planting");
}

#[test]
fn the_written_by_row_of_a_share_card_names_the_author() {
    let html = format!(
        r#"<html><head><title>Spacing</title><meta name="twitter:label1" content="Written by">
        <meta name="twitter:data1" content="Nicole Burke"></head><body><h1>Spacing</h1>{}</body></html>"#,
        PROSE.repeat(8)
    );
    assert_eq!(first(&html).authors, ["Nicole Burke"]);
}

#[test]
fn a_story_element_marked_as_an_author_is_not_a_byline() {
    let html = format!(
        r#"<html><head><title>Spacing</title></head><body><article class="post author-jane-doe"><h1>Spacing</h1>
        <p>Planting Guide For Beginners</p>{}<p>Kitchen Garden Academy</p></article></body></html>"#,
        PROSE.repeat(8)
    );
    assert_eq!(first(&html).authors, Vec::<String>::new());
}

#[test]
fn a_link_to_the_authors_page_in_the_header_names_the_author() {
    let html = format!(
        r#"<html><head><title>Spacing</title></head><body><main><h1>Spacing</h1>
        <div class="meta"><a href="/author/jane-doe/">Jane Doe</a> · Dec 1, 2025</div>{}
        <div class="card"><h3><a href="/next">Another story</a></h3><a href="/author/john-roe/">John Roe</a></div></main></body></html>"#,
        PROSE.repeat(8)
    );
    assert_eq!(first(&html).authors, ["Jane Doe"]);
}

#[test]
fn a_signature_line_after_the_story_names_the_author() {
    let html = format!(
        r#"<html><head><title>Spacing</title></head><body><main><h1>Spacing</h1>{}
        <p>
          <em>This post was written by</em> <a href="/team">Danielle Padula</a>, our head of community.</p></main>
        <div class="comments"><p>Written by Some Reader</p></div></body></html>"#,
        PROSE.repeat(8)
    );
    assert_eq!(first(&html).authors, ["Danielle Padula"]);
}

#[test]
fn a_body_of_h1_sections_leaves_the_title_as_the_headline() {
    let html = format!(
        r#"<html><head><title>Advent of Code 2025, week 2</title></head><body><main>
        <h1>Splitting the beams</h1>{p}<h1>Joining the boxes</h1>{p}</main></body></html>"#,
        p = PROSE.repeat(4)
    );
    assert_eq!(headline(&html), "Advent of Code 2025, week 2");
}

#[test]
fn a_heading_holding_the_title_and_its_furniture_gives_the_title() {
    let prose = PROSE.repeat(8);
    let html = format!(
        r#"<html><head><title>Graduates find degrees no longer guarantee jobs - Techwire</title></head><body>
        <article><header><h1 class="story"><span class="story-title"><a href="/story/1">Graduates find degrees no longer guarantee jobs</a>
        <span><a class="story-sourcelnk" href="https://paper.example/x">(paper.example)</a></span></span>
        <span class="comment-bubble"><a href="/story/1#comments">87</a></span></h1></header>{prose}</article></body></html>"#
    );
    assert_eq!(
        headline(&html),
        "Graduates find degrees no longer guarantee jobs"
    );
    // Without a title to say which part is the headline, the heading stays whole.
    let untitled = html.replace(
        "<title>Graduates find degrees no longer guarantee jobs - Techwire</title>",
        "",
    );
    assert_eq!(
        headline(&untitled),
        "Graduates find degrees no longer guarantee jobs (paper.example) 87"
    );
}

#[test]
fn a_blogs_post_title_heading_is_the_headline_under_its_masthead() {
    let prose = PROSE.repeat(8);
    let html = format!(
        r#"<html><head><title>Workshop Notes</title><meta property="og:site_name" content="Workshop Notes"></head><body>
        <header class="site-header"><h1 class="site-title">Workshop Notes</h1></header>
        <article class="post"><header class="entry-header"><h2 class="entry-title" itemprop="headline">Why I started woodworking at fifty</h2>
        <span class="entry-meta">Posted in Journal</span></header><div class="entry-content">{prose}</div></article></body></html>"#
    );
    assert_eq!(headline(&html), "Why I started woodworking at fifty");
}

#[test]
fn a_sentence_of_description_set_as_the_heading_gives_way_to_the_title() {
    let prose = PROSE.repeat(8);
    let lede = "Learn which home renovations pay back the most when you sell, with expert tips on how to estimate the return of each project before you start it.";
    let html = format!(
        r#"<html><head><title>The 10 Best Renovation Projects of 2023</title></head><body>
        <main><h1 class="post__headline">{lede}</h1><div class="post__author">By Jane Doe</div>{prose}</main></body></html>"#
    );
    let article = first(&html);
    assert_eq!(article.headline, "The 10 Best Renovation Projects of 2023");
    assert_eq!(article.authors, ["Jane Doe"]);
    // A long heading that says the title is the headline.
    let titled = html.replace("The 10 Best Renovation Projects of 2023", lede);
    assert_eq!(headline(&titled), lede);
}

#[test]
fn the_last_crumb_of_a_breadcrumb_trail_is_not_the_headline() {
    let prose = PROSE.repeat(8);
    let html = format!(
        r#"<html><head><title>Climate change: 5 innovative solutions</title></head><body>
        <div class="hero"><ul class="Breadcrumb_list"><li><a href="/">Home</a></li><li><span>Climate change: 5 innovative solutions</span></li></ul>
        <h1 class="hero__title">Five innovative solutions to climate change</h1></div>
        <div class="content">{prose}</div></body></html>"#
    );
    assert_eq!(
        headline(&html),
        "Five innovative solutions to climate change"
    );
}

#[test]
fn a_posts_own_heading_under_a_banner_h1_is_the_headline() {
    let prose = PROSE.repeat(8);
    let html = format!(
        r#"<html><head><title>Get your code covered | Code | Nina Perrin</title></head><body>
        <header class="banner"><h1>Hi, I'm Nina. I code stuff. I take photos.</h1></header>
        <div class="post"><h2>Get your code covered</h2><p class="date">Jan 8, 2025</p>{prose}
        <h2>Get your code covered</h2>{prose}</div></body></html>"#
    );
    assert_eq!(headline(&html), "Get your code covered");
    // A section heading after the story's first lines is not its headline.
    let sections = html.replacen(
        "<h2>Get your code covered</h2><p class=\"date\">",
        "<p class=\"date\">",
        1,
    );
    assert_eq!(
        headline(&sections),
        "Hi, I'm Nina. I code stuff. I take photos."
    );
}

#[test]
fn a_heading_that_links_to_the_front_page_is_the_sites_name() {
    let prose = PROSE.repeat(8);
    let html = format!(
        r#"<html><head><title>Conversations at dusk - Chapter 1</title></head><body>
        <header><h1 class="heading"><a href="/"><span>Story Archive</span> <sup>beta</sup></a></h1></header>
        <div class="chapter">{prose}</div></body></html>"#
    );
    assert_eq!(headline(&html), "Conversations at dusk - Chapter 1");
    let own = html.replace(r#"<a href="/">"#, r#"<a href="/works/12">"#);
    assert_eq!(headline(&own), "Story Archive beta");
}

#[test]
fn a_site_named_after_a_person_has_them_as_its_author() {
    let page = |site: &str, byline: &str| {
        format!(
            r#"<html><head><title>Spacing</title><meta property="og:site_name" content="{site}"></head>
            <body><main><h1>Spacing</h1><p class="byline">By {byline}</p>{}</main></body></html>"#,
            PROSE.repeat(8)
        )
    };
    assert_eq!(
        first(&page("Nora Lindqvist", "Nora Lindqvist")).authors,
        ["Nora Lindqvist"]
    );
    // A firm's name, or a title, is not a person's.
    for firm in ["Loona Construction", "Yoga With Olivia", "ACME NEWS"] {
        assert_eq!(
            first(&page(firm, firm)).authors,
            Vec::<String>::new(),
            "{firm}"
        );
    }
}

#[test]
fn a_page_without_a_story_still_has_its_page_level_metadata() {
    let html = r#"<html><head><title>Ferry timetables | Northgate Post</title>
        <meta property="og:site_name" content="Northgate Post">
        <meta property="og:description" content="Every crossing this winter.">
        <meta property="og:image" content="/img/ferry.jpg">
        <meta property="article:published_time" content="2024-11-02T08:00:00+01:00">
        <link rel="canonical" href="https://northgate.example/travel/ferries/"></head>
        <body><h1>Ferry timetables</h1><ul><li><a href="/a">Morning crossings</a></li>
        <li><a href="/b">Evening crossings</a></li></ul></body></html>"#;
    let page = newsprint::extract(html).unwrap();
    assert!(page.articles.is_empty());
    assert_eq!(page.title.as_deref(), Some("Ferry timetables"));
    assert_eq!(
        page.published.map(|t| t.to_string()).as_deref(),
        Some("2024-11-02T08:00:00+01:00")
    );
    assert_eq!(page.updated, None);
    assert_eq!(
        page.description.as_deref(),
        Some("Every crossing this winter.")
    );
    assert_eq!(
        page.image.as_deref(),
        Some("https://northgate.example/img/ferry.jpg")
    );
}

#[test]
fn a_page_with_a_story_takes_its_main_storys_fields() {
    let body = "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, after a long debate. ".repeat(6);
    let html = format!(
        r#"<html><head><title>Harbour wall to be rebuilt - Northgate Post</title></head>
        <body><article><h1>Harbour wall to be rebuilt</h1><p class=byline>By Ann Lee</p>
        <time datetime="2024-10-01">1 October 2024</time><p>{body}</p></article></body></html>"#
    );
    let page = newsprint::extract(&html).unwrap();
    let story = &page.articles[0];
    assert_eq!(page.title.as_deref(), Some(story.headline.as_str()));
    assert_eq!(page.published, story.published);
    assert_eq!(page.authors, story.authors);
}

#[test]
fn a_short_post_on_a_page_that_declares_an_article_is_its_article() {
    let page = |og: &str| {
        let html = format!(
            r#"<html><head><title>Chapter 121 is out</title>{og}</head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="post"><h1>Chapter 121 is out</h1><p>Chapter 121 is online now, translated by the team. Have fun reading!</p></div>
            </body></html>"#
        );
        Extractor::default().extract(&html).expect("no error")
    };
    let declared = page(r#"<meta property="og:type" content="article">"#);
    assert_eq!(declared.articles.len(), 1);
    assert!(declared.articles[0].paragraphs[0].starts_with("Chapter 121 is online"));
    // Without the declaration, so little prose is not taken for an article.
    assert!(page("").articles.is_empty());
}

#[test]
fn a_page_whose_heading_is_a_slogan_is_titled_by_its_title() {
    let page = |og: &str, h1: &str| {
        let html = format!(
            r#"<html><head><title>Workspace Planner: Team Boards and Calendars | Acme</title><meta property="og:site_name" content="Acme">{og}</head><body>
            <h1>{h1}</h1><p>Plan the work of every team on one board, with calendars that fill themselves and reminders that reach each member on time, wherever they work.</p>
            <p>Boards, lists and calendars share one source, so a change made in one place shows in every view at once, for the whole team and every guest.</p></body></html>"#
        );
        Extractor::default().extract(&html).expect("no error").title
    };
    assert_eq!(
        page("", "One workspace. Zero busywork.").as_deref(),
        Some("Workspace Planner: Team Boards and Calendars")
    );
    // A plain heading, or a story's headline on a page that declares one, stays.
    assert_eq!(page("", "Team boards").as_deref(), Some("Team boards"));
    assert_eq!(
        page(
            r#"<meta property="og:type" content="article">"#,
            "We moved our boards. Here is why."
        )
        .as_deref(),
        Some("We moved our boards. Here is why.")
    );
}
