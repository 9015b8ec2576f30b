//! The catalogues against each other and against the code that uses them: every key the
//! code names exists in English, every English key is used, every language has exactly
//! English's keys and attributes, and each of its messages uses exactly the placeholders
//! of the English one.
//!
//! How the code names a key: in templates `"key"|t`, `"key"|t1(…)`, `"key"|t2(…)`; in Rust
//! `tr!("key"…)` or a string literal holding the key (passed to `tr!` or a `|t` filter
//! later). A key is "used" when it appears quoted anywhere in the sources.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Message id (or `id.attribute`) → the placeholders it uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}

fn variables_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_inline(a, out);
            }
            for a in &arguments.named {
                variables_inline(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => variables_expression(expression, out),
        _ => {}
    }
}

fn variables_expression(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(inline) => variables_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_inline(selector, out);
            for v in variants {
                variables_pattern(&v.value, out);
            }
        }
    }
}

fn variables_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_expression(expression, out);
        }
    }
}

/// A language's catalogue, every file of `locales/<code>/` together; parse errors and
/// a key defined twice are failures.
fn catalogue(code: &str) -> Result<Catalogue, String> {
    let mut paths = Vec::new();
    files(&root().join("i18n/locales").join(code), "ftl", &mut paths);
    let mut catalogue = Catalogue::new();
    for path in paths {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let resource = fluent_syntax::parser::parse(text.as_str())
            .map_err(|(_, errors)| format!("{}: {errors:?}", path.display()))?;
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let mut add = |key: String, pattern: Option<&Pattern<&str>>| {
                let mut vars = BTreeSet::new();
                if let Some(p) = pattern {
                    variables_pattern(p, &mut vars);
                }
                if catalogue.insert(key.clone(), vars).is_some() {
                    return Err(format!("{}: {key} defined twice", path.display()));
                }
                Ok(())
            };
            add(message.id.name.to_owned(), message.value.as_ref())?;
            for attribute in &message.attributes {
                let key = format!("{}.{}", message.id.name, attribute.id.name);
                add(key, Some(&attribute.value))?;
            }
        }
    }
    Ok(catalogue)
}

fn sources() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    files(&root().join("templates"), "html", &mut paths);
    for dir in ["idp/src", "cpms-client/src"] {
        files(&root().join(dir), "rs", &mut paths);
    }
    paths
        .into_iter()
        .filter_map(|p| fs::read_to_string(&p).ok().map(|text| (p, text)))
        .collect()
}

/// The keys the code asks for: `"key"|t…` in templates, `tr!("key"` in Rust.
fn asked_for(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('"') {
        rest = &rest[at + 1..];
        let Some(end) = rest.find('"') else { break };
        let candidate = &rest[..end];
        let after = &rest[end + 1..];
        let before_start = text.len() - rest.len() - 1;
        let before = &text[..before_start];
        let is_key = !candidate.is_empty()
            && candidate
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
        if is_key && (after.starts_with("|t") || before.ends_with("tr!(")) {
            keys.push(candidate.to_owned());
        }
        rest = after;
    }
    keys
}

#[test]
fn every_key_the_code_names_exists_in_english_and_every_english_key_is_used() {
    let english = catalogue("en").unwrap_or_else(|e| panic!("{e}"));
    assert!(!english.is_empty(), "no English catalogue");
    let sources = sources();
    let mut missing = Vec::new();
    for (path, text) in &sources {
        for key in asked_for(text) {
            if !english.contains_key(&key) {
                missing.push(format!("{key} (in {})", path.display()));
            }
        }
    }
    let everything: String = sources.iter().map(|(_, t)| t.as_str()).collect();
    let unused: Vec<&String> = english
        .keys()
        .filter(|key| {
            let message = key.split('.').next().unwrap_or(key);
            !everything.contains(&format!("\"{key}\""))
                && !everything.contains(&format!("\"{message}\""))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "keys named in code but not in English:\n{}",
        missing.join("\n")
    );
    assert!(unused.is_empty(), "English keys no code names: {unused:?}");
}

#[test]
fn every_language_has_english_s_keys_and_placeholders() {
    let english = catalogue("en").unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for (code, _) in ern_i18n::LANGUAGES {
        let language = match catalogue(code) {
            Ok(c) => c,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        for (key, vars) in &english {
            match language.get(key) {
                None => problems.push(format!("{code}: lacks {key}")),
                Some(theirs) if theirs != vars => problems.push(format!(
                    "{code}: {key} uses {{{theirs:?}}}, English {{{vars:?}}}"
                )),
                Some(_) => {}
            }
        }
        for key in language.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("{code}: {key} is not in English"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_24_languages_are_shipped_and_load() {
    let shipped: BTreeSet<String> = ern_i18n::shipped().into_iter().collect();
    let expected: BTreeSet<String> = ern_i18n::LANGUAGES
        .iter()
        .map(|(c, _)| c.to_string())
        .collect();
    assert_eq!(shipped, expected);
}

#[test]
fn plurals_follow_each_language_s_rules() {
    use ern_i18n::{FluentValue, Lang, t_args};
    let count = |code: &str, n: u64| {
        let lang = Lang::from_code(code).unwrap_or_default();
        t_args(
            lang,
            "login-too-many-wrong-passwords",
            &[("count", FluentValue::from(n))],
        )
    };
    assert_eq!(
        count("en", 1),
        "Too many wrong passwords. Wait 1 second before trying again."
    );
    assert_eq!(
        count("en", 5),
        "Too many wrong passwords. Wait 5 seconds before trying again."
    );
    // Languages with more than two forms must use them (Polish: 2 sekundy, 5 sekund).
    assert_ne!(
        count("pl", 2),
        count("pl", 5),
        "Polish needs its few/many forms"
    );
    assert_ne!(
        count("cs", 2),
        count("cs", 5),
        "Czech needs its few/other forms"
    );
}
