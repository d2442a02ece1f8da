//! html5ever's tree builder writing straight into our nodes.
//!
//! The parser appends nodes in document order almost always, but not quite: misnested
//! formatting tags move children between parents (the adoption agency), table-misplaced
//! content is inserted before the table (foster parenting). So nodes are built with
//! parent/child/sibling links, and [`Building::into_arena`] lays them out in pre-order once
//! the parse is done, moving each node's data (names and attributes as they are; a text's
//! tendril copied once into its boxed string).

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName, local_name, ns};

use super::{Element, Node, NodeData, NodeId};
use crate::error::{Error, Result};
use crate::options::Limits;

/// Parses a document into pre-order nodes. A page that keeps its content in `<noscript>`
/// (a forum's server-rendered posts under a script app) is parsed as a browser without
/// scripts would, so that content is markup the cleaner judges like any other; every other
/// page as a browser with scripts, `<noscript>` holding nothing. Text set straight inside
/// `<noscript>` ("Please enable JavaScript") is never kept.
pub(super) fn parse(html: &str, limits: &Limits) -> Result<Vec<Node>> {
    let sink = Sink(RefCell::new(Building::new()));
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: !content_in_noscript(html),
            ..Default::default()
        },
        ..Default::default()
    };
    html5ever::parse_document(sink, opts)
        .one(html)
        .into_arena(limits)
}

/// Bytes of markup inside one `<noscript>` from which it may hold a page's content.
const NOSCRIPT_CONTENT_BYTES: usize = 2_000;

/// Whether a `<noscript>` of the page holds enough markup to be its content, and none
/// opens an `<iframe>` it does not close (parsed as markup, a self-closed `<iframe/>` of a
/// tag manager's snippet would swallow the rest of the page as its text).
fn content_in_noscript(html: &str) -> bool {
    use crate::patterns::{boilerplate as bp, compile_bytes};
    use regex::bytes::Regex;
    use std::sync::LazyLock;
    static NOSCRIPT_OPEN: LazyLock<Regex> = LazyLock::new(|| compile_bytes(bp::NOSCRIPT_OPEN));
    static NOSCRIPT_CLOSE: LazyLock<Regex> = LazyLock::new(|| compile_bytes(bp::NOSCRIPT_CLOSE));
    static IFRAME_OPEN: LazyLock<Regex> = LazyLock::new(|| compile_bytes(bp::IFRAME_OPEN));
    static IFRAME_CLOSE: LazyLock<Regex> = LazyLock::new(|| compile_bytes(bp::IFRAME_CLOSE));
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| compile_bytes(bp::SPECIAL_BLOCK_TAG));
    let html = html.as_bytes();
    let mut big = false;
    let mut at = 0;
    while let Some(open) = NOSCRIPT_OPEN.find_at(html, at) {
        let end = NOSCRIPT_CLOSE
            .find_at(html, open.end())
            .map_or(html.len(), |m| m.start());
        let inner = html.get(open.end()..end).unwrap_or_default();
        if IFRAME_OPEN.find_iter(inner).count() > IFRAME_CLOSE.find_iter(inner).count()
            || !blocks_balance(&BLOCK, inner)
        {
            return false;
        }
        big |= inner.len() >= NOSCRIPT_CONTENT_BYTES;
        at = end.max(open.end());
    }
    big
}

/// Whether every block element opened in `inner` is closed there, name by name (one left
/// open would keep the `<noscript>` open to the end of the page).
fn blocks_balance(block: &regex::bytes::Regex, inner: &[u8]) -> bool {
    let mut open: Vec<(Vec<u8>, i64)> = Vec::new();
    for c in block.captures_iter(inner) {
        let (Some(slash), Some(name)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let name = name.as_bytes().to_ascii_lowercase();
        let step = if slash.as_bytes().is_empty() { 1 } else { -1 };
        match open.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += step,
            None => open.push((name, step)),
        }
    }
    open.iter().all(|(_, count)| *count == 0)
}

/// What a node under construction holds.
enum Data {
    /// The document, or a template's contents.
    Document,
    /// An element, with its full name (the tree builder asks for the namespace).
    Element(QualName, Vec<(html5ever::LocalName, Box<str>)>),
    /// Text, grown as the tokenizer hands it over.
    Text(StrTendril),
    /// A comment or processing instruction: linked, so texts around it stay apart, but
    /// never laid out.
    Other,
}

/// A node under construction; links are indices into [`Building::nodes`].
struct Slot {
    data: Data,
    parent: Option<usize>,
    first_child: Option<usize>,
    last_child: Option<usize>,
    prev: Option<usize>,
    next: Option<usize>,
}

/// The tree under construction.
pub(super) struct Building {
    nodes: Vec<Slot>,
    /// The name reported for a handle that is not an element (the tree builder never asks).
    no_name: QualName,
}

const DOCUMENT: usize = 0;

impl Building {
    fn new() -> Building {
        Building {
            nodes: vec![Slot::new(Data::Document)],
            no_name: QualName::new(None, ns!(html), local_name!("")),
        }
    }

    /// Whether a node is a `<noscript>` element.
    fn is_noscript(&self, id: usize) -> bool {
        self.nodes.get(id).is_some_and(
            |s| matches!(&s.data, Data::Element(q, _) if q.local == local_name!("noscript")),
        )
    }

    fn push(&mut self, data: Data) -> usize {
        self.nodes.push(Slot::new(data));
        self.nodes.len() - 1
    }

    fn slot(&mut self, id: usize) -> Option<&mut Slot> {
        self.nodes.get_mut(id)
    }

    fn link(&self, id: usize, f: impl Fn(&Slot) -> Option<usize>) -> Option<usize> {
        self.nodes.get(id).and_then(f)
    }

    /// Unlinks a node from its parent and siblings.
    fn detach(&mut self, id: usize) {
        let Some(slot) = self.nodes.get(id) else {
            return;
        };
        let (parent, prev, next) = (slot.parent, slot.prev, slot.next);
        match prev.and_then(|p| self.slot(p)) {
            Some(p) => p.next = next,
            None => {
                if let Some(par) = parent.and_then(|p| self.slot(p)) {
                    par.first_child = next;
                }
            }
        }
        match next.and_then(|n| self.slot(n)) {
            Some(n) => n.prev = prev,
            None => {
                if let Some(par) = parent.and_then(|p| self.slot(p)) {
                    par.last_child = prev;
                }
            }
        }
        if let Some(slot) = self.slot(id) {
            slot.parent = None;
            slot.prev = None;
            slot.next = None;
        }
    }

    /// Links a parentless node as the last child of `parent`.
    fn append_node(&mut self, parent: usize, id: usize) {
        self.detach(id);
        let last = self.link(parent, |s| s.last_child);
        if let Some(slot) = self.slot(id) {
            slot.parent = Some(parent);
            slot.prev = last;
        }
        match last.and_then(|l| self.slot(l)) {
            Some(l) => l.next = Some(id),
            None => {
                if let Some(p) = self.slot(parent) {
                    p.first_child = Some(id);
                }
            }
        }
        if let Some(p) = self.slot(parent) {
            p.last_child = Some(id);
        }
    }

    /// Links a parentless node just before `sibling`.
    fn insert_before(&mut self, sibling: usize, id: usize) {
        let Some(parent) = self.link(sibling, |s| s.parent) else {
            return;
        };
        self.detach(id);
        let prev = self.link(sibling, |s| s.prev);
        if let Some(slot) = self.slot(id) {
            slot.parent = Some(parent);
            slot.prev = prev;
            slot.next = Some(sibling);
        }
        if let Some(s) = self.slot(sibling) {
            s.prev = Some(id);
        }
        match prev.and_then(|p| self.slot(p)) {
            Some(p) => p.next = Some(id),
            None => {
                if let Some(p) = self.slot(parent) {
                    p.first_child = Some(id);
                }
            }
        }
    }

    /// Adds text to the text node `at`, if it is one.
    fn grow_text(&mut self, at: Option<usize>, text: &StrTendril) -> bool {
        match at.and_then(|a| self.slot(a)).map(|s| &mut s.data) {
            Some(Data::Text(t)) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }

    /// Lays the tree out in pre-order (iteratively), within the limits.
    fn into_arena(mut self, limits: &Limits) -> Result<Vec<Node>> {
        let mut nodes: Vec<Node> = Vec::with_capacity(self.nodes.len());
        // (arena id, building id) of the open containers.
        let mut open: Vec<(NodeId, usize)> = Vec::new();
        let mut next = Some(DOCUMENT);
        while let Some(at) = next {
            let Some(slot) = self.nodes.get_mut(at) else {
                break;
            };
            let data = match std::mem::replace(&mut slot.data, Data::Other) {
                Data::Document => Some(NodeData::Document),
                Data::Element(name, attrs) => Some(NodeData::Element(Element {
                    name: name.local,
                    attrs,
                })),
                Data::Text(t) => Some(NodeData::Text(Box::from(&*t))),
                Data::Other => None,
            };
            let first_child = slot.first_child;
            let mut descend = false;
            if let Some(data) = data {
                let id = nodes.len();
                if id >= limits.max_nodes {
                    return Err(Error::TooManyNodes {
                        limit: limits.max_nodes,
                    });
                }
                if open.len() > limits.max_depth {
                    return Err(Error::TooDeep {
                        limit: limits.max_depth,
                    });
                }
                let holds_children = !matches!(data, NodeData::Text(_));
                nodes.push(Node {
                    parent: open.last().map(|&(id, _)| id),
                    end: id + 1,
                    data,
                });
                if holds_children && first_child.is_some() {
                    open.push((id, at));
                    descend = true;
                }
            }
            if descend {
                next = first_child;
                continue;
            }
            // On to the next sibling, closing the containers this was the last child of.
            let mut from = at;
            next = loop {
                if let Some(sibling) = self.link(from, |s| s.next) {
                    break Some(sibling);
                }
                let Some((id, building)) = open.pop() else {
                    break None;
                };
                let end = nodes.len();
                if let Some(n) = nodes.get_mut(id) {
                    n.end = end;
                }
                from = building;
            };
        }
        Ok(nodes)
    }
}

impl Slot {
    fn new(data: Data) -> Slot {
        Slot {
            data,
            parent: None,
            first_child: None,
            last_child: None,
            prev: None,
            next: None,
        }
    }
}

/// The tree builder's view of [`Building`].
struct Sink(RefCell<Building>);

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Building;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Building {
        self.0.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Ref<'a, QualName> {
        Ref::map(self.0.borrow(), |b| {
            match b.nodes.get(*target).map(|s| &s.data) {
                Some(Data::Element(name, _)) => name,
                _ => &b.no_name,
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        let template = flags.template;
        let attrs = attrs
            .into_iter()
            .map(|a| (a.name.local, Box::from(&*a.value)))
            .collect();
        let mut b = self.0.borrow_mut();
        let id = b.push(Data::Element(name, attrs));
        if template {
            // The template's contents: a document fragment as its only child.
            let contents = b.push(Data::Document);
            b.append_node(id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.0.borrow_mut().push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.0.borrow_mut().push(Data::Other)
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        let mut b = self.0.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => b.append_node(*parent, id),
            NodeOrText::AppendText(text) => {
                if b.is_noscript(*parent) {
                    return;
                }
                let last = b.link(*parent, |s| s.last_child);
                if !b.grow_text(last, &text) {
                    let id = b.push(Data::Text(text));
                    b.append_node(*parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let has_parent = self.0.borrow().link(*element, |s| s.parent).is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &usize) -> usize {
        self.0
            .borrow()
            .link(*target, |s| s.first_child)
            .unwrap_or(*target)
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let mut b = self.0.borrow_mut();
        match new_node {
            NodeOrText::AppendNode(id) => b.insert_before(*sibling, id),
            NodeOrText::AppendText(text) => {
                if b.link(*sibling, |s| s.parent).is_none() {
                    return;
                }
                let prev = b.link(*sibling, |s| s.prev);
                if !b.grow_text(prev, &text) {
                    let id = b.push(Data::Text(text));
                    b.insert_before(*sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let mut b = self.0.borrow_mut();
        if let Some(Data::Element(_, have)) = b.slot(*target).map(|s| &mut s.data) {
            for a in attrs {
                if !have.iter().any(|(n, _)| *n == a.name.local) {
                    have.push((a.name.local, Box::from(&*a.value)));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        self.0.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut b = self.0.borrow_mut();
        while let Some(child) = b.link(*node, |s| s.first_child) {
            b.append_node(*new_parent, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Dom;
    use super::*;

    /// The tree as nested tags and quoted texts, e.g. `body(b("1") p(b("2") "3"))`.
    fn shape(html: &str) -> String {
        let dom = Dom {
            nodes: parse(html, &Limits::default()).unwrap_or_default(),
        };
        let body = dom.elements_named(&super::super::tag!("body")).next();
        let mut out = String::new();
        let mut closes: Vec<usize> = Vec::new();
        for id in body.map_or(0..0, |b| dom.subtree(b)) {
            while closes.last().is_some_and(|&end| end <= id) {
                closes.pop();
                out.push(')');
            }
            if !out.is_empty() && !out.ends_with('(') {
                out.push(' ');
            }
            match dom.node(id).map(|n| &n.data) {
                Some(NodeData::Element(e)) => {
                    out.push_str(&e.name);
                    out.push('(');
                    closes.push(dom.end(id));
                }
                Some(NodeData::Text(t)) => out.push_str(&format!("{t:?}")),
                _ => {
                    out.push_str("#doc(");
                    closes.push(dom.end(id));
                }
            }
        }
        for _ in closes {
            out.push(')');
        }
        out
    }

    #[test]
    fn misnested_formatting_is_rebuilt_in_order() {
        assert_eq!(
            shape("<body><b>1<p>2</b>3</p>"),
            r#"body(b("1") p(b("2") "3"))"#
        );
    }

    #[test]
    fn text_misplaced_in_a_table_comes_before_it() {
        assert_eq!(
            shape("<body><table><tr><td>a</td></tr>x</table>"),
            r#"body("x" table(tbody(tr(td("a")))))"#
        );
    }

    #[test]
    fn texts_moved_before_a_table_merge() {
        assert_eq!(
            shape("<body>x<table>y<tr><td>a</td></tr></table>"),
            r#"body("xy" table(tbody(tr(td("a")))))"#
        );
    }

    #[test]
    fn texts_merge_unless_a_comment_parts_them() {
        assert_eq!(shape("<body>a&amp;b<!--c-->d"), r#"body("a&b" "d")"#);
    }

    #[test]
    fn noscript_content_is_markup_only_when_it_holds_the_page() {
        // A tracking pixel or a notice: the page is parsed as with scripts, nothing kept.
        assert_eq!(
            shape("<body><noscript><p>Please enable JavaScript</p></noscript><p>a"),
            r#"body(noscript() p("a"))"#
        );
        // The server-rendered posts of a script app: markup, text set straight inside
        // `<noscript>` left out.
        let posts = "<p>A forum post of some length.</p>".repeat(80);
        let page = format!("<body><noscript>Enable JavaScript{posts}</noscript>");
        let shaped = shape(&page);
        assert!(
            shaped.starts_with(r#"body(noscript(p("A forum post"#),
            "{shaped}"
        );
        assert!(!shaped.contains("Enable JavaScript"));
        // A block left open inside would too.
        let open = format!("<body><noscript><div>{posts}</noscript><p>a");
        assert!(shape(&open).starts_with("body(noscript() "));
        // A self-closed `<iframe/>` inside would swallow the page: parsed as with scripts.
        let pixel =
            format!("<body><noscript><iframe src=x /></noscript><noscript>{posts}</noscript><p>a");
        assert_eq!(shape(&pixel), r#"body(noscript() noscript() p("a"))"#);
    }

    #[test]
    fn template_contents_are_kept_inside_the_template() {
        assert_eq!(
            shape("<body><template><p>t</p></template><p>u"),
            r#"body(template(#doc(p("t"))) p("u"))"#
        );
    }

    #[test]
    fn attributes_added_later_do_not_replace_the_first() {
        let dom = Dom {
            nodes: parse(
                "<html lang=en><body><html lang=de class=x>",
                &Limits::default(),
            )
            .unwrap_or_default(),
        };
        let html = dom.elements_named(&super::super::tag!("html")).next();
        assert_eq!(html.and_then(|h| dom.attr(h, "lang")), Some("en"));
        assert_eq!(html.and_then(|h| dom.attr(h, "class")), Some("x"));
    }
}
