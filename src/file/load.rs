//! Reading a journeymap file: parse, migrate, check.

use std::fmt;
use std::fs::Metadata;
use std::io::Read;
use std::path::Path;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

use super::png_map::PngMap;
use super::stamp::DiskStamp;
use super::write::kind_of;
use super::{CURRENT_VERSION, FORMAT};
use crate::i18n::Language;
use crate::model::{JourneyMap, Problem, Severity, check};
use crate::printable::{excerpt, excerpt_to, printable};
use crate::sentence::{Arg, Localized, Sentence};

/// Files larger than this are refused before they are read: no real map comes close, and a
/// huge file would only stall the program.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A map that was read successfully, with anything odd about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The map.
    pub map: JourneyMap,
    /// Things that did not stop the map from opening but that its author should know,
    /// such as fields this version does not know.
    pub warnings: Vec<Problem>,
}

/// Why a file could not be opened as a journey map. Its message is one sentence that says
/// what is wrong and where, in English from `Display` and in either language from
/// [`Localized::sentence`].
#[derive(Debug)]
pub enum LoadError {
    /// The operating system refused or failed to read the file.
    Io(std::io::Error),
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: u64,
    },
    /// The file holds nothing, or only white space.
    Empty,
    /// The file is binary; `kind` names it when it is a well-known kind of file.
    NotText {
        /// The key of the name of a well-known kind of file this is, such as
        /// `error-kind-png` ("a PNG image").
        kind: Option<&'static str>,
        /// The first byte that is not UTF-8 text.
        offset: usize,
    },
    /// The file is a PNG image that carries no map.
    PngWithoutMap,
    /// The file starts like a PNG image but cannot be read as one.
    BrokenPng(Sentence),
    /// The PNG image carries a journey map, but the part that holds it is damaged.
    DamagedMapInPng(Sentence),
    /// The name is not an ordinary file: a named pipe, a device or a socket would block
    /// the program or never end. The key names what it is, e.g. `error-kind-fifo`.
    NotAFile(&'static str),
    /// The file is text, but not JSON.
    NotJson {
        /// The first few characters of the file.
        start: String,
    },
    /// The file looks like JSON but is broken.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: Sentence,
    },
    /// The file is JSON, but its top level is not an object.
    NotAnObject {
        /// The key of what the top level is, e.g. `error-json-list` ("a list").
        found: &'static str,
    },
    /// The file is a JSON object without a `format` field.
    NoFormat {
        /// The key of a well-known kind of JSON file this looks like, such as
        /// `error-kind-package-json` ("a package.json").
        looks_like: Option<&'static str>,
    },
    /// The file says it is some other format.
    WrongFormat {
        /// The value of `format`, as JSON.
        found: String,
    },
    /// The file says it is a journey map but not which version.
    MissingVersion,
    /// `version` is not a version number this program knows of.
    BadVersion {
        /// The value of `version`, as written in the file.
        found: String,
    },
    /// The file was written by a newer journeymap. Such a file must never be overwritten.
    NewerVersion {
        /// The file's version.
        found: u64,
    },
    /// A value has the wrong type or a required field is missing.
    Structure {
        /// Where, e.g. `cards[3].channel`; empty for the top level.
        path: String,
        /// What is wrong.
        message: Sentence,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The map parsed but fails its checks, e.g. a card in a phase that does not exist.
    Invalid {
        /// Every error found (never empty), followed by the warnings.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// Every problem behind this error: several for a map that fails its checks, one
    /// otherwise. Each displays as one line.
    pub fn problems(&self) -> Vec<String> {
        match self {
            LoadError::Invalid { problems } => problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .map(ToString::to_string)
                .collect(),
            other => vec![other.to_string()],
        }
    }

    /// The sentence of every error but [`LoadError::Invalid`], whose problems are said
    /// their own way. Values from the file are escaped and shortened here, before they go
    /// into the sentence.
    fn message(&self) -> Option<Sentence> {
        Some(match self {
            LoadError::Io(error) => io_sentence(error),
            LoadError::TooLarge { bytes } => {
                Sentence::new("error-too-large").with("size", Arg::Mebibytes(*bytes))
            }
            LoadError::Empty => Sentence::new("error-empty"),
            LoadError::NotText {
                kind: Some(kind), ..
            } => Sentence::new("error-binary-kind").with("kind", Sentence::new(kind)),
            LoadError::NotText { kind: None, offset } => {
                Sentence::new("error-not-text").with("offset", *offset)
            }
            LoadError::PngWithoutMap => Sentence::new("error-png-without-map"),
            LoadError::BrokenPng(reason) => {
                Sentence::new("error-png-broken").with("reason", reason.clone())
            }
            LoadError::DamagedMapInPng(reason) => {
                Sentence::new("error-png-map-damaged").with("reason", reason.clone())
            }
            LoadError::NotAFile(kind) => {
                Sentence::new("error-not-a-file").with("kind", Sentence::new(kind))
            }
            LoadError::NotJson { start } => {
                Sentence::new("error-not-json").with("start", printable(start))
            }
            LoadError::Syntax {
                line,
                column,
                message,
            } => Sentence::new("error-syntax")
                .with("line", *line)
                .with("column", *column)
                .with("message", message.clone()),
            LoadError::NotAnObject { found } => {
                Sentence::new("error-not-an-object").with("found", Sentence::new(found))
            }
            LoadError::NoFormat {
                looks_like: Some(kind),
            } => Sentence::new("error-looks-like").with("kind", Sentence::new(kind)),
            LoadError::NoFormat { looks_like: None } => Sentence::new("error-no-format"),
            LoadError::WrongFormat { found } => {
                Sentence::new("error-wrong-format").with("found", excerpt(found))
            }
            LoadError::MissingVersion => Sentence::new("error-missing-version"),
            LoadError::BadVersion { found } => {
                Sentence::new("error-bad-version").with("found", excerpt(found))
            }
            // As text: a version number is shown as it is, never as a rounded float.
            LoadError::NewerVersion { found } => Sentence::new("error-newer-version")
                .with("found", found.to_string())
                .with("current", CURRENT_VERSION.to_string()),
            LoadError::Structure {
                path,
                message,
                line,
                column,
            } => {
                let path = excerpt_to(path, STRUCTURE_PATH_CHARS);
                let sentence = if path.is_empty() {
                    Sentence::new("error-structure")
                } else {
                    Sentence::new("error-structure-at").with("path", path)
                };
                sentence
                    .with("message", message.clone())
                    .with("line", *line)
                    .with("column", *column)
            }
            LoadError::Invalid { .. } => return None,
        })
    }
}

impl Localized for LoadError {
    fn sentence(&self, language: Language) -> String {
        match self {
            LoadError::Invalid { problems } => invalid_sentence(problems, language),
            other => {
                let sentence = other
                    .message()
                    .map(|message| message.sentence(language))
                    .unwrap_or_default();
                // The parser's words may quote the file; they are escaped once more, whole.
                match printable(&sentence) {
                    std::borrow::Cow::Borrowed(_) => sentence,
                    std::borrow::Cow::Owned(escaped) => escaped,
                }
            }
        }
    }
}

/// The English sentence, as the command line prints it.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io(error) => Some(error),
            _ => None,
        }
    }
}

fn io_sentence(error: &std::io::Error) -> Sentence {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => Sentence::new("error-io-not-found"),
        ErrorKind::PermissionDenied => Sentence::new("error-io-permission"),
        ErrorKind::IsADirectory => Sentence::new("error-io-folder"),
        ErrorKind::NotADirectory => Sentence::new("error-io-not-a-directory"),
        _ if super::write::is_link_loop(error) => Sentence::new("error-io-link-loop"),
        ErrorKind::InvalidFilename => Sentence::new("error-io-bad-name"),
        _ => Sentence::new("error-io-other").with("reason", printable(&error.to_string())),
    }
}

fn invalid_sentence(problems: &[Problem], language: Language) -> String {
    let mut errors = problems.iter().filter(|p| p.severity == Severity::Error);
    let first = errors
        .next()
        .map(|problem| problem.sentence(language))
        .unwrap_or_default();
    match errors.count() {
        0 => first,
        more => Sentence::new("error-and-more")
            .with("first", first)
            .with("count", more)
            .sentence(language),
    }
}

/// Reads and loads a file, refusing files over [`MAX_FILE_BYTES`] before reading them
/// (for a PNG, a map inside it over that size), and anything that is not an ordinary file
/// at once.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    read_file(path)?.load()
}

/// Loads a file like [`load_path`] and stamps what was read, so that a later
/// [`changed_on_disk`](super::changed_on_disk) can tell whether someone else changed it.
pub fn load_path_stamped(path: &Path) -> Result<(Loaded, DiskStamp), LoadError> {
    let read = read_file(path)?;
    let stamp = DiskStamp::from_parts(&read.meta, read.fingerprint);
    Ok((read.load()?, stamp))
}

/// What a file holds, as far as loading needs it.
pub(super) enum Content {
    /// The whole file, to be read as JSON.
    Bytes(Vec<u8>),
    /// A PNG image: only the map found inside it.
    Png(PngMap),
}

/// A file as read for loading: its content, its metadata and a fingerprint of its bytes.
pub(super) struct FileRead {
    pub content: Content,
    /// Taken from the open file before the bytes are read: if someone writes in between,
    /// the stamp's size or time disagrees with the file and the bytes get compared,
    /// rather than a change being missed.
    pub meta: Metadata,
    /// A hash of the file's bytes (of a PNG, of all but its image data, whose checksums
    /// stand in for it).
    pub fingerprint: u64,
}

impl FileRead {
    fn load(self) -> Result<Loaded, LoadError> {
        match self.content {
            Content::Bytes(bytes) => load(&bytes),
            Content::Png(found) => load_png_map(found),
        }
    }
}

/// Opens a file for reading without ever waiting: a named pipe with no writer would
/// block `open` itself, so it is opened non-blocking and refused once it is seen for what
/// it is.
pub(super) fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads a file for loading: refuses what is not an ordinary file before opening it (and
/// again after, in case it was swapped), refuses files over the limit before reading them,
/// and walks a PNG's chunks instead of reading its pixels.
pub(super) fn read_file(path: &Path) -> Result<FileRead, LoadError> {
    use std::hash::Hasher;
    // Asked of the path first because Windows cannot open a folder to tell us it is one.
    let before = std::fs::metadata(path).map_err(LoadError::Io)?;
    if before.is_dir() {
        return Err(LoadError::Io(std::io::ErrorKind::IsADirectory.into()));
    }
    if !before.is_file() {
        return Err(LoadError::NotAFile(kind_of(&before)));
    }
    let mut file = open_without_blocking(path).map_err(LoadError::Io)?;
    let meta = file.metadata().map_err(LoadError::Io)?;
    if !meta.is_file() {
        return Err(LoadError::NotAFile(kind_of(&meta)));
    }
    let mut fingerprint = super::stamp::Fnv1a::default();
    let mut start = Vec::with_capacity(8);
    (&mut file)
        .take(8)
        .read_to_end(&mut start)
        .map_err(LoadError::Io)?;
    if start == super::png_map::PNG_SIGNATURE {
        use std::io::{Seek, SeekFrom};
        file.seek(SeekFrom::Start(0)).map_err(LoadError::Io)?;
        let found =
            super::png_map::extract_from(&mut std::io::BufReader::new(file), &mut fingerprint);
        return Ok(FileRead {
            content: Content::Png(found),
            meta,
            fingerprint: fingerprint.finish(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: meta.len() });
    }
    // The file may grow between the size check and the read: never read past the limit.
    let mut bytes = start;
    bytes.reserve(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(LoadError::Io)?;
    fingerprint.write(&bytes);
    Ok(FileRead {
        content: Content::Bytes(bytes),
        meta,
        fingerprint: fingerprint.finish(),
    })
}

/// A map found, or not, inside a PNG, loaded or explained.
fn load_png_map(found: PngMap) -> Result<Loaded, LoadError> {
    match found {
        PngMap::Found(json) => load_json(json.as_bytes()),
        PngMap::Missing => Err(LoadError::PngWithoutMap),
        PngMap::Broken(reason) => Err(LoadError::BrokenPng(reason)),
        PngMap::Damaged(reason) => Err(LoadError::DamagedMapInPng(reason)),
    }
}

/// Loads a map from the bytes of a file: parse, migrate, check. A PNG exported by
/// journeymap is read through the map it carries.
pub fn load(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.starts_with(super::png_map::PNG_SIGNATURE) {
        return load_png_map(super::png_map::extract(bytes));
    }
    load_json(bytes)
}

fn load_json(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let text = as_text(bytes)?;
    let version = parse_header(text)?;
    let version = migrate_from(version)?;
    debug_assert_eq!(version, CURRENT_VERSION);
    let (map, mut warnings) = parse_map(text)?;
    let problems = check(&map);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        let mut problems = problems;
        problems.sort_by_key(|p| std::cmp::Reverse(p.severity));
        problems.extend(warnings);
        return Err(LoadError::Invalid { problems });
    }
    warnings.extend(problems);
    Ok(Loaded { map, warnings })
}

/// Finds the text in the bytes, telling binary files, empty files and non-JSON apart.
fn as_text(bytes: &[u8]) -> Result<&str, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|error| LoadError::NotText {
        kind: binary_kind(bytes),
        offset: error.valid_up_to(),
    })?;
    let start = text.trim_start();
    if !start.starts_with(|c: char| "{[\"-tfn".contains(c) || c.is_ascii_digit()) {
        return Err(LoadError::NotJson {
            start: start.chars().take(20).collect(),
        });
    }
    Ok(text)
}

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const KINDS: [(&[u8], &str); 6] = [
        (b"\x89PNG", "error-kind-png"),
        (b"\xFF\xD8\xFF", "error-kind-jpeg"),
        (b"%PDF", "error-kind-pdf"),
        (b"PK\x03\x04", "error-kind-zip"),
        (b"\x1F\x8B", "error-kind-gzip"),
        (b"GIF8", "error-kind-gif"),
    ];
    KINDS
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// What the top level of a JSON file is, and for an object its `format` and `version`.
enum Header {
    Object {
        format: Option<Value>,
        version: Option<Box<RawValue>>,
        looks_like_package_json: bool,
    },
    Other(&'static str),
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(HeaderVisitor)
    }
}

struct HeaderVisitor;

impl<'de> Visitor<'de> for HeaderVisitor {
    type Value = Header;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Header, A::Error> {
        let mut format = None;
        let mut version = None;
        let mut looks_like_package_json = false;
        while let Some(key) = entries.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(entries.next_value::<Value>()?),
                // Kept as written, to be shown as written: `1e308`, not 309 digits, and a number
                // too large for any type is no syntax error but a wrong version.
                "version" => version = Some(entries.next_value::<Box<RawValue>>()?),
                "dependencies" | "devDependencies" | "scripts" => {
                    looks_like_package_json = true;
                    entries.next_value::<IgnoredAny>()?;
                }
                _ => {
                    entries.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Header::Object {
            format,
            version,
            looks_like_package_json,
        })
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut items: A) -> Result<Header, A::Error> {
        while items.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Header::Other("error-json-list"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Header, E> {
        Ok(Header::Other("error-json-null"))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Header, E> {
        Ok(Header::Other("error-json-boolean"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Header, E> {
        Ok(Header::Other("error-json-number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Header, E> {
        Ok(Header::Other("error-json-number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Header, E> {
        Ok(Header::Other("error-json-number"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Header, E> {
        Ok(Header::Other("error-json-text"))
    }
}

/// Reads the whole file once for its syntax and its header, so that a broken file, a
/// foreign file and a newer file each get their own message before the map is parsed.
/// Returns the `version` value, if there is one.
fn parse_header(text: &str) -> Result<Option<Box<RawValue>>, LoadError> {
    let header: Header = serde_json::from_str(text).map_err(|error| LoadError::Syntax {
        line: error.line(),
        column: error.column(),
        message: syntax_sentence(&without_location(&error)),
    })?;
    match header {
        Header::Other(found) => Err(LoadError::NotAnObject { found }),
        Header::Object {
            format: None,
            looks_like_package_json,
            ..
        } => Err(LoadError::NoFormat {
            looks_like: looks_like_package_json.then_some("error-kind-package-json"),
        }),
        Header::Object {
            format: Some(Value::String(format)),
            version,
            ..
        } if format == FORMAT => Ok(version),
        Header::Object {
            format: Some(other),
            ..
        } => Err(LoadError::WrongFormat {
            found: other.to_string(),
        }),
    }
}

/// Checks the version and brings older files up to date. Version 1 is the first version,
/// so there is nothing to migrate yet; the next version adds its upgrade step here.
fn migrate_from(version: Option<Box<RawValue>>) -> Result<u64, LoadError> {
    let version = match version {
        None => return Err(LoadError::MissingVersion),
        Some(raw) => match serde_json::from_str::<u64>(raw.get()) {
            Ok(version) if version >= 1 => version,
            _ => {
                return Err(LoadError::BadVersion {
                    found: raw.get().to_owned(),
                });
            }
        },
    };
    if version > CURRENT_VERSION {
        return Err(LoadError::NewerVersion { found: version });
    }
    Ok(version)
}

/// Parses the map itself, reporting a wrong type or missing field with its path, and every
/// field this version does not know as a warning.
///
/// Knowing the path of every value as it goes costs about as much as the parse itself, and
/// is only needed to say where a problem is. So the map is parsed without it first, and only
/// a map that fails is parsed again to tell where.
fn parse_map(text: &str) -> Result<(JourneyMap, Vec<Problem>), LoadError> {
    let mut unknown = Vec::new();
    let mut json = serde_json::Deserializer::from_str(text);
    match serde_ignored::deserialize(&mut json, |path| note_unknown(&path, &mut unknown)) {
        Ok(map) => Ok((map, unknown)),
        Err(_) => parse_map_saying_where(text),
    }
}

/// [`parse_map`] keeping track of the path of every value, so that a wrong type or missing
/// field is reported with where it is.
fn parse_map_saying_where(text: &str) -> Result<(JourneyMap, Vec<Problem>), LoadError> {
    let mut unknown = Vec::new();
    let mut json = serde_json::Deserializer::from_str(text);
    let mut note = |path: serde_ignored::Path<'_>| note_unknown(&path, &mut unknown);
    let map: JourneyMap =
        serde_path_to_error::deserialize(serde_ignored::Deserializer::new(&mut json, &mut note))
            .map_err(|error| {
                let path = error.path().to_string();
                let inner = error.into_inner();
                LoadError::Structure {
                    path: if path == "." { String::new() } else { path },
                    message: readable(
                        &without_location(&inner),
                        text,
                        inner.line(),
                        inner.column(),
                    ),
                    line: inner.line(),
                    column: inner.column(),
                }
            })?;
    Ok((map, unknown))
}

/// Notes a field the map does not know as a warning.
fn note_unknown(path: &serde_ignored::Path<'_>, unknown: &mut Vec<Problem>) {
    let path = path_text(path);
    // The header fields are read by `parse_header`, not by the map.
    if path != "format" && path != "version" {
        unknown.push(Problem::unknown_field(path));
    }
}

/// serde_json's message without its " at line L column C" tail, which we say our own way.
fn without_location(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let tail = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&tail).unwrap_or(&text).to_owned()
}

/// serde_json's word for what is wrong with the syntax, in a user's words.
fn syntax_sentence(message: &str) -> Sentence {
    let key = match message {
        "EOF while parsing a list" => "error-syntax-eof-list",
        "EOF while parsing an object" => "error-syntax-eof-object",
        "EOF while parsing a string" => "error-syntax-eof-string",
        "EOF while parsing a value" => "error-syntax-eof-value",
        "expected `:`" => "error-syntax-colon",
        "expected `,` or `]`" => "error-syntax-comma-list",
        "expected `,` or `}`" => "error-syntax-comma-object",
        "expected ident" => "error-syntax-ident",
        "expected value" => "error-syntax-value",
        "expected `\"`" | "key must be a string" => "error-syntax-key-quotes",
        "invalid escape" => "error-syntax-escape",
        "invalid number" => "error-syntax-number",
        "number out of range" => "error-syntax-number-range",
        "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => "error-syntax-unicode",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "error-syntax-control"
        }
        "trailing comma" => "error-syntax-trailing-comma",
        "trailing characters" => "error-syntax-trailing",
        "recursion limit exceeded" => "error-syntax-too-deep",
        other => return raw(other),
    };
    Sentence::new(key)
}

/// A message of the parser's that has no sentence of our own, said as it is (in English),
/// escaped and cut to a bound.
fn raw(message: &str) -> Sentence {
    Sentence::new("error-raw").with("text", excerpt_to(message, MESSAGE_CHARS))
}

/// How much of a path a structure error shows.
const STRUCTURE_PATH_CHARS: usize = 120;

/// serde's message about a value of the wrong type or an unknown choice, said as a user
/// would: what the value must be and what it is, numbers as written in `text` (serde
/// writes them its own way), and values from the file shortened to an excerpt.
fn readable(message: &str, text: &str, line: usize, column: usize) -> Sentence {
    let written = || number_as_written(text, line, column);
    if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        && let Some((found, expected)) = rest.rsplit_once(", expected ")
    {
        return Sentence::new("error-must-be")
            .with("expected", expected_text(expected))
            .with("found", found_text(found, written));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((found, choices)) = rest.rsplit_once("`, expected ")
    {
        let choices = choices.trim_start_matches("one of ").replace('`', "\"");
        return Sentence::new("error-not-a-choice")
            .with("value", excerpt(found))
            .with("choices", choices);
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return Sentence::new("error-missing-field").with("field", excerpt(field));
    }
    if let Some(field) = message
        .strip_prefix("duplicate field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return Sentence::new("error-duplicate-field").with("field", excerpt(field));
    }
    if message == "number out of range" {
        return match written() {
            Some(number) => Sentence::new("error-number-too-large").with("number", number),
            None => Sentence::new("error-syntax-number-range"),
        };
    }
    // A colour's own sentence (`ParseColorError`), with the value already an excerpt.
    if let Some(colour) = message
        .strip_suffix(COLOUR_TAIL)
        .and_then(|rest| rest.strip_prefix('"'))
    {
        return Sentence::new("error-not-a-colour").with("value", colour);
    }
    // Anything else is already readable: only its length needs a bound.
    raw(message)
}

/// How `ParseColorError` ends its sentence, after the quoted value.
const COLOUR_TAIL: &str = "\" is not a colour; write it as \"#rrggbb\", for example \"#2a9d8f\"";

/// How long a message of the parser's may be before it is cut.
const MESSAGE_CHARS: usize = 300;

/// What serde expected, in a user's words.
fn expected_text(expected: &str) -> Sentence {
    let key = match expected {
        "f64" | "f32" | "u64" | "u32" | "i64" | "i32" | "usize" => "error-value-a-number",
        "a string" => "error-value-text",
        "a boolean" => "error-value-true-or-false",
        "a sequence" => "error-value-a-list",
        "a map" => "error-value-an-object",
        other if other.starts_with("struct ") => "error-value-an-object",
        other => return Sentence::new("error-raw").with("text", excerpt(other)),
    };
    Sentence::new(key)
}

/// What serde found, in a user's words; `written` gives a number as the file writes it.
fn found_text(found: &str, written: impl Fn() -> Option<String>) -> Sentence {
    let number = found.starts_with("floating point `") || found.starts_with("integer `");
    if number {
        return match written() {
            Some(number) => Sentence::new("error-value-the-number").with("number", number),
            None => Sentence::new("error-value-a-number"),
        };
    }
    if let Some(quoted) = found
        .strip_prefix("string \"")
        .and_then(|rest| rest.strip_suffix('"'))
    {
        return Sentence::new("error-value-the-text").with("text", excerpt(quoted));
    }
    let key = match found {
        "sequence" => "error-value-a-list",
        "map" => "error-value-an-object",
        "null" | "unit value" => "error-value-null",
        "boolean `true`" => "error-value-true",
        "boolean `false`" => "error-value-false",
        other => return Sentence::new("error-raw").with("text", excerpt(other)),
    };
    Sentence::new(key)
}

/// The number that ends at serde_json's error position, as the file writes it.
fn number_as_written(text: &str, line: usize, column: usize) -> Option<String> {
    let line = text.split('\n').nth(line.checked_sub(1)?)?;
    let end = line.len().min(column);
    let before = line.get(..end)?;
    let is_number = |c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E');
    // The position may be on the character after the number.
    let before = before.trim_end_matches(|c: char| !is_number(c));
    let start = before.rfind(|c: char| !is_number(c)).map_or(0, |at| at + 1);
    let number = &before[start..];
    number
        .starts_with(|c: char| c == '-' || c.is_ascii_digit())
        .then(|| excerpt(number).into_owned())
}

/// A path as a user reads it: `cards[3].kpis[0].name`.
fn path_text(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path;
    match path {
        Path::Root => String::new(),
        Path::Seq { parent, index } => format!("{}[{index}]", path_text(parent)),
        Path::Map { parent, key } => {
            let parent = path_text(parent);
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => path_text(parent),
    }
}
