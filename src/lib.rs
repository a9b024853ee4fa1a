//! journeymap: a desktop editor for customer journey maps.
//!
//! The crate is layered: [`model`] is the document as plain data, [`file`] reads and writes
//! it, and [`samples`] holds the sample journeys compiled into the program. Drawing goes
//! [`text`] (the font) and [`theme`] (metrics and palette) → [`layout`] (geometry, from the
//! metrics alone) → [`paint`] (shapes, coloured by the palette) → [`export`] and the [`app`].

pub mod analysis;
pub mod app;
pub mod edit;
pub mod export;
pub mod file;
pub mod filter;
pub mod find;
pub mod generate;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod paint;
pub mod pictures;
pub mod printable;
pub mod samples;
pub mod sentence;
pub mod text;
pub mod theme;
