//! The document tree: the only module that knows the parser (html5ever).
//!
//! The parser builds ([`sink`]) a flat arena in document order (pre-order). A node's
//! subtree is then the contiguous id range `id..end`, so every walk is a loop over a range
//! (or a jump to `end` to skip a subtree): nothing here or elsewhere recurses over the DOM,
//! and dropping the tree is dropping a `Vec`.

use std::ops::Range;

use html5ever::LocalName;

use crate::error::{Error, Result};
use crate::options::Limits;

mod sink;

pub(crate) use html5ever::local_name as tag;

/// Index of a node in the arena; ids are in document order.
pub(crate) type NodeId = usize;

/// One element: its tag and attributes (names lowercased by the parser).
#[derive(Debug)]
pub(crate) struct Element {
    /// The tag name, an interned atom: compare with `tag!("p")`.
    pub name: LocalName,
    attrs: Vec<(LocalName, Box<str>)>,
}

impl Element {
    /// Every attribute as (name, value), in source order.
    pub fn attrs(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.attrs.iter().map(|(n, v)| (&**n, &**v))
    }

    /// The value of an attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| &**v)
    }
}

/// What a node holds.
#[derive(Debug)]
pub(crate) enum NodeData {
    /// The document itself (always id 0).
    Document,
    /// An element.
    Element(Element),
    /// A text node, as parsed (entities decoded, whitespace untouched).
    Text(Box<str>),
}

/// A node in the arena.
#[derive(Debug)]
pub(crate) struct Node {
    /// The parent's id (`None` only for the document).
    pub parent: Option<NodeId>,
    /// One past the last id of this node's subtree.
    pub end: NodeId,
    /// The content.
    pub data: NodeData,
}

/// A parsed document as a pre-order arena.
#[derive(Debug)]
pub(crate) struct Dom {
    nodes: Vec<Node>,
}

impl Dom {
    /// Parses a document, within the limits.
    pub fn parse(html: &str, limits: &Limits) -> Result<Dom> {
        let scan = prescan(html.as_bytes());
        if scan.max_depth > limits.max_depth {
            return Err(Error::TooDeep {
                limit: limits.max_depth,
            });
        }
        if scan.start_tags > limits.max_nodes {
            return Err(Error::TooManyNodes {
                limit: limits.max_nodes,
            });
        }
        Ok(Dom {
            nodes: sink::parse(html, limits)?,
        })
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// A node by id.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id)
    }

    /// The element at `id`, if it is one.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match self.nodes.get(id).map(|n| &n.data) {
            Some(NodeData::Element(e)) => Some(e),
            _ => None,
        }
    }

    /// The tag name at `id`, if it is an element.
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id).map(|e| &e.name)
    }

    /// Whether `id` is an element with this tag.
    pub fn is(&self, id: NodeId, name: &LocalName) -> bool {
        self.tag(id) == Some(name)
    }

    /// An attribute of the element at `id`.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    /// The text at `id`, if it is a text node.
    pub fn text_of(&self, id: NodeId) -> Option<&str> {
        match self.nodes.get(id).map(|n| &n.data) {
            Some(NodeData::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// One past the last id of the subtree at `id`.
    pub fn end(&self, id: NodeId) -> NodeId {
        self.nodes.get(id).map_or(id, |n| n.end)
    }

    /// The ids of the subtree at `id`, the node itself first.
    pub fn subtree(&self, id: NodeId) -> Range<NodeId> {
        id..self.end(id)
    }

    /// The parent of `id`.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes.get(id).and_then(|n| n.parent)
    }

    /// Whether `ancestor`'s subtree contains `id` (a node contains itself).
    pub fn contains(&self, ancestor: NodeId, id: NodeId) -> bool {
        self.subtree(ancestor).contains(&id)
    }

    /// The children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: id + 1,
            end: self.end(id),
        }
    }

    /// The element children of `id`, in order.
    pub fn child_elements(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|&c| self.element(c).is_some())
    }

    /// The ancestors of `id`, nearest first (not `id` itself).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), |&p| self.parent(p))
    }

    /// All element ids with this tag, in document order.
    pub fn elements_named<'a>(&'a self, name: &'a LocalName) -> impl Iterator<Item = NodeId> + 'a {
        (0..self.len()).filter(move |&i| self.is(i, name))
    }

    /// The text nodes of a subtree in document order, skipping the content of `<script>`,
    /// `<style>` and other non-text elements below `id` (the text of a `<script>` itself is
    /// read when `id` is that script).
    fn texts(&self, id: NodeId) -> impl Iterator<Item = &str> + '_ {
        let end = self.end(id);
        let mut i = id;
        std::iter::from_fn(move || {
            while i < end {
                let at = i;
                i += 1;
                match self.nodes.get(at).map(|n| &n.data) {
                    Some(NodeData::Text(t)) => return Some(&**t),
                    Some(NodeData::Element(e)) if at > id && is_non_text(&e.name) => {
                        i = self.end(at);
                    }
                    _ => {}
                }
            }
            None
        })
    }

    /// The whitespace-normalised text of a subtree, or `None` as soon as its raw text runs
    /// past `max` bytes: for judging short texts (headings) without reading a subtree that
    /// wraps half the page, so that nested candidates cost linear time, not quadratic.
    pub fn text_within(&self, id: NodeId, max: usize) -> Option<String> {
        let mut out = String::new();
        for t in self.texts(id) {
            out.push_str(t);
            if out.len() > max {
                return None;
            }
        }
        Some(crate::text::normalize(&out))
    }

    /// The whitespace-normalised start of a subtree's text: at least `bytes` bytes of raw
    /// text are read (all when shorter), so a check of how a long block opens costs no more
    /// than its opening.
    pub fn text_start(&self, id: NodeId, bytes: usize) -> String {
        let mut out = String::new();
        for t in self.texts(id) {
            if out.len() >= bytes {
                break;
            }
            out.push_str(t);
        }
        crate::text::normalize(&out)
    }

    /// The raw text of a subtree (text nodes concatenated, nothing normalised), skipping
    /// the content of `<script>`, `<style>` and other non-text elements below `id` (the
    /// text of a `<script>` itself is read when `id` is that script).
    pub fn raw_text(&self, id: NodeId) -> String {
        self.texts(id).collect()
    }

    /// The whitespace-normalised text of a subtree.
    pub fn text(&self, id: NodeId) -> String {
        crate::text::normalize(&self.raw_text(id))
    }
}

/// `<h1>` to `<h6>`.
pub(crate) fn is_heading(name: &LocalName) -> bool {
    matches!(
        *name,
        tag!("h1") | tag!("h2") | tag!("h3") | tag!("h4") | tag!("h5") | tag!("h6")
    )
}

/// Whether an element's content is never page text.
pub(crate) fn is_non_text(name: &LocalName) -> bool {
    matches!(
        *name,
        tag!("script")
            | tag!("style")
            | tag!("template")
            | tag!("svg")
            | tag!("math")
            | tag!("head")
    )
}

/// Iterator over a node's children.
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
    end: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        self.next = self.dom.end(id).max(id + 1);
        Some(id)
    }
}

/// What a cheap pass over the bytes tells before the real parse.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Prescan {
    /// An estimate of the deepest element nesting the parser will build.
    pub max_depth: usize,
    /// The number of start tags.
    pub start_tags: usize,
}

/// Estimates nesting depth and tag count without building a tree, so pathological pages
/// are refused before the tree builder (whose cost grows with depth) runs. Elements whose
/// end tag may be omitted (`p`, `li`, `td`, ...) and void elements do not count towards the
/// depth, so old pages that never close their paragraphs are not mistaken for deep ones.
pub(crate) fn prescan(bytes: &[u8]) -> Prescan {
    let mut scan = Prescan::default();
    let mut depth: usize = 0;
    let mut i = 0;
    while let Some(off) = memchr_lt(bytes, i) {
        i = off + 1;
        let rest = bytes.get(i..).unwrap_or_default();
        if rest.starts_with(b"!--") {
            i = find(bytes, i + 3, b"-->").map_or(bytes.len(), |p| p + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = if closing { i + 1 } else { i };
        let name = tag_name(bytes, name_start);
        if name.is_empty() {
            continue;
        }
        // Every name the lists below hold is short: longer ones are lowercased no further
        // than the buffer, which still tells them apart from all of those.
        let mut buf = [0u8; 16];
        let len = name.len().min(buf.len());
        for (b, c) in buf.iter_mut().zip(name) {
            *b = c.to_ascii_lowercase();
        }
        let name_lc = buf.get(..len).unwrap_or_default();
        if closing {
            if counts_for_depth(name_lc) {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        scan.start_tags += 1;
        let tag_end = find(bytes, name_start, b">").unwrap_or(bytes.len());
        let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
        if is_raw_text(name_lc) {
            i = skip_raw_text(bytes, tag_end, name_lc);
            continue;
        }
        if counts_for_depth(name_lc) && !self_closing {
            depth += 1;
            scan.max_depth = scan.max_depth.max(depth);
        }
        i = tag_end;
    }
    scan
}

fn memchr_lt(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr(b'<', bytes.get(from..)?).map(|p| p + from)
}

/// Finds `needle` (ASCII, lowercase) from `from`, ignoring ASCII case.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut at = from;
    loop {
        let hay = bytes.get(at..)?;
        let p = at + memchr::memchr2(first, first.to_ascii_uppercase(), hay)?;
        let candidate = bytes.get(p + 1..p + needle.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(rest)) {
            return Some(p);
        }
        at = p + 1;
    }
}

fn tag_name(bytes: &[u8], from: usize) -> &[u8] {
    let rest = bytes.get(from..).unwrap_or_default();
    if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return &[];
    }
    let len = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b':'))
        .unwrap_or(rest.len());
    rest.get(..len).unwrap_or_default()
}

fn is_raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"textarea"
            | b"title"
            | b"xmp"
            | b"iframe"
            | b"noembed"
            | b"noframes"
    )
}

fn skip_raw_text(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut close = Vec::with_capacity(name.len() + 2);
    close.extend_from_slice(b"</");
    close.extend_from_slice(name);
    find(bytes, from, &close).unwrap_or(bytes.len())
}

/// Elements that open a nesting level the parser keeps (not void, end tag not optional).
fn counts_for_depth(name: &[u8]) -> bool {
    !matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
            | b"keygen"
            | b"p"
            | b"li"
            | b"dd"
            | b"dt"
            | b"option"
            | b"optgroup"
            | b"tr"
            | b"td"
            | b"th"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"colgroup"
            | b"caption"
            | b"rb"
            | b"rt"
            | b"rtc"
            | b"rp"
            | b"html"
            | b"head"
            | b"body"
            | b"image"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dom(html: &str) -> Dom {
        Dom::parse(html, &Limits::default()).unwrap()
    }

    #[test]
    fn arena_is_preorder_with_subtree_ranges() {
        let d = dom("<div id=a><p>one <b>two</b></p><p>three</p></div><span>x</span>");
        let div = (0..d.len()).find(|&i| d.is(i, &tag!("div"))).unwrap();
        let kids: Vec<_> = d.child_elements(div).collect();
        assert_eq!(kids.len(), 2);
        assert_eq!(d.text(div), "one twothree");
        assert_eq!(d.text(kids[0]), "one two");
        let span = (0..d.len()).find(|&i| d.is(i, &tag!("span"))).unwrap();
        assert!(!d.contains(div, span));
        assert_eq!(d.attr(div, "id"), Some("a"));
    }

    #[test]
    fn prescan_ignores_optional_end_tags_and_raw_text() {
        let s = prescan(b"<div><p>a<p>b<p>c<script>if (a<b) {}</script></div>");
        assert_eq!(s.max_depth, 1);
        let deep = "<div>".repeat(50);
        assert_eq!(prescan(deep.as_bytes()).max_depth, 50);
        assert_eq!(prescan(b"<!-- <div><div> -->").max_depth, 0);
    }

    #[test]
    fn too_deep_is_an_error() {
        let deep = "<div>".repeat(200);
        let limits = Limits {
            max_depth: 100,
            ..Limits::default()
        };
        assert_eq!(
            Dom::parse(&deep, &limits).unwrap_err(),
            Error::TooDeep { limit: 100 }
        );
    }
}
