//! Bytes to text: the WHATWG order (BOM, the transport's charset, a `<meta>` prescan of the
//! first 1024 bytes), then statistical detection (chardetng), decoded with encoding_rs.
//!
//! One deliberate departure from browsers: a page that declares a legacy charset but whose
//! bytes are valid UTF-8 with non-ASCII text is read as UTF-8, because a lying declaration
//! (a page re-saved as UTF-8 that kept its old `<meta>`) is far more common on crawled
//! pages than legacy text that happens to form valid UTF-8 sequences throughout.

use std::borrow::Cow;
use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use regex::bytes::Regex;

use crate::error::{Error, Result};
use crate::patterns;

static CONTENT_TYPE_CHARSET: LazyLock<Regex> =
    LazyLock::new(|| patterns::compile_bytes(patterns::CHARSET_PARAM));
static META_CHARSET: LazyLock<Regex> =
    LazyLock::new(|| patterns::compile_bytes(patterns::META_CHARSET));

/// How the encoding was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// A byte-order mark.
    Bom,
    /// The `content_type` argument.
    Transport,
    /// `<meta charset>` or `http-equiv`.
    Meta,
    /// chardetng's guess.
    Detected,
}

/// Decodes a page. Fails only on input that is plainly not text.
pub(crate) fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Result<Cow<'a, str>> {
    let (encoding, source) = sniff(bytes, content_type);
    if source != Source::Bom && encoding != UTF_16LE && encoding != UTF_16BE {
        reject_binary(bytes)?;
    }
    let (text, _, _) = encoding.decode(bytes);
    Ok(text)
}

/// Picks the encoding and says why.
pub(crate) fn sniff(bytes: &[u8], content_type: Option<&str>) -> (&'static Encoding, Source) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, Source::Bom);
    }
    let declared = content_type
        .and_then(|ct| label_in(ct.as_bytes(), &CONTENT_TYPE_CHARSET))
        .map(|e| (e, Source::Transport))
        .or_else(|| {
            let head = bytes.get(..1024).unwrap_or(bytes);
            label_in(head, &META_CHARSET).map(|e| (html_meta_rule(e), Source::Meta))
        });
    match declared {
        Some((enc, _)) if enc != UTF_16LE && enc != UTF_16BE && looks_like_utf8(bytes) => {
            (UTF_8, Source::Detected)
        }
        Some(found) => found,
        None => (detect(bytes), Source::Detected),
    }
}

fn label_in(haystack: &[u8], re: &Regex) -> Option<&'static Encoding> {
    let caps = re.captures(haystack)?;
    Encoding::for_label(caps.get(1)?.as_bytes())
}

/// WHATWG: a `<meta>` that names UTF-16 means UTF-8 (the bytes were readable as ASCII),
/// and x-user-defined means windows-1252.
fn html_meta_rule(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else if enc == encoding_rs::X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    }
}

/// Valid UTF-8 holding at least one multi-byte sequence.
fn looks_like_utf8(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    if bytes.is_ascii() || std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// Refuses images, archives, PDFs and other binary blobs.
fn reject_binary(bytes: &[u8]) -> Result<()> {
    const MAGIC: [&[u8]; 6] = [
        b"%PDF",
        b"\x89PNG",
        b"GIF8",
        b"\xFF\xD8\xFF",
        b"PK\x03\x04",
        b"\x1F\x8B",
    ];
    if MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return Err(Error::Undecodable {
            reason: "a binary file signature",
        });
    }
    let head = bytes.get(..4096).unwrap_or(bytes);
    let nul = head.iter().filter(|&&b| b == 0).count();
    if nul * 50 > head.len().max(1) {
        return Err(Error::Undecodable {
            reason: "NUL bytes in the text",
        });
    }
    Ok(())
}

/// Repairs UTF-8 that was decoded as windows-1252 somewhere upstream ("cafÃ©" → "café",
/// "itâ€™s" → "it’s", "Â " → a no-break space), leaving everything else as it is.
///
/// The rule: a character that would be a UTF-8 lead byte in windows-1252 (`Â`..`ô`,
/// U+00C2–U+00F4), followed by exactly the number of continuation characters its byte calls
/// for (characters whose windows-1252 byte is 0x80–0xBF: `€`, `™`, `©`, `»`, ...), is
/// replaced by the one character those bytes encode. A sequence that does not decode is kept.
/// A no-break space counts as a continuation only after `Â` and `Ã` (the mojibake of a
/// no-break space and of "à"), so that an upper-case word before a French no-break space
/// ("ÉTÉ\u{a0}!") is never touched.
/// Real text in any language essentially never holds such a sequence, which is what makes
/// the repair unambiguous.
pub(crate) fn repair_mojibake(text: &str) -> Cow<'_, str> {
    // Every lead of a sequence (U+00C2..U+00F4) is written in UTF-8 with the byte 0xC3 and
    // only those: the scan jumps from one 0xC3 to the next, and the text between them is
    // copied as it is.
    let bytes = text.as_bytes();
    let at = |i: usize| {
        text.get(i..)
            .and_then(|r| r.chars().next())
            .and_then(|c| mojibake_at(text, i, c))
    };
    let Some(first) = memchr::memchr_iter(0xC3, bytes).find(|&i| at(i).is_some()) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut i = first;
    loop {
        if let Some((fixed, len)) = at(i) {
            out.push_str(text.get(copied..i).unwrap_or_default());
            out.push(fixed);
            copied = i + len;
        }
        let from = (i + 1).max(copied);
        match bytes
            .get(from..)
            .and_then(|rest| memchr::memchr(0xC3, rest))
        {
            Some(k) => i = from + k,
            None => break,
        }
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    Cow::Owned(out)
}

/// The character a mojibake sequence starting with `c` at byte `i` stands for, and the
/// sequence's length in bytes.
fn mojibake_at(text: &str, i: usize, c: char) -> Option<(char, usize)> {
    let lead = u32::from(c);
    let need = match lead {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut bytes = [0u8; 4];
    bytes[0] = u8::try_from(lead).ok()?;
    let mut len = c.len_utf8();
    let mut rest = text.get(i + len..)?.chars();
    for slot in bytes.iter_mut().skip(1).take(need) {
        let n = rest.next()?;
        if n == '\u{a0}' && lead > 0xC3 {
            return None;
        }
        let b = cp1252_byte(n).filter(|b| (0x80..=0xBF).contains(b))?;
        *slot = b;
        len += n.len_utf8();
    }
    let decoded = std::str::from_utf8(bytes.get(..=need)?).ok()?;
    let mut chars = decoded.chars();
    let fixed = chars.next()?;
    (chars.next().is_none()).then_some((fixed, len))
}

/// The windows-1252 byte of `c`, if it has one above ASCII (C1 controls included, as a
/// Latin-1 decoder leaves them).
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x80..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    let b = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_bom_transport_meta_detection() {
        let bom = b"\xEF\xBB\xBF<meta charset=windows-1252>caf\xC3\xA9";
        assert_eq!(sniff(bom, Some("text/html; charset=koi8-r")).1, Source::Bom);
        let latin = b"<meta charset=\"windows-1252\"><p>caf\xE9</p>";
        assert_eq!(
            sniff(latin, Some("text/html; charset=ISO-8859-2")).1,
            Source::Transport
        );
        assert_eq!(sniff(latin, None), (WINDOWS_1252, Source::Meta));
        let equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">\xB1";
        assert_eq!(sniff(equiv, None).0.name(), "ISO-8859-2");
    }

    #[test]
    fn lying_declaration_is_overridden_by_valid_utf8() {
        let page = "<meta charset=windows-1252><p>café “quoted”</p>";
        assert_eq!(decode(page.as_bytes(), None).unwrap(), page);
    }

    #[test]
    fn windows_1252_decodes() {
        let page = b"<meta charset=windows-1252><p>\x93caf\xE9\x94 \x80</p>";
        assert!(
            decode(page, None)
                .unwrap()
                .contains("\u{201c}café\u{201d} €")
        );
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"%PDF-1.7 ...", None).is_err());
        assert!(decode(&[0u8; 100], None).is_err());
    }

    #[test]
    fn repairs_utf8_read_as_windows_1252() {
        let fix = |s: &str| repair_mojibake(s).into_owned();
        assert_eq!(fix("cafÃ© Ã\u{a0} la crÃ¨me"), "café à la crème");
        assert_eq!(fix("itâ€™s â€œfineâ€\u{9d}"), "it’s “fine”");
        assert_eq!(fix("Â\u{a0}5Â°C"), "\u{a0}5°C");
        assert_eq!(fix("MÃ¼ller sagte: â€žJaâ€œ"), "Müller sagte: „Ja“");
        assert_eq!(fix("æ–°é—»"), "新闻");
    }

    #[test]
    fn leaves_real_text_alone() {
        for s in [
            "NÃO, disse o ministro",
            "ÉTÉ\u{a0}! À bientôt, señor. Ñandú, ½ × ¾",
            "Ölpreis »steigt« – Straße",
            "Þórður og Guðrún",
            "plain ASCII",
        ] {
            assert!(matches!(repair_mojibake(s), Cow::Borrowed(_)), "{s}");
        }
    }
}
