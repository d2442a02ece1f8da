//! The error type: only exceeded limits, invalid options and input that is not text.
//!
//! A page that holds no article is not an error: it is `Ok` with zero articles.

/// What can go wrong. New variants may be added, so match with a wildcard arm.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Limits::max_input_bytes`](crate::Limits::max_input_bytes).
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The document has more nodes than [`Limits::max_nodes`](crate::Limits::max_nodes).
    #[error("document has more than {limit} nodes")]
    TooManyNodes {
        /// The limit in force.
        limit: usize,
    },
    /// Elements nest deeper than [`Limits::max_depth`](crate::Limits::max_depth).
    #[error("elements nest deeper than {limit} levels")]
    TooDeep {
        /// The limit in force.
        limit: usize,
    },
    /// An option was given a value that cannot work; raised by
    /// [`Extractor::new`](crate::Extractor::new), never by `extract`.
    #[error("invalid option `{option}`: {reason}")]
    InvalidOption {
        /// The option's name.
        option: &'static str,
        /// Why the value was refused.
        reason: String,
    },
    /// The bytes are not text in any encoding (a binary file such as an image or a PDF).
    #[error("input is not text: {reason}")]
    Undecodable {
        /// What gave it away.
        reason: &'static str,
    },
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
