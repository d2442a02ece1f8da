use super::*;
use crate::options::Limits;

fn texts(html: &str) -> Vec<String> {
    let dom = Dom::parse(html, &Limits::default()).unwrap();
    let removed = clean::boilerplate(&dom);
    let cx = Context {
        headline: "The headline",
        headline_node: None,
        body_start: 0,
        site_names: &[],
        thread: false,
    };
    blocks(&dom, &removed, 0, &cx)
        .into_iter()
        .map(|b| b.text)
        .collect()
}

#[test]
fn captions_with_credits_are_not_paragraphs() {
    assert!(is_caption(
        "The Cedar Road water treatment plant was built in 1961. Sentinel photo by Karen Duvall"
    ));
    assert!(is_caption(
        "Rescuers search the debris. (AP Photo/Jane Doe)"
    ));
    assert!(is_caption("Invernaderos anegados. Foto: Álvaro Ibáñez"));
    assert!(!is_caption(
        "She keeps a photo of her father by the door, and the sign he painted."
    ));
}

#[test]
fn a_quoted_post_and_its_citation_are_dropped_from_a_thread() {
    let block = |text: &str, kind| Block {
        text: text.into(),
        kind,
        link_share: 0.0,
    };
    let long = "The 7600 is plenty for editing at this budget, and the money saved goes to a better GPU, which matters more for the effects you use. ".repeat(4);
    let post = block(&long, BlockKind::Paragraph);
    let citation = block("1 hour ago, Electronics Wizardy said:", BlockKind::Quote);
    let quoted = block(&long, BlockKind::Quote);
    let reply = block("Agreed, and get a high airflow case.", BlockKind::Paragraph);
    let kept = drop_pull_quotes(vec![post.clone(), citation, quoted, reply.clone()]);
    assert_eq!(kept, [post, reply.clone()]);
    // Outside a blockquote the same words open a quotation in a story.
    let said = block("The minister said:", BlockKind::Paragraph);
    assert_eq!(drop_pull_quotes(vec![said.clone()]), [said]);
    // A citation introducing a new quotation stays with it.
    let cite = block("Jane wrote:", BlockKind::Quote);
    let new = block(
        "Nobody has measured the range below minus twenty yet, as far as I know.",
        BlockKind::Quote,
    );
    let kept = drop_pull_quotes(vec![reply.clone(), cite.clone(), new.clone()]);
    assert_eq!(kept, [reply, cite, new]);
}

#[test]
fn pull_quotes_repeating_the_body_are_dropped() {
    let body = Block {
        text: "“We will start building in the spring,” Silva said on Tuesday.".into(),
        kind: BlockKind::Paragraph,
        link_share: 0.0,
    };
    let pull = Block {
        text: "We will start building in the spring".into(),
        kind: BlockKind::Quote,
        link_share: 0.0,
    };
    let other = Block {
        text: "A letter from 1987 that nobody had read aloud before.".into(),
        kind: BlockKind::Quote,
        link_share: 0.0,
    };
    let kept = drop_pull_quotes(vec![body.clone(), pull, other.clone()]);
    assert_eq!(kept, [body, other]);
}

#[test]
fn inline_q_elements_get_their_quotation_marks() {
    let t = texts("<div><p>She said <q>it is <q>done</q> now</q> and left.</p></div>");
    assert_eq!(t, ["She said “it is ‘done’ now” and left."]);
}

#[test]
fn splits_on_double_br_and_flattens_inline() {
    let t = texts("<div><p>One <b>two</b>\n three.</p><p>Four.<br>Five.<br><br>Six.</p></div>");
    assert_eq!(t, ["One two three.", "Four. Five.", "Six."]);
}

#[test]
fn data_tables_give_rows() {
    let t =
        texts("<table><tr><th>Team</th><th>Pts</th></tr><tr><td>Reds</td><td>10</td></tr></table>");
    assert_eq!(t, ["Team | Pts", "Reds | 10"]);
}

#[test]
fn layout_tables_give_cells() {
    let t = texts("<table><tr><td>Body one.<br><br>Body two.</td></tr></table>");
    assert_eq!(t, ["Body one.", "Body two."]);
}

#[test]
fn a_second_copy_of_the_body_is_dropped() {
    let long = |n: usize| {
        format!(
            "Paragraph {n} of the story, long enough to be more than a repeated teaser line: it goes on with its clauses, names and numbers, and says a little more than that as well, for good measure, before it ends on a last clause."
        )
    };
    let copy: String = (1..=3).map(|n| format!("<p>{}</p>", long(n))).collect();
    let t = texts(&format!(
        "<div>{copy}<p>Short line.</p><div class=hidden-mobile>{copy}</div></div>"
    ));
    assert_eq!(t, [long(1), long(2), long(3), "Short line.".to_string()]);
    // Two long repeats are a text saying the same thing twice, and stay.
    let two: String = (1..=2).map(|n| format!("<p>{}</p>", long(n))).collect();
    assert_eq!(texts(&format!("<div>{two}{two}</div>")).len(), 4);
    // Repeats out of order are not a copy.
    let shuffled: String = [3, 1, 2]
        .iter()
        .map(|&n| format!("<p>{}</p>", long(n)))
        .collect();
    assert_eq!(texts(&format!("<div>{copy}{shuffled}</div>")).len(), 6);
    // A section label between the copy's blocks goes with the copy.
    let labelled: String = (1..=3)
        .map(|n| format!("<h3>Pros</h3><p>{}</p>", long(n)))
        .collect();
    let t = texts(&format!(
        "<div>{labelled}<div class=copy>{labelled}</div></div>"
    ));
    assert_eq!(t.len(), 6, "{t:?}");
}

#[test]
fn a_section_label_repeated_for_each_product_stays() {
    let t = texts(
        "<div><h3>Pros</h3><p>Light.</p><h3>Cons</h3><p>Loud.</p><h3>Pros</h3><p>Quiet.</p><h3>Cons</h3><p>Heavy.</p></div>",
    );
    assert_eq!(
        t,
        [
            "Pros", "Light.", "Cons", "Loud.", "Pros", "Quiet.", "Cons", "Heavy."
        ]
    );
}

#[test]
fn drops_headline_repeats_labels_and_duplicates() {
    let t = texts(
        "<div><p>The headline</p><p>Advertisement</p><p>Text.</p><p>Text.</p><p>By Jane Doe</p></div>",
    );
    assert_eq!(t, ["Text."]);
}

#[test]
fn a_lazy_blocks_loading_placeholder_is_not_a_paragraph() {
    let got = texts(
        "<p>Loading paragraph...</p><p>Loading prices for your region…</p><p>Loading the truck took three hours...</p><p>The fund returned 8% last year.</p>",
    );
    assert_eq!(
        got,
        [
            "Loading the truck took three hours...",
            "The fund returned 8% last year."
        ]
    );
}

#[test]
fn an_in_page_jump_button_is_not_a_paragraph() {
    let got = texts(
        "<p>Jump To Details</p><p>Skip to recipe</p><p>Jump to the next stone when the water is low.</p>",
    );
    assert_eq!(got, ["Jump to the next stone when the water is low."]);
}

#[test]
fn a_line_repeated_among_other_lines_stays_but_copies_go() {
    // Each week's warm-up, between different workouts.
    let week = |n: usize| {
        format!(
            "<p>Week {n}: run {} miles at an easy pace.</p><p>Rest on day {n}.</p><p>Warm up with ten minutes of easy jogging in zone two.</p>",
            n + 3
        )
    };
    let t = texts(&format!(
        "<div>{}</div>",
        (1..=3).map(week).collect::<String>()
    ));
    assert_eq!(t.len(), 9, "{t:?}");
    // A carousel's cloned slides: each repeat beside the same neighbour as before.
    let slide = |n: usize| format!("<p>Slide {n} tells one more short story about the museum.</p>");
    let slides: String = (1..=3).map(slide).collect();
    let t = texts(&format!("<div>{slides}{slides}</div>"));
    assert_eq!(t.len(), 3, "{t:?}");
    // A table of contents said again by the headings it lists: its entries go.
    let t = texts(
        "<div><ul><li>When is the best time to go</li></ul><h2>When is the best time to go</h2><p>Spring, for the cherry blossom season and mild weather.</p></div>",
    );
    assert_eq!(
        t,
        [
            "When is the best time to go",
            "Spring, for the cherry blossom season and mild weather."
        ]
    );
}
