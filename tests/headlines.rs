//! Headline choice on whole pages, through the public API.

use newsprint::Extractor;

fn headline(html: &str) -> String {
    let page = Extractor::default().extract(html).expect("no error");
    page.articles
        .first()
        .map(|a| a.headline.clone())
        .unwrap_or_default()
}

#[test]
fn a_heading_that_says_the_title_exactly_beats_one_that_nearly_does() {
    let prose = "<p>Plant each crop just far enough apart to reach its full size, and no farther, so the bed stays full and shaded.</p>".repeat(8);
    let html = format!(
        r#"<html><head><title>Gardenary Planting vs. Ordinary Planting</title></head><body>
        <div class="hero"><h1>Gardenary Planting vs. Ordinary Planting</h1><p>By Nicole Burke</p></div>
        <div class="content"><h1>Gardenary Planting vs Traditional Planting</h1>{prose}</div></body></html>"#
    );
    assert_eq!(headline(&html), "Gardenary Planting vs. Ordinary Planting");
}
