//! Readable renderings of a [`Page`]: plain text and Markdown, for people and for tools that
//! index prose rather than JSON.

use std::fmt::Write;

use crate::model::{Article, Page};

impl Page {
    /// The page as plain text: per article the headline, a byline and date line, the
    /// paragraphs separated by blank lines, then the quotes with their speakers. A page
    /// without articles renders as `(no article)`.
    ///
    /// ```
    /// let page = newsprint::extract("<html><body><p>Nothing here.</p></body></html>")?;
    /// assert_eq!(page.to_text(), "(no article)\n");
    /// # Ok::<(), newsprint::Error>(())
    /// ```
    pub fn to_text(&self) -> String {
        render(self, Style::Text)
    }

    /// The page as Markdown: per article a `#` headline, an italic byline and date line, the
    /// paragraphs (with characters that would start Markdown syntax escaped), and a
    /// `Quotes` list. A page without articles renders as `*(no article)*`.
    pub fn to_markdown(&self) -> String {
        render(self, Style::Markdown)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Text,
    Markdown,
}

fn render(page: &Page, style: Style) -> String {
    let mut out = String::new();
    if page.articles.is_empty() {
        out.push_str(match style {
            Style::Text => "(no article)\n",
            Style::Markdown => "*(no article)*\n",
        });
    }
    for (i, article) in page.articles.iter().enumerate() {
        if i > 0 {
            out.push_str(match style {
                Style::Text => "\n",
                Style::Markdown => "\n---\n\n",
            });
        }
        article_to(&mut out, article, style);
    }
    out
}

fn article_to(out: &mut String, a: &Article, style: Style) {
    let md = style == Style::Markdown;
    if !a.headline.is_empty() {
        let _ = writeln!(
            out,
            "# {}\n",
            if md {
                escape(&a.headline)
            } else {
                a.headline.clone()
            }
        );
    }
    let mut line: Vec<String> = Vec::new();
    if !a.authors.is_empty() {
        line.push(format!("By {}", a.authors.join(", ")));
    }
    if let Some(p) = a.published {
        line.push(format!("Published {p}"));
    }
    if let Some(u) = a.updated {
        line.push(format!("Updated {u}"));
    }
    if !line.is_empty() {
        let line = line.join(" · ");
        let _ = if md {
            writeln!(out, "*{}*\n", escape(&line))
        } else {
            writeln!(out, "{line}\n")
        };
    }
    for p in &a.paragraphs {
        let _ = writeln!(out, "{}\n", if md { escape(p) } else { p.clone() });
    }
    if a.quotes.is_empty() {
        return;
    }
    if md {
        out.push_str("## Quotes\n\n");
    }
    for q in &a.quotes {
        let mut who = q.speaker.clone().unwrap_or_else(|| "(unattributed)".into());
        if let Some(d) = &q.speaker_description {
            let _ = write!(who, ", {d}");
        }
        let _ = if md {
            writeln!(out, "- “{}” — {}", escape(&q.text), escape(&who))
        } else {
            writeln!(out, "> “{}” — {who}", q.text)
        };
    }
}

/// Escapes what Markdown would read as markup: emphasis, code, links and HTML anywhere, and
/// headings, lists, quotes and rules at the start of a line.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    if out.starts_with(['#', '-', '+', '=']) {
        out.insert(0, '\\');
    } else if let Some(at) = out.find(['.', ')'])
        && at > 0
        && out
            .get(..at)
            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    {
        // "1. not a list": the delimiter is what Markdown lets us escape.
        out.insert(at, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_what_would_be_markup() {
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(escape("2024 was *big*"), "2024 was \\*big\\*");
        assert_eq!(escape("plain"), "plain");
    }

    #[test]
    fn an_untitled_article_has_no_empty_heading() {
        let page = Page {
            articles: vec![Article {
                paragraphs: vec!["Body.".to_string()],
                ..Article::default()
            }],
            ..Page::default()
        };
        assert_eq!(page.to_markdown().trim(), "Body.");
        assert_eq!(page.to_text().trim(), "Body.");
    }
}
