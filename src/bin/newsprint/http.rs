//! The HTTP response inside a WARC `response` record: status line and headers split off,
//! chunked transfer coding and gzip/deflate content coding undone.

use std::io::Read;

/// A response's HTML payload and its `Content-Type`.
pub struct Response {
    /// The `Content-Type` header, charset parameter included.
    pub content_type: Option<String>,
    /// The body, decoded from its transfer and content codings.
    pub body: Vec<u8>,
}

/// Largest body we inflate, so a decompression bomb in an archive cannot exhaust memory
/// (newsprint's own input limit then applies to the result).
const MAX_INFLATED: u64 = 256 * 1024 * 1024;

/// Parses a raw HTTP response. `None` when it does not start with an HTTP status line.
pub fn parse(raw: &[u8]) -> Option<Response> {
    if !raw.starts_with(b"HTTP/") {
        return None;
    }
    let (head, body) = split_head(raw)?;
    let head = String::from_utf8_lossy(head);
    let mut content_type = None;
    let mut chunked = false;
    let mut coding = String::new();
    for line in head.lines().skip(1) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.to_string()),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => coding = value.to_ascii_lowercase(),
            _ => {}
        }
    }
    let body = if chunked {
        dechunk(body).unwrap_or_else(|| body.to_vec())
    } else {
        body.to_vec()
    };
    let body = match coding.as_str() {
        "gzip" | "x-gzip" => inflate(flate2::read::MultiGzDecoder::new(&body[..])).unwrap_or(body),
        "deflate" => inflate(flate2::read::ZlibDecoder::new(&body[..]))
            .or_else(|| inflate(flate2::read::DeflateDecoder::new(&body[..])))
            .unwrap_or(body),
        _ => body,
    };
    Some(Response { content_type, body })
}

/// Whether a content type is HTML (or XHTML).
pub fn is_html(content_type: &str) -> bool {
    let ct = content_type.to_ascii_lowercase();
    ct.contains("text/html") || ct.contains("application/xhtml")
}

fn split_head(raw: &[u8]) -> Option<(&[u8], &[u8])> {
    let crlf = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, 4));
    let lf = raw.windows(2).position(|w| w == b"\n\n").map(|i| (i, 2));
    let (at, len) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    Some((raw.get(..at)?, raw.get(at + len..)?))
}

/// Undoes chunked transfer coding; `None` when the chunks are malformed.
fn dechunk(mut rest: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(rest.len());
    loop {
        let eol = rest.windows(2).position(|w| w == b"\r\n")?;
        let size_line = std::str::from_utf8(rest.get(..eol)?).ok()?;
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        rest = rest.get(eol + 2..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?;
        rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
    }
}

fn inflate(reader: impl Read) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    reader.take(MAX_INFLATED).read_to_end(&mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_headers_and_undoes_chunking() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=koi8-r\r\n\
                    Transfer-Encoding: chunked\r\n\r\n5\r\n<p>Hi\r\n5\r\n</p>.\r\n0\r\n\r\n";
        let r = parse(raw).unwrap();
        assert_eq!(r.content_type.as_deref(), Some("text/html; charset=koi8-r"));
        assert_eq!(r.body, b"<p>Hi</p>.");
        assert!(parse(b"<html>not http</html>").is_none());
    }
}
