use super::*;
use crate::options::Limits;

const PROSE: &str = "<p>A sentence of real prose about the matter at hand, with a comma, and enough words to count as a paragraph of an article.</p>";

fn roots(html: &str) -> (Dom, Vec<Root>) {
    roots_with(html, true)
}

fn roots_with(html: &str, multiple: bool) -> (Dom, Vec<Root>) {
    let dom = Dom::parse(html, &Limits::default()).unwrap();
    let removed = crate::clean::boilerplate(&dom);
    let stats = Stats::compute(&dom, &removed);
    let hints = PageHints {
        multiple,
        ..PageHints::default()
    };
    let found = find(&dom, &removed, &stats, &hints);
    (dom, found)
}

#[test]
fn a_data_table_is_widened_from_around_it() {
    let rows = "<tr><td>1964</td><td>Scientists test a time-viewing device but the screen becomes a portal which they enter and then it disappears.</td></tr>".repeat(30);
    // Reference links below the table make the table body alone the best net prose.
    let refs = "<li><a href=/wiki/x>A reference title with several words in it</a></li>".repeat(60);
    let html = format!(
        "<body><div id=content><h1>List of films</h1><p>This list of films featuring time loops gives the names and a brief synopsis of each film.</p>\
         <table class=wikitable><tr><th>Year</th><th>Film</th></tr>{rows}</table><ol>{refs}</ol></div><div id=nav><a href=/>Home</a></div></body>"
    );
    let (dom, found) = roots(&html);
    let root = found.first().expect("a root").container;
    assert_eq!(dom.attr(root, "id"), Some("content"));
}

fn story(headline: &str, date: &str) -> String {
    format!(
        "<article><h2>{headline}</h2><div class=dateline>{date}</div><div class=body>{}</div></article>",
        PROSE.repeat(5)
    )
}

#[test]
fn a_small_article_element_inside_the_body_is_a_component() {
    let faq = "<p>How much does it cost? It depends on the team, the scope, and the time it takes to deliver.</p>".repeat(6);
    let (dom, found) = roots(&format!(
        "<body><div id=page><div id=main><h1>Title</h1>{}<article class=faq>{faq}</article></div><div class=aside>x</div></div></body>",
        PROSE.repeat(30)
    ));
    assert_eq!(found.len(), 1);
    assert_eq!(dom.attr(found[0].container, "id"), Some("main"));
}

#[test]
fn one_body_is_one_root() {
    let (dom, found) = roots(&format!(
        "<body><nav><a href=/>Home</a></nav><div id=main><h1>Title</h1>{}</div></body>",
        PROSE.repeat(5)
    ));
    assert_eq!(found.len(), 1);
    assert_eq!(dom.attr(found[0].container, "id"), Some("main"));
}

#[test]
fn dated_stories_with_headlines_are_separate() {
    let html = format!(
        "<body>{}<div>Next Article</div>{}</body>",
        story("First", "2025-01-08 20:23"),
        story("Second", "2025-05-15 20:31")
    );
    let (dom, found) = roots(&html);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|r| dom.is(r.container, &tag!("article"))));
    assert!(
        found
            .iter()
            .all(|r| dom.attr(r.body, "class") == Some("body"))
    );
}

#[test]
fn single_article_mode_takes_one_story() {
    let html = format!(
        "<body>{}<div>Next Article</div>{}</body>",
        story("First", "2025-01-08 20:23"),
        story("Second", "2025-05-15 20:31")
    );
    assert_eq!(roots_with(&html, false).1.len(), 1);
}

#[test]
fn sections_without_datelines_stay_one_article() {
    let section = |h: &str| format!("<article><h2>{h}</h2>{}</article>", PROSE.repeat(4));
    let html = format!(
        "<body><main><h1>Guide</h1>{}{}{}</main></body>",
        section("One"),
        section("Two"),
        section("Three")
    );
    assert_eq!(roots(&html).1.len(), 1);
}

#[test]
fn a_thread_of_posts_headed_by_their_writers_is_no_listing() {
    let post = |i: usize| {
        format!(
            "<article class=message><h4 class=message-name><a href=/members/reader.{i}/>Reader {i}</a></h4><h3><a href=#p{i}>Re: range</a></h3><div class=message-body><p>I get about eighteen miles on a charge with the bigger battery, less when it is cold outside or when I ride hills.</p></div></article>"
        )
    };
    let html = format!(
        "<body><h1>What is your range?</h1><div class=thread>{}</div></body>",
        (0..8).map(post).collect::<String>()
    );
    assert_eq!(roots(&html).1.len(), 1);
    // The same headings linking to other stories make a listing.
    let teasers = html
        .replace("/members/reader.", "/story-")
        .replace("#p", "/thread-");
    assert!(roots(&teasers).1.is_empty());
}

#[test]
fn a_thread_of_short_posts_is_taken_whole() {
    // phpBB: each post a `div.post` headed by its permalink, none long enough alone.
    let post = |i: usize| {
        format!(
            "<div class=\"post bg{}\" id=p{i}><h3><a href=\"./viewtopic.php?p={i}#p{i}\">Re: the release</a></h3><dl class=profile><dt><a href=/memberlist.php?u={i}>user{i}</a></dt><dd>Posts: 1234</dd><dd>Joined: 12 Mar 2019</dd></dl><div class=content>Reply {i}: same problem after installing, the guests lose their network until I go back to the beta.</div></div>",
            i % 2
        )
    };
    // The thread's furniture (jump boxes, page numbers) outweighs what one more post
    // adds, so widening alone stays with one post.
    let furniture: String = (0..80)
        .map(|i| format!("<a href=?start={i}>Page {i}</a> "))
        .collect();
    let html = format!(
        "<body><div class=wrap><h2>Discuss the release</h2><div class=page-body><div class=bar>{furniture}</div>{}</div></div></body>",
        (0..8).map(post).collect::<String>()
    );
    let (dom, found) = roots(&html);
    assert_eq!(found.len(), 1);
    let text = dom.text(found[0].body);
    assert!(
        text.contains("Reply 0") && text.contains("Reply 7"),
        "{text}"
    );
}

#[test]
fn a_long_first_post_is_not_the_whole_thread() {
    // XenForo marks each post an `<article>`: only the opening post is long enough to
    // be a story of its own.
    let post = |text: &str| {
        format!(
            "<article class=\"message message--post\"><div class=message-body><p>{text}</p></div></article>"
        )
    };
    let long = PROSE.replace("<p>", "").replace("</p>", "").repeat(3);
    let first = post(&format!("{long}</p><p>{long}"));
    let replies: String = (0..5)
        .map(|i| {
            post(&format!(
                "Reply {i}: mine gets about eighteen miles on a charge, less in the cold."
            ))
        })
        .collect();
    let html = format!(
        "<body><h1>What is your range?</h1><div class=block-body>{first}{replies}</div></body>"
    );
    let (dom, found) = roots(&html);
    assert_eq!(found.len(), 1);
    let text = dom.text(found[0].body);
    assert!(text.contains("Reply 4"), "{text}");
}

#[test]
fn headings_carrying_named_anchors_are_not_links() {
    // `<h3><a name="top-picks"></a>Top picks</h3>`: a target for the table of contents,
    // not a link to another story.
    let section = |i: usize| {
        format!(
            "<h3><a class=anchor name=part-{i}></a>Part {i}</h3><p>Notes on part {i}: what to look for, what it costs, and how long it lasts in daily use.</p>"
        )
    };
    let html = format!(
        "<body><h1>A guide</h1><div>{PROSE}{}</div></body>",
        (0..6).map(section).collect::<String>()
    );
    assert_eq!(roots(&html).1.len(), 1);
}

#[test]
fn teaser_listings_have_no_root() {
    let card = |i: usize| {
        format!(
            "<div class=card><h3><a href=/story-{i}>Headline number {i} of the day</a></h3><p>A short summary of the story.</p></div>"
        )
    };
    let html = format!(
        "<body><h1>Latest</h1><div>{}</div></body>",
        (0..12).map(card).collect::<String>()
    );
    assert!(roots(&html).1.is_empty());
}

#[test]
fn a_guide_introducing_the_cards_of_its_chapters_is_no_listing() {
    let card = |i: usize| {
        format!(
            "<div class=card><h3><a href=/guide/step-{i}>Step {i} of the guide</a></h3><p>Five things to consider.</p></div>"
        )
    };
    let intro = "<p>Cyber security needn't be a daunting challenge for small business owners: the five quick steps below could save time, money and your reputation.</p>".repeat(4);
    let html = format!(
        "<body><h1>Small Business Guide</h1><div>{intro}<h2>In this guide</h2>{}</div></body>",
        (1..=6).map(card).collect::<String>()
    );
    assert_eq!(roots(&html).1.len(), 1);
    // A listing's short blurb over its teasers stays a listing.
    let blurb = "<p>The latest stories from our newsroom.</p>";
    let html = format!(
        "<body><h1>Latest</h1><div>{blurb}{}</div></body>",
        (1..=12).map(card).collect::<String>()
    );
    assert!(roots(&html).1.is_empty());
}

#[test]
fn too_little_prose_is_no_article() {
    assert!(
        roots("<body><h1>Contact</h1><p>Call us on 555 0100.</p></body>")
            .1
            .is_empty()
    );
}

/// A story of the series tests: `open` is the container's start tag, `head` its header.
fn streamed(open: &str, head: &str) -> String {
    let tag = open
        .trim_start_matches('<')
        .split([' ', '>'])
        .next()
        .unwrap_or("div");
    format!(
        "{open}{head}<div class=body>{}</div></{tag}>",
        PROSE.repeat(5)
    )
}

#[test]
fn a_next_js_stream_of_sections_is_two_stories() {
    // The seed page's shape: CSS-module classes, a player hero over the first headline, a
    // time-only update line, the second headline a link to its own page.
    let first = streamed(
        "<section class=\"ArticleItem_item__Xk3pQ\" data-article-id=\"8721\">",
        "<div class=\"vjs-player\">Video Player is loading. Current Time 0:00 Duration -:-</div>\
         <h1>Automakers build factories abroad</h1><div><span>2025-01-08 20:23</span><span>Last Updated At:21:17</span></div>",
    );
    let second = streamed(
        "<section class=\"ArticleItem_item__Xk3pQ\" data-article-id=\"9034\">",
        "<h2><a href=\"/news/9034/new-guidance\">New guidance reveals deeper fears</a></h2><div><span>2025-05-15 20:31</span><span>Last Updated At:21:07</span></div>",
    );
    let html = format!(
        "<body><main><div class=\"InfiniteList_list__q9Lm2\">{first}<div>Next Article</div>{second}</div></main></body>"
    );
    let (dom, found) = roots(&html);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|r| dom.is(r.container, &tag!("section"))));
}

#[test]
fn a_separator_label_alone_makes_the_next_story() {
    let html = format!(
        "<body><h1>First story</h1><div class=list>{}<div class=label>Up next</div>{}</div></body>",
        streamed("<div class=\"story wide\">", ""),
        streamed("<div class=\"story wide\">", "<h2>Second story</h2>")
    );
    assert_eq!(roots(&html).1.len(), 2);
    // Without it, a second section under an `<h2>` is the same story's.
    let plain = html.replace("<div class=label>Up next</div>", "");
    assert_eq!(roots(&plain).1.len(), 1);
}

#[test]
fn a_story_attribute_alone_makes_the_next_story() {
    let html = format!(
        "<body><div class=list>{}{}</div></body>",
        streamed("<div class=post data-post-id=11>", "<h2>First story</h2>"),
        streamed("<div class=post data-post-id=12>", "<h2>Second story</h2>")
    );
    assert_eq!(roots(&html).1.len(), 2);
    // The same value twice names one story; an address alone is weak evidence.
    assert_eq!(roots(&html.replace("=12", "=11")).1.len(), 1);
    assert_eq!(roots(&html.replace("data-post-id", "data-url")).1.len(), 1);
}

#[test]
fn one_weak_piece_of_evidence_is_a_section() {
    // `<h1>` sections of a guide, or sections ruled off: one of them alone is no story.
    let sections = |head: &str, between: &str| {
        format!(
            "<body><div class=guide>{}{between}{}{between}{}</div></body>",
            streamed("<div class=part>", &head.replace('N', "One")),
            streamed("<div class=part>", &head.replace('N', "Two")),
            streamed("<div class=part>", &head.replace('N', "Three"))
        )
    };
    assert_eq!(roots(&sections("<h1>Part N</h1>", "")).1.len(), 1);
    assert_eq!(roots(&sections("<h2>Part N</h2>", "<hr>")).1.len(), 1);
    // Two weak pieces together are another story.
    assert_eq!(roots(&sections("<h1>Story N</h1>", "<hr>")).1.len(), 3);
}

#[test]
fn a_sibling_that_does_not_follow_as_a_story_is_left_out() {
    let html = format!(
        "<body><div class=list>{}<div>Next Article</div>{}{}</div></body>",
        streamed("<div class=item>", "<h1>First story</h1>"),
        streamed("<div class=item>", "<h2>Second story</h2>"),
        streamed("<div class=item>", "<h2>Legal notes</h2>")
    );
    let (dom, found) = roots(&html);
    assert_eq!(found.len(), 2);
    assert!(dom.text(found[1].container).contains("Second story"));
}

#[test]
fn a_one_word_heading_is_a_label_not_a_headline() {
    // A print header's section logo ("Opinion") over the rest of the story, dated.
    let html = format!(
        "<body><div class=page>{}{}</div></body>",
        streamed("<section class=top>", "<h1>Opinion</h1>"),
        streamed("<section class=top>", "<h1>Opinion</h1><div>10.12.19</div>")
    );
    assert_eq!(roots(&html).1.len(), 1);
    let titled = html.replacen(
        "<h1>Opinion</h1><div>",
        "<h1>Pensions and their critics</h1><div>",
        1,
    );
    assert_eq!(roots(&titled).1.len(), 2);
}
