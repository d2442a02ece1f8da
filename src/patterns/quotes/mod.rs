//! Word lists for the quotes stage: attribution cues, pronouns, title and term markers.
//!
//! Data only. Every list is matched case-sensitively unless its comment says otherwise;
//! multi-word entries are separated by single spaces.
//!
//! Split by what the words are for; every list is re-exported here, so the stages read
//! them as `tokens::NAME`.

mod chinese;
mod cues;
mod cues_intl;
mod grammar;
mod names;
mod organisations;
mod terms;
mod titles;

pub(crate) use chinese::*;
pub(crate) use cues::*;
pub(crate) use cues_intl::*;
pub(crate) use grammar::*;
pub(crate) use names::*;
pub(crate) use organisations::*;
pub(crate) use terms::*;
pub(crate) use titles::*;
