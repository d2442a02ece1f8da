//! Unit tests for the shapes real news takes (issue #19): signed and verb-first
//! attributions, described subjects, clauses after a cue, places and parentheses.

use super::tests::{said, speakers_of};

/// The subject `sentence_subject` reads in `s`.
fn subject_of(s: &str) -> super::np::Subject {
    super::attribution::sentence_subject(super::np::Win { masked: s, orig: s })
}

#[test]
fn a_described_subject_ends_at_its_predicate_and_keeps_its_clause() {
    use super::np::Subject;
    let unnamed = |s: &str| Subject::Unnamed(s.to_string());
    assert_eq!(
        subject_of("The central bank left interest rates unchanged on Thursday."),
        unnamed("The central bank")
    );
    assert_eq!(
        subject_of("The foreign ministry summoned the ambassador on Monday."),
        unnamed("The foreign ministry")
    );
    // Compound nouns and participles with their preposition still describe.
    assert_eq!(
        subject_of("A senior government official declined to comment."),
        unnamed("A senior government official")
    );
    assert_eq!(
        subject_of("A diplomat involved in the talks said little."),
        unnamed("A diplomat involved in the talks")
    );
    assert_eq!(
        subject_of("A woman who lives opposite the site said she had complained."),
        unnamed("A woman who lives opposite the site")
    );
    assert_eq!(
        subject_of("Voltline, the electric scooter company, has pulled 3,000 scooters."),
        Subject::Named {
            name: "Voltline".into(),
            desc: Some("the electric scooter company".into())
        }
    );
}

#[test]
fn signatures_inverted_cues_and_restarted_quotes_are_read() {
    // A signature after the quote, on its line or the next.
    assert_eq!(
        speakers_of(&["“The staff were kind to my mother all week.” ― Maria Lopez, a visitor"]),
        [(Some("Maria Lopez".to_string()), None)]
    );
    assert_eq!(
        speakers_of(&["“Quick and friendly service.”", "— Tom Reyes, Leeds"]),
        [(Some("Tom Reyes".to_string()), None)]
    );
    // A dash before a lowercase comment signs nothing.
    assert_eq!(
        speakers_of(&["“It was not what we ordered,” — a view many shared."]),
        [(None, None)]
    );
    // The verb before its subject.
    assert_eq!(
        speakers_of(&[
            "The house was renovated. Said Dora Poynter, a neighbour, “We were all so proud.”"
        ]),
        [said("Dora Poynter", Some("said"))]
    );
    assert_eq!(
        speakers_of(&["Added the mayor: “We will rebuild the bridge before winter.”"]),
        [said("the mayor", Some("added"))]
    );
    // An opener of the same kind after a finished sentence: the first quote lost its
    // closing mark, and the second is a quote of its own.
    assert_eq!(
        speakers_of(&["Lena Ortiz said. “Fans revel in it. “There is another side,” Ortiz said."])
            .len(),
        2
    );
}

#[test]
fn brackets_and_affiliations_between_a_name_and_its_cue_are_read_past() {
    assert_eq!(
        speakers_of(&["“They have nothing to worry about,” Sen. Ada Kerr (D-N.Y.) said Tuesday."]),
        [said("Ada Kerr", Some("said"))]
    );
    assert_eq!(
        speakers_of(&["“Perpetual motion!” Rep. Glen Tobin, R-Pa., said of the week."]),
        [said("Glen Tobin", Some("said"))]
    );
    // A place a preposition governs is not the speaker.
    assert_eq!(
        speakers_of(&[
            "Clara Voss, during a meeting in Columbus, Ohio, said she was “going to put miners out of work.”"
        ]),
        [said("Clara Voss", Some("said"))]
    );
    assert_eq!(
        speakers_of(&[
            "Speaking at a town hall in Salem, New Hampshire, Bram Tolle went after his rival, calling him “a total stiff.”"
        ]),
        [said("Bram Tolle", Some("calling"))]
    );
}

#[test]
fn a_name_after_the_cue_that_starts_a_clause_is_not_the_speaker() {
    assert_eq!(
        speakers_of(&[
            "Ian Podd, a former adviser, said Obama “understood he could not win without a credible plan.”"
        ]),
        [said("Ian Podd", Some("said"))]
    );
    assert_eq!(
        speakers_of(&[
            "Nora Lind, also in Wisconsin, said Tom Hale is responsible and accused him of “inciting violence.”"
        ]),
        [said("Nora Lind", Some("said"))]
    );
    // A characterising verb's object is not its subject.
    assert_eq!(
        speakers_of(&["Tom Hale, who leads the race, mocked Ned Ruby for “having a tough night.”"]),
        [said("Tom Hale", Some("mocked"))]
    );
}

#[test]
fn second_verbs_and_participles_share_the_first_verbs_subject() {
    assert_eq!(
        speakers_of(&[
            "Omar left as soon as prayers ended, Sami Nefzi said, adding, “He was not very religious.”"
        ]),
        [said("Sami Nefzi", Some("adding"))]
    );
    assert_eq!(
        speakers_of(&[
            "Ben Carr took the stage at the Grand Hotel in Baltimore and called the system “rotten to the core.”"
        ]),
        [said("Ben Carr", Some("called"))]
    );
    // A bare attribution as the next sentence.
    assert_eq!(
        speakers_of(&["“I hope you find the emails that are missing.” Dana Holt said."]),
        [said("Dana Holt", Some("said"))]
    );
}

#[test]
fn a_fragment_after_its_sentences_subject_is_that_subjects_words() {
    // No speech verb: the phrase is still what the subject said or wrote.
    assert_eq!(
        speakers_of(&[
            "Councillor Maria Lopez would denounce “self-serving paperwork,” which she blames for the delays."
        ]),
        [said("Maria Lopez", None)]
    );
    assert_eq!(
        speakers_of(&[
            "Dana Holt chaired the panel for six years.",
            "She thanked the volunteers for “keeping the library open when nobody else would.”",
        ]),
        [said("Dana Holt", None)]
    );
    // A subject that cannot speak, a term after "the", a list of terms, a capitalised
    // name: the writer's own words.
    assert!(speakers_of(&["The plan would be funded by “closing tax loopholes.”"]).is_empty());
    assert!(
        speakers_of(&["Maria Lopez entered the “expectations game” early this year."]).is_empty()
    );
    assert!(
        speakers_of(&["Maria Lopez visited the volunteers and “civic spirit” groups on Monday."])
            .is_empty()
    );
    assert!(speakers_of(&["Maria Lopez praised the “Harbour Walk” scheme on Monday."]).is_empty());
}

#[test]
fn a_colon_after_a_name_introduces_that_persons_words() {
    assert_eq!(
        speakers_of(&[
            "The late swing did not surprise pollster Jane Okafor: “Undecided voters broke for the challenger in every county.”"
        ]),
        [said("Jane Okafor", None)]
    );
    // A heading run into the line is not part of the name.
    assert_eq!(
        speakers_of(&[
            "TURNOUT BEAT EVERY FORECAST - Jane Okafor: “We have never seen queues like these.”"
        ]),
        [said("Jane Okafor", None)]
    );
    // A name governed by a preposition is not the speaker; the colon still introduces
    // a quotation.
    let q = speakers_of(&[
        "Senator Ruth Abara sent a blunt message to Tom Reed: “It is time to stop attacking our own candidates.”",
    ]);
    assert_eq!(q.len(), 1);
    assert_ne!(q[0].0.as_deref(), Some("Tom Reed"));
    // No one named at all: still a quotation.
    assert_eq!(
        speakers_of(&["The flyer had one message: “Vote early, vote often.”"]).len(),
        1
    );
}

#[test]
fn present_tense_cues_attribute_like_past_ones() {
    assert_eq!(
        speakers_of(&["Maria Lopez admits “the budget was never going to be enough.”"]),
        [said("Maria Lopez", Some("admits"))]
    );
    assert_eq!(
        speakers_of(&["“Nobody told us anything,” Dana Holt fumes."]),
        [said("Dana Holt", Some("fumes"))]
    );
}
