use super::*;

#[test]
fn lowercase_names_are_names_only_when_declared_whole() {
    assert_eq!(
        lowercase_name("kirstin boatto", &[]).as_deref(),
        Some("kirstin boatto")
    );
    assert_eq!(lowercase_name("Kirstin Boatto", &[]), None);
    assert_eq!(lowercase_name("admin", &[]), None);
    assert_eq!(lowercase_name("staff writer", &[]), None);
}

#[test]
fn one_word_names_only_from_declared_sources() {
    let none: Vec<String> = Vec::new();
    assert_eq!(declared_names("By Susan", &[]), ["Susan"]);
    assert_eq!(declared_names("O'Neil", &[]), ["O'Neil"]);
    assert_eq!(names("Susan", &[]), none);
    for not_a_name in [
        "Subscribe",
        "admin",
        "Share",
        "Dietitian",
        "Jo",
        "IBM",
        "R2D2",
    ] {
        assert_eq!(declared_names(not_a_name, &[]), none, "{not_a_name}");
    }
    assert_eq!(
        names(
            "Written by David Jackson | Last updated on: October 1, 2025",
            &[]
        ),
        ["David Jackson"]
    );
    assert_eq!(declared_names("van", &[]), none);
    assert!(declares_author("By Susan") && declares_author("Von Anna"));
    assert!(!declares_author("Di Maio") && !declares_author("De Vries"));
}

#[test]
fn names_glued_to_dates_and_footnotes_come_apart() {
    assert_eq!(names("By Luke KimDecember 17, 2025", &[]), ["Luke Kim"]);
    assert_eq!(names("Dec 17, 2025Julian K. Arni", &[]), ["Julian K. Arni"]);
    assert_eq!(
        names("Jennifer Huberty1, Matthew P. Buman2", &[]),
        ["Jennifer Huberty", "Matthew P. Buman"]
    );
    assert_eq!(
        names("Authors: Jane Doe, John Roe", &[]),
        ["Jane Doe", "John Roe"]
    );
    assert_eq!(names("Contributors: Ann Lee", &[]), ["Ann Lee"]);
}

#[test]
fn splits_and_cleans_bylines() {
    assert_eq!(
        names("By Jane Doe and John Roe", &[]),
        ["Jane Doe", "John Roe"]
    );
    assert_eq!(names("Jane Doe, Reuters", &[]), ["Jane Doe"]);
    assert_eq!(
        names("Von Anna Müller und Jonas Weber", &[]),
        ["Anna Müller", "Jonas Weber"]
    );
    assert_eq!(names("Por Lucía Fernández", &[]), ["Lucía Fernández"]);
    assert_eq!(
        names("Tom Fairweather, Science Correspondent", &[]),
        ["Tom Fairweather"]
    );
    assert_eq!(
        names("By Robert Allen / Staff Writer", &[]),
        ["Robert Allen"]
    );
    assert_eq!(
        names(
            "By Maria Lopez | Published: Jan. 8, 2025 at 8:23 PM EST",
            &[]
        ),
        ["Maria Lopez"]
    );
    assert_eq!(names("记者 王小明", &[]), ["王小明"]);
    assert_eq!(
        names("jane@example.com @janedoe", &[]),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Harbour Wire", &["Harbour Wire"]),
        Vec::<String>::new()
    );
    assert_eq!(names("Ludwig van Beethoven", &[]), ["Ludwig van Beethoven"]);
}

#[test]
fn blocks_of_an_author_element_stay_apart() {
    let html = r#"<div class="author"><div>Joe Kindness</div><div>Founder</div></div>"#;
    let dom = crate::dom::Dom::parse(html, &crate::options::Limits::default()).unwrap();
    let all = 0..dom.len();
    assert_eq!(find(&dom, all, 0..0, 0, &[]), ["Joe Kindness"]);
}

#[test]
fn a_prefix_is_a_whole_word() {
    assert!(!starts_with_prefix("Parse, Don’t Validate (2019)"));
    assert!(!starts_with_prefix("Deborah Smith"));
    assert!(starts_with_prefix("By: Jane Doe"));
    assert!(starts_with_prefix("Written by"));
    assert!(starts_with_prefix("作者：王小明"));
    assert_eq!(names("Deborah Smith", &[]), ["Deborah Smith"]);
    assert_eq!(names("By Byron Avery", &[]), ["Byron Avery"]);
    assert_eq!(names("Par Diane Dubois", &[]), ["Diane Dubois"]);
    assert_eq!(
        names("Written ByMiguel Zabludovsky", &[]),
        ["Miguel Zabludovsky"]
    );
    assert_eq!(names("BySummer Swann", &[]), ["Summer Swann"]);
    assert!(!starts_with_prefix("DELE Ahora"));
}

#[test]
fn the_site_is_not_a_person_but_its_owner_is() {
    let none = Vec::<String>::new();
    assert_eq!(names("Reuters Staff", &["Reuters"]), none);
    assert_eq!(names("Kyle Howells", &["Kyle Howells"]), none);
    assert_eq!(
        names("Kyle Howells", &["Kyle Howells Blog"]),
        ["Kyle Howells"]
    );
    assert_eq!(
        names("Colin Watson", &["Colin Watson's blog"]),
        ["Colin Watson"]
    );
    assert_eq!(names("Net Security Team", &["Help Net Security"]), none);
}

#[test]
fn two_linked_names() {
    assert_eq!(
        names("By Hannah Okafor and Tomasz Wielgus", &[]),
        ["Hannah Okafor", "Tomasz Wielgus"]
    );
}

#[test]
fn a_prefix_in_its_own_element_takes_the_next_text() {
    let html = "<div class=meta><span>By</span><span>Daryl Austin</span></div>\
                <div><p>Written by</p><p>Edzel Tabing</p></div>";
    let dom = crate::dom::Dom::parse(html, &crate::options::Limits::default()).unwrap();
    let all = 0..dom.len();
    assert_eq!(
        find(&dom, all, 0..0, 0, &[]),
        ["Daryl Austin", "Edzel Tabing"]
    );
}

#[test]
fn a_marked_label_or_picture_takes_the_next_text() {
    // The innermost marked element is only "By" or the author's picture: the name follows.
    let html = r#"<p class="post-author__text"><span class="post-author__by">By </span>Scott Piper</p>
                <div class="byline"><span class="byline__avatar"><img src="a.jpg" alt=""></span><span>Ana Ortiz</span></div>"#;
    let dom = crate::dom::Dom::parse(html, &crate::options::Limits::default()).unwrap();
    let all = 0..dom.len();
    assert_eq!(find(&dom, all, 0..0, 0, &[]), ["Scott Piper", "Ana Ortiz"]);
}

#[test]
fn a_name_beside_its_persons_picture_names_the_author() {
    let parse = |html: &str| crate::dom::Dom::parse(html, &crate::options::Limits::default());
    // Under the headline: an avatar whose alt says the name, then the name.
    let dom = parse(
        r#"<div class="meta"><span>2025-12-17</span><a title="Mira Holt">
           <img src="/a.png" alt="Mira Holt" class="rounded-full"><div>Mira Holt</div></a></div>"#,
    )
    .unwrap();
    assert_eq!(find(&dom, 0..dom.len(), 0..0, 0, &[]), ["Mira Holt"]);
    // An author box after the story: one person pictured ("Jane Doe Image").
    let boxed = r#"<div><div><p>Story text.</p></div><div class="author-box"><img alt="Kofi Mensah Image" src="k.jpg">
           <p>Kofi Mensah</p><h6>Sales Executive</h6></div></div>"#;
    let dom = parse(boxed).unwrap();
    let story = (0..dom.len())
        .find(|&i| dom.is(i, &crate::dom::tag!("div")))
        .and_then(|d| dom.child_elements(d).next())
        .unwrap();
    assert_eq!(find(&dom, 0..0, 0..0, story, &[]), ["Kofi Mensah"]);
    // A tile after the story that no class marks as the author's: a product ("Wall Mount").
    let dom = parse(
        &boxed
            .replace("author-box", "tile")
            .replace("Kofi Mensah", "Wall Mount"),
    )
    .unwrap();
    assert!(find(&dom, 0..0, 0..0, story, &[]).is_empty());
    // A catalogue's tiles picture many things: none is an author, nor is a lone product.
    let dom = parse(
        r#"<div class="meta"><img alt="Mira Holt"><span>Mira Holt</span></div>
           <ul><li><img alt="Table Saws"><a>Table Saws</a></li><li><img alt="Band Saws"><a>Band Saws</a></li></ul>"#,
    )
    .unwrap();
    assert!(find(&dom, 0..dom.len(), 0..0, 0, &[]).is_empty());
    let dom = parse(r#"<div><img alt="Cloud SQL"><h3>Cloud SQL</h3></div>"#).unwrap();
    assert!(find(&dom, 0..dom.len(), 0..0, 0, &[]).is_empty());
    // A caption that repeats the alt names nobody.
    let dom = parse(
        r#"<div><picture><img alt="Photo Credit: Unsplash" src="h.jpg"><figcaption>Photo Credit: Unsplash</figcaption></picture>
           <p>Story text.</p></div>"#,
    )
    .unwrap();
    assert!(find(&dom, 0..dom.len(), 0..0, 0, &[]).is_empty());
    // A caption that differs from the alt, or several people pictured, names nobody.
    let dom = parse(
        r#"<div><div><p>Story text.</p></div><div><img alt="Ann Lee"><p>Ann Lee</p>
           <img alt="Bo Chen"><p>Bo Chen</p><img alt="A lake"><p>Lake Tahoe</p></div></div>"#,
    )
    .unwrap();
    let story = (0..dom.len())
        .find(|&i| dom.is(i, &crate::dom::tag!("div")))
        .and_then(|d| dom.child_elements(d).next())
        .unwrap();
    assert!(find(&dom, 0..0, 0..0, story, &[]).is_empty());
}

#[test]
fn a_clause_after_the_name_is_cut_off() {
    assert_eq!(
        names(
            "Dec. 19, 2025 · Ravi Patel on behalf of the Release team",
            &[]
        ),
        ["Ravi Patel"]
    );
    assert_eq!(names("Lena Vogt in", &[]), ["Lena Vogt"]);
    assert_eq!(
        // What follows a signature's "Posted by".
        names("Owen Hale on 2025-12-18 in releases", &[]),
        ["Owen Hale"]
    );
    // Only there: "for" or "in" inside a line is not a clause after a name.
    assert!(names("Center for Drug Evaluation", &[]).is_empty());
}

#[test]
fn a_site_name_reads_as_a_persons_or_not() {
    assert!(is_person_site("Rick Steves") && is_person_site("Elizabeth McCravy"));
    for firm in [
        "Loona Construction",
        "USA TODAY",
        "Yoga With Olivia",
        "Great Day Editorial Team",
        "Reuters",
    ] {
        assert!(!is_person_site(firm), "{firm}");
    }
}

#[test]
fn a_date_that_ends_the_byline_is_not_part_of_the_name() {
    assert_eq!(
        names("By PAULA RENNER March 11, 2015 3:46 PM", &[]),
        ["PAULA RENNER"]
    );
    assert_eq!(names("By Tom Ashe 4 June 2019", &[]), ["Tom Ashe"]);
    // A date inside a longer line is not its end: the line is not a byline.
    assert!(names("Author: Ida Moss Released: June 17, 2025 by Tor Books", &[]).is_empty());
}

#[test]
fn parentheses_inside_a_name_stay_and_an_aside_after_it_goes() {
    assert_eq!(names("By Meera (Iyer) Rao", &[]), ["Meera Iyer Rao"]);
    assert_eq!(
        names("By Pierre-Yves Marchal (PYM Labs)", &[]),
        ["Pierre-Yves Marchal"]
    );
    assert_eq!(
        names("Ola Berg (Editor), Kai Lund (Data Analyst)", &[]),
        ["Ola Berg", "Kai Lund"]
    );
}

#[test]
fn an_avatar_without_alt_names_the_text_beside_it() {
    let parse = |html: &str| crate::dom::Dom::parse(html, &crate::options::Limits::default());
    let dom = parse(
        r#"<p>Mar 2, 2025 &bull; <img src="https://secure.gravatar.com/avatar/1f3a" class="avatar avatar-xs">
           Ines Duarte in <a href="/blog/finance">Finance</a></p>"#,
    )
    .unwrap();
    assert_eq!(find(&dom, 0..dom.len(), 0..0, 0, &[]), ["Ines Duarte"]);
    // A forum poster's card: the avatar's link holds no text, the next item is a rank.
    let dom = parse(
        r#"<ul><li><a href="/u/7"><img class="avatar" src="/a/7.png" alt=""></a></li>
           <li class="group">Gold Member</li></ul>"#,
    )
    .unwrap();
    assert!(find(&dom, 0..dom.len(), 0..0, 0, &[]).is_empty());
}

#[test]
fn an_author_boxs_link_to_all_their_posts_names_the_author() {
    let dom = crate::dom::Dom::parse(
        r#"<div><div><p>Story text.</p></div><div class="about"><p>Ray Okoro leads support.</p>
           <p><a href="/author/ray/">View all posts by Ray Okoro</a></p></div></div>"#,
        &crate::options::Limits::default(),
    )
    .unwrap();
    let story = (0..dom.len())
        .find(|&i| dom.is(i, &crate::dom::tag!("div")))
        .and_then(|d| dom.child_elements(d).next())
        .unwrap();
    assert_eq!(find(&dom, 0..0, 0..0, story, &[]), ["Ray Okoro"]);
}

#[test]
fn an_author_box_that_signs_the_post_names_the_author() {
    assert_eq!(
        names("This post was written by Ada Byrne, Head of Sales", &[]),
        ["Ada Byrne"]
    );
    assert_eq!(names("View all posts by Ray Okoro", &[]), ["Ray Okoro"]);
}
