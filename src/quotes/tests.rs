use super::*;
use serde::Deserialize;

/// A labelled block.
#[derive(Deserialize)]
struct LBlock {
    text: String,
    blockquote: bool,
}

/// A labelled case: blocks and the quotes a careful reader finds in them.
#[derive(Deserialize)]
struct Case {
    name: String,
    blocks: Vec<LBlock>,
    quotes: Vec<Quote>,
}

/// Parses a labelled file and runs every case: `(case, predicted, labelled)`.
fn run(json: &str) -> Vec<(String, Vec<Quote>, Vec<Quote>)> {
    let cases: Vec<Case> = serde_json::from_str(json).expect("labelled JSON parses");
    cases
        .into_iter()
        .map(|c| {
            (
                c.name.clone(),
                find_quotes(&labelled_blocks(&c.blocks)),
                c.quotes,
            )
        })
        .collect()
}

/// The blocks of a labelled passage.
fn labelled_blocks(blocks: &[LBlock]) -> Vec<Block<'_>> {
    blocks
        .iter()
        .map(|b| Block {
            text: &b.text,
            blockquote: b.blockquote,
        })
        .collect()
}

/// Lower-cased alphanumeric words, for matching predicted and labelled quote texts.
fn norm(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[test]
fn seed_articles_exactly() {
    for (name, got, want) in run(include_str!("../../tests/data/quotes_seed.json")) {
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn labelled_set_meets_floors() {
    evaluate(include_str!("../../tests/data/quotes.json"));
}

/// Scores `json` and asserts the floors.
fn evaluate(json: &str) {
    let (mut tp, mut fp, mut fneg, mut spk, mut cue, mut kind, mut desc) = (0, 0, 0, 0, 0, 0, 0);
    for (name, got, want) in run(json) {
        let mut used = vec![false; got.len()];
        for w in &want {
            let hit = (0..got.len()).find(|&i| !used[i] && norm(&got[i].text) == norm(&w.text));
            let Some(i) = hit else {
                fneg += 1;
                println!("MISS {name}: {:?}", w.text);
                continue;
            };
            used[i] = true;
            tp += 1;
            let g = &got[i];
            spk += usize::from(g.speaker == w.speaker);
            cue += usize::from(g.cue == w.cue);
            kind += usize::from(g.kind == w.kind);
            desc += usize::from(g.speaker_description == w.speaker_description);
            if g.speaker != w.speaker {
                println!(
                    "SPEAKER {name}: {:?} got {:?} want {:?}",
                    w.text, g.speaker, w.speaker
                );
            }
            if g.cue != w.cue || g.kind != w.kind || g.speaker_description != w.speaker_description
            {
                println!(
                    "DETAIL {name}: {:?} got {:?}/{:?}/{:?} want {:?}/{:?}/{:?}",
                    w.text,
                    g.cue,
                    g.kind,
                    g.speaker_description,
                    w.cue,
                    w.kind,
                    w.speaker_description
                );
            }
        }
        for (i, g) in got.iter().enumerate().filter(|(i, _)| !used[*i]) {
            fp += 1;
            println!("EXTRA {name} [{i}]: {:?} ({:?})", g.text, g.speaker);
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let (p, r, s) = (ratio(tp, tp + fp), ratio(tp, tp + fneg), ratio(spk, tp));
    println!(
        "quotes: precision {p:.3} recall {r:.3} speaker accuracy {s:.3} ({tp} matched, {fp} extra, {fneg} missed)"
    );
    println!(
        "also: cue {:.3} kind {:.3} description {:.3}",
        ratio(cue, tp),
        ratio(kind, tp),
        ratio(desc, tp)
    );
    assert!(
        p >= 0.95 && r >= 0.92 && s >= 0.92,
        "below floors: p {p:.3} r {r:.3} s {s:.3}"
    );
}

/// A deterministic stream of awkward characters.
fn noise(seed: u64, len: usize) -> String {
    const PALETTE: &[&str] = &[
        "\"",
        "“",
        "”",
        "„",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "‹",
        "›",
        "「",
        "」",
        "『",
        "』",
        "‚",
        " ",
        " ",
        " ",
        "a",
        "B",
        "é",
        "中",
        ".",
        ",",
        ":",
        "—",
        "said",
        " Smith",
        "\u{a0}",
        "\u{202f}",
        "🙂",
        "\u{301}",
        "?",
        "!",
        "。",
        "(",
        ")",
        "-",
        "Mr.",
        "U.S.",
        "0",
        "9",
        "s",
        "#",
        " the ",
        "’s",
        "Ann Lee",
        "according to",
        "a-t-il dit",
        "说",
        "：",
    ];
    let mut x = seed;
    let mut out = String::new();
    while out.len() < len {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push_str(PALETTE[(x >> 33) as usize % PALETTE.len()]);
    }
    out
}

#[test]
fn never_panics_on_awkward_text() {
    let fixed = [
        "",
        " ",
        "\"",
        "“",
        "'",
        "‘",
        "«",
        "»",
        "„",
        "「",
        "\"\"",
        "“”",
        "« »",
        "— ",
        "-",
        "said",
        "\"a",
        "a\"",
        "\"a,\" said",
        "\"a,\" said ,",
        ":\"",
        "'90s",
        "’",
        "\u{301}\"\u{301}",
        "\"🙂\" 🙂 said 🙂",
        "— Jane",
        "«a», dijo.",
        "「a。」他说。",
    ];
    for (i, a) in fixed.iter().enumerate() {
        for b in &fixed {
            for bq in [false, true] {
                let blocks = [
                    Block {
                        text: a,
                        blockquote: bq,
                    },
                    Block {
                        text: b,
                        blockquote: i % 2 == 0,
                    },
                ];
                assert!(find_quotes(&blocks).iter().all(|q| q.paragraph < 2));
            }
        }
    }
    for seed in 0..400u64 {
        let texts: Vec<String> = (0..4)
            .map(|k| noise(seed * 7 + k, 20 + (seed as usize * 37) % 900))
            .collect();
        let blocks: Vec<Block<'_>> = texts
            .iter()
            .enumerate()
            .map(|(k, t)| Block {
                text: t,
                blockquote: (seed + k as u64) % 5 == 0,
            })
            .collect();
        assert!(
            find_quotes(&blocks)
                .iter()
                .all(|q| q.paragraph < blocks.len())
        );
    }
}

/// Long single paragraphs built from repeated units: every pattern gets through, and the quotes
/// found grow in step with the input (no unit is lost or counted twice at a window boundary).
/// How fast this runs is measured in `benches/extract.rs` (`pathological_paragraphs`), not here.
#[test]
fn long_repetitive_paragraphs_scale_with_their_units() {
    let count = |s: &str| {
        find_quotes(&[Block {
            text: s,
            blockquote: false,
        }])
        .len()
    };
    let units = [
        "\"We will win,\" said Jane Roe, a lawyer at Roe & Co. The \"plan\" is ‘fine’, she added, and Ann Lee agreed: «Oui». ",
        "‘a ",
        "\" ",
        "« ",
        "Ann Lee ",
        "’s ‘x s’ y ",
        "said Smith, ",
        "“a ",
        "a. ",
    ];
    for p in units {
        let units = 16 * 1024 / p.len();
        let small = count(&p.repeat(units));
        let big = count(&p.repeat(4 * units));
        assert!(
            big.abs_diff(4 * small) <= 4,
            "{p:?}: {small} quotes in 16 KiB but {big} in 64 KiB"
        );
    }
}

#[test]
fn regexes_compile() {
    assert!(attribution::regexes_compile());
}

#[test]
fn chinese_quotes_find_their_speakers() {
    let texts = [
        "市交通运输局副局长李建国表示：“今年春运客流总量大，我们已经提前制定了保障方案。”",
        "来自贵州的务工人员陈思雨正在窗口咨询改签事宜。“往年都是抢不到票。”她笑着说。",
        "“高铁晚上到站的旅客，出站就能坐上公交，”李建国说。",
    ];
    let got: Vec<(Option<String>, Option<String>, Option<String>)> =
        find_quotes(&blocks_of(&texts))
            .into_iter()
            .map(|q| (q.speaker, q.speaker_description, q.cue))
            .collect();
    let want = |s: &str, d: &str, c: &str| (Some(s.into()), Some(d.into()), Some(c.into()));
    assert_eq!(
        got,
        [
            want("李建国", "市交通运输局副局长", "表示"),
            want("陈思雨", "来自贵州的务工人员", "说"),
            want("李建国", "市交通运输局副局长", "说"),
        ]
    );
}

/// One plain body block per text.
fn blocks_of<'a>(texts: &[&'a str]) -> Vec<Block<'a>> {
    texts
        .iter()
        .map(|t| Block {
            text: t,
            blockquote: false,
        })
        .collect()
}

/// Speaker and cue of every quote found in one block each of `texts`.
pub(super) fn speakers_of(texts: &[&str]) -> Vec<(Option<String>, Option<String>)> {
    find_quotes(&blocks_of(texts))
        .into_iter()
        .map(|q| (q.speaker, q.cue))
        .collect()
}

pub(super) fn said(speaker: &str, cue: Option<&str>) -> (Option<String>, Option<String>) {
    (Some(speaker.to_string()), cue.map(str::to_string))
}

#[test]
fn a_question_or_exclamation_keeps_its_trailing_attribution() {
    assert_eq!(
        speakers_of(&[
            "\"Will the clinic stay open next year?\" Marta Quill asked.",
            "\"We have waited long enough!\" the nurses chanted outside the hall.",
        ]),
        [
            said("Marta Quill", Some("asked")),
            said("the nurses", Some("chanted")),
        ]
    );
    // A question that ends its sentence leaves the next one alone.
    assert_eq!(
        speakers_of(&["\"Who pays for the roads?\" That is the question the council faces."]),
        [(None, None)]
    );
}

#[test]
fn an_unnamed_source_is_described_and_pointed_back_to() {
    assert_eq!(
        speakers_of(&[
            "\"The ledger did not add up,\" said a former senior auditor at the firm.",
            "\"Nobody asked us,\" the auditor added.",
            "\"We are reviewing the report,\" the statement said.",
        ]),
        [
            said("a former senior auditor at the firm", Some("said")),
            said("a former senior auditor at the firm", Some("added")),
            (None, Some("said".to_string())),
        ]
    );
}

#[test]
fn the_one_spoken_to_is_not_the_speaker() {
    assert_eq!(
        speakers_of(&[
            "In May, Dana Whitfield, the mayor of Orton, told the Herald that the plan was \"dead on arrival\" without state money."
        ]),
        [said("Dana Whitfield", Some("told"))]
    );
}

#[test]
fn a_pronoun_with_a_contracted_auxiliary_points_back() {
    assert_eq!(
        speakers_of(&[
            "Governor Alma Reyes spoke to farmers on Monday.",
            "She's predicting that the new canal will be \"finished before the harvest\" next year.",
        ]),
        [said("Alma Reyes", Some("predicting"))]
    );
}

#[test]
fn a_partial_quote_after_a_speech_participle_is_the_subjects() {
    assert_eq!(
        speakers_of(&[
            "Councillor Ruth Okafor closed the meeting on Friday, calling the budget \"a betrayal of the night shift.\""
        ]),
        [said("Ruth Okafor", Some("calling"))]
    );
}

#[test]
fn a_fragment_added_after_a_quote_is_the_same_speakers() {
    assert_eq!(
        speakers_of(&[
            "\"It is not new here,\" said Mayor Tomas Reyher at the time, adding that \"we have done this for years.\""
        ]),
        [
            said("Tomas Reyher", Some("said")),
            said("Tomas Reyher", Some("adding")),
        ]
    );
}

#[test]
fn a_pronoun_before_any_subject_points_to_the_latest_person_named() {
    assert_eq!(
        speakers_of(&[
            "The plan drew praise from Councillor Ruth Okafor and the transport union.",
            "\"It is the first good news for night workers in years,\" she said.",
        ]),
        [said("Ruth Okafor", Some("said"))]
    );
}

/// A quote of the sources set: how it starts, and who said it as the article states it.
#[derive(Deserialize)]
struct SourceLabel {
    start: String,
    speaker: Option<String>,
    speaker_description: Option<String>,
}

/// A passage of the sources set.
#[derive(Deserialize)]
struct SourceCase {
    name: String,
    blocks: Vec<LBlock>,
    quotes: Vec<SourceLabel>,
}

/// `tests/data/quote_sources.json` (written by us): organisations, documents and their
/// issuers, described and anonymous sources, role nouns and pronouns pointing back. Each
/// labelled quote is found by its opening words; its speaker and description must be the
/// labelled ones exactly (`null` where the article names no one, or gives no description).
#[test]
fn sources_set_meets_floors() {
    let json = include_str!("../../tests/data/quote_sources.json");
    let cases: Vec<SourceCase> = serde_json::from_str(json).expect("labelled JSON parses");
    let (mut labelled, mut found, mut speaker, mut desc) = (0, 0, 0, 0);
    for case in &cases {
        let got = find_quotes(&labelled_blocks(&case.blocks));
        for label in &case.quotes {
            labelled += 1;
            let start = norm(&label.start);
            let Some(q) = got.iter().find(|q| norm(&q.text).starts_with(&start)) else {
                println!("MISSED {}: {:?}", case.name, label.start);
                continue;
            };
            found += 1;
            if q.speaker == label.speaker {
                speaker += 1;
            } else {
                println!(
                    "SPEAKER {}: {:?} got {:?} want {:?}",
                    case.name, label.start, q.speaker, label.speaker
                );
            }
            if q.speaker_description == label.speaker_description {
                desc += 1;
            } else {
                println!(
                    "DESC {}: {:?} got {:?} want {:?}",
                    case.name, label.start, q.speaker_description, label.speaker_description
                );
            }
        }
    }
    let share = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let (r, s, d) = (
        share(found, labelled),
        share(speaker, found),
        share(desc, found),
    );
    println!(
        "sources: {labelled} quotes in {} passages; recall {r:.3}, speaker {s:.3}, description {d:.3}",
        cases.len()
    );
    assert!(labelled >= 150, "the sources set holds {labelled} quotes");
    // Floors just under today's measure (151 quotes: recall 1.000, speaker 0.940,
    // description 0.947), above issue #19's targets (speaker 0.92, description 0.90).
    assert!(
        r >= SOURCES_FLOORS.0 && s >= SOURCES_FLOORS.1 && d >= SOURCES_FLOORS.2,
        "below the floors {SOURCES_FLOORS:?}"
    );
}

/// Recall, speaker and description floors of the sources set.
const SOURCES_FLOORS: (f64, f64, f64) = (0.99, 0.93, 0.94);

#[test]
fn a_hyphenated_given_name_stays_a_name_and_a_name_made_adjective_does_not() {
    assert_eq!(
        speakers_of(&["\"The trains must keep running,\" said Park Sung-ho, a deputy mayor."]),
        [said("Park Sung-ho", Some("said"))]
    );
    assert_eq!(
        speakers_of(&[
            "Jeb Bush offered a Trump-style retort, tweeting at him, \"you are a liar and a whiner.\""
        ]),
        [said("Jeb Bush", Some("tweeting"))]
    );
}
