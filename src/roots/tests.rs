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
