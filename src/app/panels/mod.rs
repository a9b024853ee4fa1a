//! The panels beside the canvas: the channel palette on the left, the inspector on the
//! right (with the personas list), the comments of reviewers beside it, and the
//! channel-switch overview below.

pub(in crate::app) mod comments;
pub(in crate::app) mod inspector;
pub(in crate::app) mod palette;
pub(in crate::app) mod personas;
pub(in crate::app) mod switches;
