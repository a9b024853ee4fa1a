//! The translation layer is complete and nothing bypasses it: every key is in both
//! languages with the same arguments, every key the code asks for exists, and no word a
//! user reads is written straight into a widget.

#![expect(clippy::unwrap_used, reason = "tests unwrap what they just made")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

fn resource(language: &str) -> FluentResource {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(format!("{language}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    match FluentResource::try_new(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{} does not parse: {errors:?}", path.display()),
    }
}

/// Each message's key with the names of the variables it uses.
fn messages(resource: &FluentResource) -> BTreeMap<String, BTreeSet<String>> {
    fn variables_in(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                variables_in_expression(expression, into);
            }
        }
    }
    fn variables_in_expression(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                variables_in_inline(selector, into);
                for variant in variants {
                    variables_in(&variant.value, into);
                }
            }
            ast::Expression::Inline(inline) => variables_in_inline(inline, into),
        }
    }
    fn variables_in_inline(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                into.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                variables_in_expression(expression, into);
            }
            _ => {}
        }
    }
    let mut found = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_in(value, &mut variables);
            }
            found.insert(message.id.name.to_owned(), variables);
        }
    }
    found
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

/// The crate's sources without their unit tests and comments, by file.
fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let text = match text.find("#[cfg(test)]\nmod tests") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            };
            (path, without_comments(&text))
        })
        .collect()
}

/// The text with `//` comments blanked out; string literals are kept whole.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if c == '\\' {
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '/' && chars.peek() == Some(&'/') {
            for c in chars.by_ref() {
                if c == '\n' {
                    out.push('\n');
                    break;
                }
            }
        } else if c == '\'' {
            // A char literal such as '"' must not start a string.
            out.push(c);
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                for _ in 0..rest.find('\'').unwrap_or(0) + 1 {
                    if let Some(c) = chars.next() {
                        out.push(c);
                    }
                }
            }
        } else {
            if c == '"' {
                in_string = true;
            }
            out.push(c);
        }
    }
    out
}

/// The string literals in `text` with their byte offsets.
fn literals(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\''
            && i + 2 < bytes.len()
            && (bytes[i + 1] == b'"' || bytes[i + 2] == b'"')
        {
            i += 3;
            continue;
        }
        if bytes[i] == b'"' {
            let start = i;
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b'"' {
                if bytes[j] == b'\\' {
                    j += 1;
                }
                j += 1;
            }
            found.push((start, text[start + 1..j.min(text.len())].to_owned()));
            i = j + 1;
        } else {
            i += 1;
        }
    }
    found
}

/// Whether text ends with the opening of `tr!(`, not of a macro that ends the same way
/// (`include_str!(`).
fn is_tr_call(before: &str) -> bool {
    before.strip_suffix("tr!(").is_some_and(|rest| {
        !rest
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// The keys the code asks for with `tr!("key"`, `tr_in!(language, "key"` and
/// `Sentence::new("key"`.
fn keys_used() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (_, text) in sources() {
        for (at, literal) in literals(&text) {
            let before = text[..at].trim_end();
            // A sentence kept for later (an error) names its key the same way.
            let in_tr = is_tr_call(before) || before.ends_with("Sentence::new(");
            // `tr_in!(language_expression, "key"`: the first literal after the language.
            let in_tr_in = before.ends_with(',')
                && before
                    .rfind("tr_in!(")
                    .is_some_and(|open| !before[open..].contains('"'));
            if in_tr || in_tr_in {
                keys.insert(literal);
            }
        }
    }
    keys
}

#[test]
fn every_key_is_in_both_languages_with_the_same_arguments() {
    let english = messages(&resource("en"));
    let dutch = messages(&resource("nl"));
    let only_english: Vec<_> = english.keys().filter(|k| !dutch.contains_key(*k)).collect();
    let only_dutch: Vec<_> = dutch.keys().filter(|k| !english.contains_key(*k)).collect();
    assert!(
        only_english.is_empty(),
        "missing in nl.ftl: {only_english:?}"
    );
    assert!(only_dutch.is_empty(), "missing in en.ftl: {only_dutch:?}");
    for (key, variables) in &english {
        assert_eq!(
            variables, &dutch[key],
            "{key} uses different arguments in English and Dutch"
        );
    }
    assert!(english.len() > 100, "{} keys", english.len());
}

#[test]
fn every_key_the_code_asks_for_exists() {
    let english = messages(&resource("en"));
    let used = keys_used();
    assert!(
        used.len() > 50,
        "found only {} keys in the sources",
        used.len()
    );
    let missing: Vec<_> = used.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "asked for but not in the resources: {missing:?}"
    );
    // Some keys are chosen by a match before they are asked for (a kind of file, a JSON
    // syntax error): any literal naming the key counts as a use.
    let named: BTreeSet<String> = sources()
        .iter()
        .flat_map(|(_, text)| literals(text).into_iter().map(|(_, literal)| literal))
        .collect();
    let unused: Vec<_> = english
        .keys()
        .filter(|k| !used.contains(*k) && !named.contains(*k))
        .collect();
    assert!(
        unused.is_empty(),
        "in the resources but never asked for: {unused:?}"
    );
}

/// Calls whose text argument a user reads.
const WIDGET_CALLS: &[&str] = &[
    ".button(",
    ".small_button(",
    ".label(",
    ".heading(",
    ".strong(",
    ".weak(",
    ".small(",
    ".monospace(",
    ".checkbox(",
    ".radio(",
    ".radio_value(",
    ".selectable_label(",
    ".selectable_value(",
    ".menu_button(",
    ".collapsing(",
    ".on_hover_text(",
    ".on_disabled_hover_text(",
    ".on_hover_text_at_pointer(",
    ".hint_text(",
    ".show_tooltip_text(",
    "Button::new(",
    "Label::new(",
    "RichText::new(",
    "Checkbox::new(",
    "SelectableLabel::new(",
    "Window::new(",
    "Modal::new(",
    "CollapsingHeader::new(",
    "ComboBox::from_label(",
    "WidgetInfo::labeled(",
    "WidgetInfo::selected(",
    "status = ",
    "show_error(",
];

/// The argument text of a call whose opening parenthesis ends at `from`.
fn argument(text: &str, from: usize) -> &str {
    let bytes = text.as_bytes();
    let mut depth = 1;
    let mut i = from;
    let mut in_string = false;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            if b == b'\\' {
                i += 1;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
        } else if b == b'(' {
            depth += 1;
        } else if b == b')' {
            depth -= 1;
            if depth == 0 {
                return &text[from..i];
            }
        } else if b == b';' && depth == 1 && !text[..from].ends_with('(') {
            return &text[from..i];
        }
        i += 1;
    }
    &text[from..]
}

/// Whether a literal holds words: letters once its `{placeholders}` are taken out.
fn has_words(literal: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let letters: Vec<char> = plain.chars().collect();
    letters
        .windows(2)
        .any(|w| w[0].is_alphabetic() && w[1].is_alphabetic())
}

#[test]
fn no_word_a_user_reads_bypasses_the_translation_layer() {
    let mut bypassing = Vec::new();
    for (path, text) in sources() {
        let relative = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if !relative.starts_with("src/app/") {
            continue;
        }
        for call in WIDGET_CALLS {
            for (at, _) in text.match_indices(call) {
                let start = at + call.len();
                let argument = argument(&text, start);
                for (offset, literal) in literals(argument) {
                    let before = argument[..offset].trim_end();
                    let names_an_id = ["Id::new(", "Id::unique(", "id_salt(", "Id::from("]
                        .iter()
                        .any(|call| before.ends_with(call));
                    if is_tr_call(before) || names_an_id || !has_words(&literal) {
                        continue;
                    }
                    let line = text[..start + offset].matches('\n').count() + 1;
                    bypassing.push(format!("{relative}:{line}: \"{literal}\""));
                }
            }
        }
    }
    assert!(
        bypassing.is_empty(),
        "{} words a user reads are not translated:\n{}",
        bypassing.len(),
        bypassing.join("\n")
    );
}
