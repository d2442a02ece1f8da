//! Headlines: the visible heading, cross-checked with the head's titles, without the site
//! name that `<title>` and `og:title` often carry.

use crate::text::{normalize, squash};

/// Separators between a title and a site name ("Title | Site", "Site: Title").
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " « ", " » ", ": ",
];

/// Removes a site-name prefix or suffix from a title. A part is cut only when it matches a
/// known site name or the host, so headlines that contain " - " or ": " stay whole.
/// A title naming its site twice ("SoundStage! | SoundStage.com - Title", "Title | Site |
/// Site") loses each copy: the stripping repeats, a few times at most.
pub(crate) fn strip_site_name(title: &str, site_names: &[&str]) -> String {
    let mut title = normalize(title);
    let keys = site_keys(site_names);
    if keys.is_empty() {
        return title;
    }
    for _ in 0..SITE_PARTS_MAX {
        // A "site name" holding the whole title (an `og:site_name` set to the page's title)
        // names no site.
        let whole = squash(&title);
        let keys: Vec<String> = keys
            .iter()
            .filter(|k| !k.contains(whole.as_str()))
            .cloned()
            .collect();
        match strip_one_site_part(&title, &keys) {
            Some(shorter) => title = shorter,
            None => break,
        }
    }
    title
}

/// Whether a heading names the site by its host rather than saying a headline: the host
/// itself ("davidbau.com" for the label `davidbau`), or two or more words that the host's
/// label runs together ("Lessons Learned" of `startuplessonslearned`).
pub(crate) fn names_host(text: &str, host_label: &str) -> bool {
    let key = squash(host_label);
    let p = squash(text);
    if key.len() < 4 || p.is_empty() {
        return false;
    }
    let domain = text.trim().rsplit_once('.').is_some_and(|(name, tld)| {
        !tld.is_empty()
            && tld.chars().all(|c| c.is_ascii_alphabetic())
            && squash(name).ends_with(key.as_str())
    });
    let words = text.split_whitespace().count();
    domain || (words >= 2 && p.len() >= 8 && key.contains(p.as_str()))
}

/// Whether a heading is the site name a title ends with, written shorter ("Minecraft News"
/// for "Minecraft 1.8 - The Bountiful Update - Minecraft Update News"): a blog's masthead
/// `<h1>` over a post whose own heading is smaller.
pub(crate) fn is_title_tail(title: &str, text: &str) -> bool {
    let p = squash(text);
    let whole = squash(title);
    SEPARATORS
        .iter()
        .filter(|sep| !sep.contains(':'))
        .filter_map(|sep| title.rsplit_once(sep))
        .any(|(head, tail)| {
            let tail = squash(tail);
            !squash(head).is_empty() && tail != whole && (tail == p || abbreviates(&p, &tail))
        })
}

/// Site names one title may carry, stripped one by one.
const SITE_PARTS_MAX: usize = 3;

/// The title without one site part: after a separator, before one, or in parentheses at
/// the end ("The Fold-and-Cut Problem (Erik Demaine)"). `None` when no part is a site.
fn strip_one_site_part(title: &str, keys: &[String]) -> Option<String> {
    for sep in SEPARATORS {
        if let Some(head) = before_site(title, sep, keys) {
            return Some(head);
        }
        if let Some((head, tail)) = title.split_once(sep)
            && is_site(head, keys)
            && !tail.trim().is_empty()
        {
            return Some(tail.trim().to_string());
        }
    }
    // The domain written before the title without a separator ("davidbau.com Vibe Coding").
    if let Some((first, rest)) = title.split_once(' ')
        && first.contains('.')
        && is_site(first, keys)
        && !rest.trim().is_empty()
    {
        return Some(rest.trim().to_string());
    }
    let (head, aside) = title.strip_suffix(')')?.rsplit_once(" (")?;
    (is_site(aside, keys) && !head.trim().is_empty()).then(|| head.trim().to_string())
}

/// Removes a site-name suffix after a dash or a bar ("Checklist | Bridgestone Tires"), and
/// nothing at the start: a heading that opens with a brand or a newsletter's name
/// ("Nintendo Switch - OLED Model", "Almost Timely News: …") says it on purpose.
fn strip_site_suffix(text: &str, site_names: &[&str]) -> String {
    let text = normalize(text);
    let keys = site_keys(site_names);
    SEPARATORS
        .iter()
        .filter(|s| !s.contains(':'))
        .find_map(|sep| before_site(&text, sep, &keys))
        .unwrap_or(text)
}

/// Site names squashed for comparison (one letter is too short to mean a site).
fn site_keys(site_names: &[&str]) -> Vec<String> {
    site_names
        .iter()
        .map(|s| squash(s))
        .filter(|s| s.len() >= 2)
        .collect()
}

/// The part of `text` before its last `sep` when what follows is a site name.
fn before_site(text: &str, sep: &str, keys: &[String]) -> Option<String> {
    text.rsplit_once(sep)
        .filter(|(head, tail)| is_site(tail, keys) && !head.trim().is_empty())
        .map(|(head, _)| head.trim().to_string())
}

fn is_site(part: &str, keys: &[String]) -> bool {
    let p = squash(part);
    !p.is_empty()
        && keys.iter().any(|k| {
            p == *k
                || (p.contains(k.as_str()) && p.len() <= k.len() + 12)
                || (k.contains(p.as_str()) && p.len() >= 4)
                || abbreviates(k, &p)
        })
}

/// Whether a host label abbreviates a site name by dropping words or letters, in order:
/// "millbrooksentinel" for "Millbrook Daily Sentinel", "nytimes" for "The New York Times".
/// Bounded in length so that a long headline, which contains almost any short key as a
/// scattered subsequence, never counts.
fn abbreviates(key: &str, part: &str) -> bool {
    if key.len() < 4 || part.len() > key.len() * 2 {
        return false;
    }
    let mut rest = part.chars();
    key.chars().all(|c| rest.any(|p| p == c))
}

/// Removes a ` | Section` tail that the headline shares with a differently worded title
/// ("… physical health | Opinion" beside "The full impact of … | Opinion"): a label the
/// site appends to every heading, not part of this one. At most three words are cut.
pub(crate) fn strip_shared_suffix(headline: &str, titles: &[String]) -> String {
    for sep in SEPARATORS {
        let Some((head, tail)) = headline.rsplit_once(sep) else {
            continue;
        };
        let short = tail.split_whitespace().count() <= 3;
        let shared = titles.iter().any(|t| {
            !same_headline(t, headline)
                && t.rsplit_once(sep)
                    .is_some_and(|(_, t_tail)| squash(t_tail) == squash(tail))
        });
        if short && shared && !head.trim().is_empty() && !squash(tail).is_empty() {
            return head.trim().to_string();
        }
    }
    headline.to_string()
}

/// Whether two headlines say the same thing (ignoring case, punctuation and a site name
/// left on one of them).
pub(crate) fn same_headline(a: &str, b: &str) -> bool {
    same_squashed(&squash(a), &squash(b))
}

/// [`same_headline`] of two texts already passed through [`squash`] (for loops that compare
/// many texts with the same few titles).
pub(crate) fn same_squashed(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !short.is_empty()
        && (short == long
            || (short.len() > 20 && long.starts_with(short) && long.len() * 2 <= short.len() * 3))
}

/// Whether a heading is the title's own part beside a site name: the part before a
/// separator ("Hermitian matrix" of "Hermitian matrix - Wikipedia", when the site name is
/// not known to strip it), or the longer part after a colon ("Site News: Storm hits the
/// coast"). Not the part after a dash or bar ("Royal Black" of "Ridge Wallet - Royal
/// Black" is a variant, "SQLAlchemy 2.0 Documentation" of "ORM Quick Start — SQLAlchemy
/// 2.0 Documentation" the site).
pub(crate) fn part_of_title(title: &str, heading: &str) -> bool {
    let h = squash(heading);
    !h.is_empty()
        && (SEPARATORS.iter().any(|sep| {
            title
                .split_once(sep)
                .is_some_and(|(head, _)| squash(head) == h)
        }) || title
            .split_once(": ")
            .is_some_and(|(head, tail)| squash(tail) == h && tail.len() > head.len()))
}

/// A heading's text made a headline: without a site name at either end ("… | Bridgestone
/// Tires"), without a label before a colon that the titles do not have ("Blog: Best …"
/// beside the title "Best …"), without a section tail it shares with the titles.
pub(crate) fn tidy(text: &str, titles: &[String], site_names: &[&str]) -> String {
    let text = strip_site_suffix(text, site_names);
    let text = match text.split_once(": ") {
        Some((label, rest))
            if label.split_whitespace().count() <= 2
                && titles.iter().any(|t| same_headline(t, rest))
                && !titles.iter().any(|t| same_headline(t, &text)) =>
        {
            rest.to_string()
        }
        _ => text,
    };
    strip_shared_suffix(&text, titles)
}

/// The registrable label of a URL's host, as a site-name candidate: "bridgestone" for
/// `tires.bridgestone.com`, "newegg" for `promotions.newegg.com`, "bbc" for `www.bbc.co.uk`
/// (a two-letter country code after a short second level such as `co`, `com`, `org` is
/// read as one suffix).
pub(crate) fn host_label(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_ascii_lowercase();
    // A blog on a hosting service is named by its own label ("siliconexposed" of
    // `siliconexposed.blogspot.com`).
    if let Some(site) = crate::patterns::boilerplate::HOSTING_SUFFIXES
        .iter()
        .find_map(|sfx| host.strip_suffix(sfx).and_then(|h| h.strip_suffix('.')))
    {
        return site
            .rsplit('.')
            .next()
            .filter(|l| !l.is_empty())
            .map(str::to_string);
    }
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let suffix = match labels.as_slice() {
        [.., _, second, tld] if tld.len() == 2 && second.len() <= 3 => 2,
        [_, _, ..] => 1,
        _ => 0,
    };
    labels
        .len()
        .checked_sub(suffix + 1)
        .and_then(|k| labels.get(k))
        .map(|l| l.to_string())
}

/// The text of a headline element without a kicker set inside it (an element whose class
/// says kicker, with other text beside it).
pub(crate) fn heading_text(dom: &crate::dom::Dom, heading: usize) -> String {
    use crate::patterns::boilerplate::KICKER_TOKENS;
    // Kickers, and a `<time>` set inside the heading ("Dec 18 2025 Preparing a transition").
    let is_kicker = |i: usize| {
        i != heading
            && (dom.is(i, &crate::dom::tag!("time"))
                || dom.attr(i, "class").is_some_and(|c| {
                    crate::score::tokens(c).any(|t| crate::score::is_one_of(t, KICKER_TOKENS))
                }))
    };
    let mut out = String::new();
    let mut i = heading;
    while i < dom.end(heading) {
        if is_kicker(i) {
            i = dom.end(i).max(i + 1);
            continue;
        }
        if let Some(t) = dom.text_of(i) {
            out.push_str(t);
        } else if i != heading
            && dom
                .tag(i)
                .is_some_and(|t| *t == crate::dom::tag!("br") || crate::score::is_block(t))
        {
            // A line break or a block inside the heading parts words.
            out.push(' ');
        }
        i += 1;
    }
    let text = crate::text::normalize(&out);
    if text.is_empty() {
        dom.text(heading)
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_blocks_in_a_heading_part_words() {
        let dom = crate::dom::Dom::parse(
            "<h1>Storm hits coast<br>Thousands evacuated</h1><h2><div>Part one</div><div>part two</div></h2><h3><b>Bold</b>face</h3>",
            &crate::options::Limits::default(),
        )
        .unwrap();
        let heads: Vec<String> = (0..dom.len())
            .filter(|&i| dom.tag(i).is_some_and(crate::dom::is_heading))
            .map(|i| heading_text(&dom, i))
            .collect();
        assert_eq!(
            heads,
            [
                "Storm hits coast Thousands evacuated",
                "Part one part two",
                "Boldface"
            ]
        );
    }

    #[test]
    fn tidy_headings() {
        let titles = vec!["Best Agencies in 2025 (Ranked)".to_string()];
        assert_eq!(
            tidy("Blog: Best Agencies in 2025 (Ranked)", &titles, &[]),
            "Best Agencies in 2025 (Ranked)"
        );
        assert_eq!(
            tidy("Checklist | Bridgestone Tires", &[], &["bridgestone"]),
            "Checklist"
        );
        assert_eq!(
            tidy("Storm: what we know", &titles, &[]),
            "Storm: what we know"
        );
    }

    #[test]
    fn host_labels_are_registrable_names() {
        let label = |u: &str| host_label(u);
        assert_eq!(
            label("https://tires.bridgestone.com/x").as_deref(),
            Some("bridgestone")
        );
        assert_eq!(label("https://www.bbc.co.uk/news").as_deref(), Some("bbc"));
        assert_eq!(label("https://example.com").as_deref(), Some("example"));
        assert_eq!(label("http://localhost/").as_deref(), Some("localhost"));
        assert_eq!(
            label("https://siliconexposed.blogspot.com/2016/x.html").as_deref(),
            Some("siliconexposed")
        );
        assert_eq!(label("https://a.b.github.io/").as_deref(), Some("b"));
    }

    #[test]
    fn a_heading_that_is_one_part_of_a_title() {
        assert!(part_of_title(
            "Hermitian matrix - Wikipedia",
            "Hermitian matrix"
        ));
        assert!(part_of_title(
            "Site News: Storm hits coast",
            "Storm hits coast"
        ));
        assert!(!part_of_title("Hermitian matrix - Wikipedia", "Matrix"));
        assert!(!part_of_title("Hermitian matrix", "Hermitian matrix"));
        assert!(!part_of_title("Ridge Wallet - Royal Black", "Royal Black"));
    }

    #[test]
    fn strips_a_section_label_shared_with_the_title() {
        let titles = ["The full impact of meditation on mind | Opinion".to_string()];
        assert_eq!(
            strip_shared_suffix("How meditation rewires brains | Opinion", &titles),
            "How meditation rewires brains"
        );
        assert_eq!(
            strip_shared_suffix("Spider-Man | The review", &titles),
            "Spider-Man | The review"
        );
    }

    #[test]
    fn strips_only_the_site_name() {
        assert_eq!(
            strip_site_name("Big news today | Harbour Wire", &["Harbour Wire"]),
            "Big news today"
        );
        assert_eq!(
            strip_site_name("Harbour Wire: Big news", &["Harbour Wire"]),
            "Big news"
        );
        assert_eq!(
            strip_site_name("Spider-Man - the review: a triumph", &["Harbour Wire"]),
            "Spider-Man - the review: a triumph"
        );
        assert_eq!(
            strip_site_name(
                "Millbrook Daily Sentinel - Council OKs rate hike",
                &["millbrooksentinel"]
            ),
            "Council OKs rate hike"
        );
        assert_eq!(
            strip_site_name(
                "Sentinel tells council: raise the rates",
                &["millbrooksentinel"]
            ),
            "Sentinel tells council: raise the rates"
        );
        assert_eq!(
            strip_site_name("Title - harbourwire.example", &["harbourwire"]),
            "Title"
        );
        assert_eq!(
            strip_site_name(
                "Pulse! | PulseWire.com - Five quiet headphones",
                &["Pulse Wire"]
            ),
            "Five quiet headphones"
        );
        assert_eq!(
            strip_site_name("Better loans | LoanCo | LoanCo", &["loanco"]),
            "Better loans"
        );
        assert_eq!(
            strip_site_name("The fold problem (Erik Demaine)", &["Erik Demaine"]),
            "The fold problem"
        );
        assert_eq!(
            strip_site_name(
                "Design a site: the guide | Clay",
                &["Design a site: the guide | Clay", "clay"]
            ),
            "Design a site: the guide"
        );
        assert_eq!(
            strip_site_name("Tea (and cakes)", &["Harbour Wire"]),
            "Tea (and cakes)"
        );
        assert_eq!(
            strip_site_name("No site known - here", &[]),
            "No site known - here"
        );
    }

    #[test]
    fn headings_that_name_the_host_or_the_titles_site() {
        assert!(names_host("davidbau.com", "davidbau"));
        assert!(names_host("Lessons Learned", "startuplessonslearned"));
        assert!(!names_host("Learned", "startuplessonslearned"));
        assert!(!names_host("Storm hits the coast", "startuplessonslearned"));
        assert!(!names_host("Austin Hardware Catalog", "austinhardware"));
        let title = "Minecraft 1.8 - The Bountiful Update - Minecraft Update News";
        assert!(is_title_tail(title, "Minecraft News"));
        assert!(!is_title_tail(title, "The Bountiful Update"));
        assert!(!is_title_tail("Minecraft News", "Minecraft News"));
        assert_eq!(
            strip_site_name("davidbau.com Vibe Coding", &["davidbau"]),
            "Vibe Coding"
        );
        assert_eq!(
            strip_site_name("Node.js turns 15", &["davidbau"]),
            "Node.js turns 15"
        );
    }

    #[test]
    fn same_headline_ignores_punctuation() {
        assert!(same_headline(
            "New US guidance, tougher realities",
            "New US guidance — tougher realities!"
        ));
        assert!(!same_headline("One story", "Another story"));
    }
}
