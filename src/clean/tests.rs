use super::*;
use crate::options::Limits;

fn kept_text(html: &str) -> String {
    let dom = Dom::parse(html, &Limits::default()).unwrap();
    let removed = boilerplate(&dom);
    (0..dom.len())
        .filter(|&i| !removed[i])
        .filter_map(|i| dom.text_of(i))
        .collect::<Vec<_>>()
        .join("|")
}

#[test]
fn a_threads_posts_marked_as_comments_are_its_content() {
    let post = |i: usize| {
        format!(
            "<div class=\"ipsComment_content\" id=\"comment-{i}_wrap\"><p>Reply {i}: the bigger battery gives me about eighteen miles.</p></div>"
        )
    };
    let html = format!(
        "<body><h1>Range?</h1>{}<div class=\"share-comments\">Share this comment</div></body>",
        (0..6).map(post).collect::<String>()
    );
    let kept = |thread| {
        let dom = Dom::parse(&html, &Limits::default()).unwrap();
        let removed = boilerplate_of(&dom, thread);
        (0..dom.len())
            .filter(|&i| !removed[i])
            .filter_map(|i| dom.text_of(i))
            .collect::<String>()
    };
    let thread = kept(Thread::Yes);
    assert!(thread.contains("Reply 5"), "{thread}");
    assert!(!thread.contains("Share this"), "{thread}");
    assert!(!kept(Thread::No).contains("Reply"));
}

#[test]
fn a_wrapper_holding_most_of_the_page_is_kept_whatever_its_name() {
    // `<div id="top">` around a short page: "top" says header, but the element holds
    // the page's text.
    let html = "<body><div class=p-pageWrapper id=top><p>I passed the boards on my second try, with a twelve-week schedule and old notes.</p></div><div id=side><a href=/x>Other forums</a></div></body>";
    let kept = kept_text(html);
    assert!(kept.contains("second try"), "{kept}");
}

#[test]
fn noscript_is_kept_only_when_it_holds_the_page() {
    let post = "<p>My printer stopped working after the update and nothing I tried has fixed it so far.</p>";
    let menu =
        "<li><a href=\"/c\">A category of the forum, listed for readers without scripts</a></li>"
            .repeat(3);
    let html = format!(
        "<body><div id=app></div><noscript><div class=topic>{}</div></noscript><noscript><ul>{menu}</ul></noscript></body>",
        post.repeat(30)
    );
    let kept = kept_text(&html);
    assert!(kept.contains("My printer stopped"));
    assert!(!kept.contains("A category"));
}

#[test]
fn removes_players_share_bars_and_labels() {
    let html = r#"<body><div class="video-js"><span>Current Time 0:00</span></div>
        <div class="ShareBar_root__3kP">Facebook</div><p>Advertisement</p>
        <div class="ArticleBody_body__x7"><p>Real text that is long enough to be prose, with words.</p></div>
        <div hidden>secret</div><div style="display: none">gone</div></body>"#;
    let kept = kept_text(html);
    assert!(kept.contains("Real text"));
    for gone in [
        "Current Time",
        "Facebook",
        "Advertisement",
        "secret",
        "gone",
    ] {
        assert!(!kept.contains(gone), "{gone} leaked: {kept}");
    }
}

#[test]
fn removes_disclosures_however_long() {
    let fine_print = "Investing involves risk, including the loss of principal, and past results are no guarantee of future results. ".repeat(4);
    let html = format!(
        r#"<body><main><p>{body}</p></main><div class="cmp-richtext--disclaimer"><p>{fine_print}</p></div>
        <div id="disclosures"><p>{fine_print}</p></div></body>"#,
        body = "Real text that is long enough to be prose, with words. ".repeat(12)
    );
    let kept = kept_text(&html);
    assert!(kept.contains("Real text"));
    assert!(!kept.contains("Investing involves"), "{kept}");
}

#[test]
fn the_page_footer_goes_even_beside_a_short_article() {
    let html = format!(
        r#"<body><div class="content"><p>A short notice of a few words, with a comma, and an end.</p></div>
        <footer id="page-footer"><p>{about}</p></footer></body>"#,
        about =
            "About the agency: offices, opening hours, accessibility and other notes. ".repeat(5)
    );
    let kept = kept_text(&html);
    assert!(kept.contains("A short notice"));
    assert!(!kept.contains("About the agency"), "{kept}");
    // A footer inside the story (its closing notes) is judged like any other element.
    let inside = format!(
        "<body><article><p>{}</p><footer><p>{}</p></footer></article></body>",
        "Story. ".repeat(5),
        "The closing note of the story, long and wordy. ".repeat(8)
    );
    assert!(kept_text(&inside).contains("closing note"));
}

#[test]
fn collapsed_accordion_panels_are_text() {
    let html = r#"<body><div class="accordion"><button id="q1" aria-controls="a1">Step 1</button>
        <div id="a1" role="region" aria-labelledby="q1" style="display:none"><p>Gather twelve months of bills.</p></div>
        <div role="region" aria-labelledby="q1" hidden aria-hidden="true"><p>Gone for all.</p></div>
        <div style="display:none"><p>Mobile menu.</p></div></div></body>"#;
    let kept = kept_text(html);
    assert!(kept.contains("Gather twelve months"), "{kept}");
    assert!(
        !kept.contains("Gone for all") && !kept.contains("Mobile menu"),
        "{kept}"
    );
}

#[test]
fn highlighted_code_keeps_its_comments() {
    let html = r#"<body><p>Prose before the listing, long enough to be prose.</p><pre><code class="hljs"><span class="hljs-comment"># initialize git</span>
git init</code></pre><div class="comments">Reader comment</div></body>"#;
    let kept = kept_text(html);
    assert!(kept.contains("# initialize git"), "{kept}");
    assert!(!kept.contains("Reader comment"), "{kept}");
}

#[test]
fn protects_the_article_from_its_own_classes() {
    let body = "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(5);
    let html = format!(r#"<body><div class="entry-content share-enabled">{body}</div></body>"#);
    assert!(kept_text(&html).contains("article prose"));
}

#[test]
fn a_page_behind_an_anti_flicker_guard_is_kept_but_a_hidden_part_is_not() {
    let body = "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(6);
    let guarded = format!(
        r#"<body><div style="visibility:hidden;min-height:100vh"><h1>Title</h1>{body}</div></body>"#
    );
    assert!(kept_text(&guarded).contains("article prose"));
    let part = format!(
        r#"<body><div>{body}</div><div style="visibility: hidden"><p>A hidden paragraph that readers never see on the page.</p></div></body>"#
    );
    assert!(!kept_text(&part).contains("hidden paragraph"));
    let none = format!(r#"<body><div style="display:none">{body}</div></body>"#);
    assert!(!kept_text(&none).contains("article prose"));
}

#[test]
fn a_consent_managers_policy_text_goes_however_long() {
    let post = "<p>Just got the new case, the airflow is great and the glass is thick.</p>";
    let policy =
        "<p>When you visit any website, it may store or retrieve information on your browser.</p>"
            .repeat(10);
    let html = format!(
        r#"<body><div class="thread">{post}</div><div id="onetrust-pc-sdk" class="otPcCenter">{policy}</div></body>"#
    );
    let kept = kept_text(&html);
    assert!(
        kept.contains("airflow") && !kept.contains("retrieve information"),
        "{kept}"
    );
}

#[test]
fn a_story_opened_in_an_overlay_is_kept_with_it() {
    let story =
        "<p>The cargo ship broke up in the atmosphere minutes after the launch.</p>".repeat(4);
    let stream =
        "<p>Another headline of the stream, with a line of summary under it.</p>".repeat(8);
    let html = format!(
        r#"<body><div class="stream">{stream}</div><div id="render-target-modal" class="modal"><article>{story}</article></div></body>"#
    );
    assert!(kept_text(&html).contains("cargo ship"));
    // Without a story element it is a modal like any other.
    let plain = html
        .replace("<article>", "<div>")
        .replace("</article>", "</div>");
    assert!(!kept_text(&plain).contains("cargo ship"));
}

#[test]
fn forum_signatures_go() {
    let body = "<p>This is a long paragraph of a forum post, written to be kept.</p>".repeat(5);
    let html = format!(
        r#"<body><div class="post">{body}<div class="signature">CPU: Ryzen 5 7600, GPU: RTX 4070</div><div data-role="memberSignature"><p>Message me on discord for more help</p></div></div></body>"#
    );
    let kept = kept_text(&html);
    assert!(kept.contains("forum post"), "{kept}");
    assert!(
        !kept.contains("Ryzen") && !kept.contains("discord"),
        "{kept}"
    );
}

#[test]
fn a_sign_up_box_goes_with_its_pitch_but_not_the_story_around_it() {
    let body = "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(8);
    let signup = r#"<div class="cta"><p>Get more travel content</p><p>Subscribe to a free daily newsletter with the best of travel, every morning.</p><form><input type="email" placeholder="Your email"><button>Submit</button></form><p>By subscribing you agree to our terms.</p></div>"#;
    let kept = kept_text(&format!("<body><div>{body}{signup}</div></body>"));
    assert!(kept.contains("article prose"), "{kept}");
    assert!(
        !kept.contains("free daily newsletter") && !kept.contains("By subscribing"),
        "{kept}"
    );
    // A phone number's field ("Get deals by text") opens one too.
    let sms = signup.replace(r#"type="email""#, r#"type="tel""#);
    let kept = kept_text(&format!("<body><div>{body}{sms}</div></body>"));
    assert!(!kept.contains("free daily newsletter"), "{kept}");
    // Without an e-mail field it is only text.
    let plain = signup.replace(r#"type="email""#, r#"type="search""#);
    let kept = kept_text(&format!("<body><div>{body}{plain}</div></body>"));
    assert!(kept.contains("free daily newsletter"), "{kept}");
}

#[test]
fn fine_print_goes_under_a_heading_but_not_under_a_label() {
    let body = "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(5);
    let note =
        "<p>This blog is provided for general informational purposes only and is no advice.</p>";
    let headed =
        format!("<body><div>{body}</div><div class=\"box\"><h3>Disclaimer</h3>{note}</div></body>");
    let kept = kept_text(&headed);
    assert!(
        kept.contains("article prose") && !kept.contains("informational purposes"),
        "{kept}"
    );
    // A short `<div>` saying so labels footnotes that belong to the page.
    let labelled = format!(
        "<body><div>{body}</div><div class=\"box\"><div>Disclaimers:</div>{note}</div></body>"
    );
    assert!(kept_text(&labelled).contains("informational purposes"));
}

#[test]
fn removes_related_sections_by_heading() {
    let body = "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(5);
    let html = format!(
        r#"<body><div>{body}</div><div><h3>Recommended Articles</h3><ul><li><a href=/a>Some other story with a long headline</a></li></ul></div></body>"#
    );
    let kept = kept_text(&html);
    assert!(!kept.contains("Some other story"), "{kept}");
    let bio = format!(
        r#"<body><div>{body}</div><div class="box"><h4>About the Author</h4><p>Jane Doe has covered energy for ten years, and writes about grids, prices and the people who run them.</p></div></body>"#
    );
    let kept = kept_text(&bio);
    assert!(
        kept.contains("article prose") && !kept.contains("covered energy"),
        "{kept}"
    );
}

#[test]
fn a_heading_only_opening_with_a_related_word_is_the_articles_own() {
    let body = "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(5);
    let section = |heading: &str, inner: &str| {
        format!("<body><div>{body}</div><div><h3>{heading}</h3>{inner}</div></body>")
    };
    // The article's own section: the rest of the heading names no listed things.
    let specs = "<p>Processor: Intel Core 3, 8 GB of memory, a 15.6-inch 1080p screen.</p>";
    let kept = kept_text(&section("Recommended configuration", specs));
    assert!(kept.contains("Intel Core"), "{kept}");
    // What a related block lists, or a block of links.
    let teaser = "<p>A short excerpt of another post on the same site.</p>";
    let kept = kept_text(&section("Related posts", teaser));
    assert!(!kept.contains("another post"), "{kept}");
    let links = "<ul><li><a href=/a>Another story with a long headline</a></li></ul>";
    let kept = kept_text(&section("Popular this week", links));
    assert!(!kept.contains("Another story"), "{kept}");
    let kept = kept_text(&section("Trending stories in world travel", teaser));
    assert!(!kept.contains("another post"), "{kept}");
}

#[test]
fn a_link_inside_a_sentence_stays_whatever_its_class() {
    let body = "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(5);
    let html = format!(
        r#"<body><div>{body}<p>I love <a class="recommendation-inline-link" href="/bread">baking homemade bread</a> on Sundays.</p><div><a class="recommendation-link" href="/x">Recommended story</a></div></div></body>"#
    );
    let kept = kept_text(&html);
    assert!(kept.contains("baking homemade bread"), "{kept}");
    // A label's word inside a sentence is the sentence's.
    let shared = format!(
        "<body><div>{body}<p>You can <a href=/s>share</a> it with friends.</p><div><a href=/s>Share</a></div></div></body>"
    );
    let kept = kept_text(&shared);
    assert!(kept.contains("|share|"), "{kept}");
    assert!(!kept.contains("|Share"), "{kept}");
    assert!(!kept.contains("Recommended story"), "{kept}");
}

#[test]
fn a_form_goes_however_long_its_small_print_but_not_a_threads_moderation_form() {
    let body = "<p>This is a long paragraph of article prose, written to be kept.</p>".repeat(12);
    let print = "<p>By submitting this form, you acknowledge that you have provided the email and phone number listed, and you agree to be contacted about our services at any time.</p>".repeat(2);
    let html = format!(
        r#"<body><div>{body}</div><form><h3>Get started.</h3><input type=text name=name>{print}</form></body>"#
    );
    let kept = kept_text(&html);
    assert!(
        kept.contains("article prose") && !kept.contains("By submitting"),
        "{kept}"
    );
    // A forum's moderation form around its posts.
    let posts = "<div class=post><p>Reply: the bigger battery gives me about eighteen miles of range on hills, more on the flat.</p></div>".repeat(3);
    let thread = format!("<body><form data-role=moderationTools>{posts}</form></body>");
    let dom = Dom::parse(&thread, &Limits::default()).unwrap();
    let removed = boilerplate_of(&dom, Thread::Yes);
    let kept: Vec<&str> = (0..dom.len())
        .filter(|&i| !removed[i])
        .filter_map(|i| dom.text_of(i))
        .collect();
    assert!(
        kept.iter().any(|t| t.contains("eighteen miles")),
        "{kept:?}"
    );
}

#[test]
fn a_row_of_sections_holding_most_of_the_prose_is_kept_whatever_their_name() {
    let section = |i: usize| {
        format!(
            "<section class=\"Report__Section Report__Section--Ads\"><h2>Part {i}</h2><p>Section {i}: the grill heats evenly in the middle, less so at the edges, and the steak browned well in four minutes on each side, with a crust that held its juices.</p><p>The cleaning took ten minutes with warm water and a soft brush.</p></section>"
        )
    };
    let html = format!(
        "<body><h1>Grill test</h1><div class=report>{}</div><div class=\"ad-slot\"><p>Buy the grill now at a special price in every store near you this week.</p></div></body>",
        (0..4).map(section).collect::<String>()
    );
    let kept = kept_text(&html);
    assert!(kept.contains("Section 3"), "{kept}");
    // A single ad slot among prose is still an ad.
    assert!(!kept.contains("Buy the grill"), "{kept}");
    // One such section beside a longer story is removed as before.
    let story = "<p>The story itself runs for a long time and says a great deal about grills, steaks, charcoal, gas, prices and the weather of the summer in which all of this was tested by the team.</p>".repeat(6);
    let html = format!(
        "<body><h1>Grill test</h1>{story}<div>{}</div></body>",
        section(1)
    );
    let kept = kept_text(&html);
    assert!(!kept.contains("Section 1"), "{kept}");
}

#[test]
fn a_paywall_wrapper_around_the_story_is_the_story_and_its_prompt_is_not() {
    let story = "<p>The committee met for the third time this month and agreed, after a long debate about the budget and the schedule, to publish its report before the summer.</p>".repeat(3);
    let html = format!(
        "<body><h1>Report due</h1><div class=\"entry__content has-paywall\">{story}</div><div class=\"paywall\"><p>Subscribe to keep reading.</p></div></body>"
    );
    let kept = kept_text(&html);
    assert!(kept.contains("The committee met"), "{kept}");
    assert!(!kept.contains("Subscribe to keep"), "{kept}");
}
