//! Locale parity: every message id, attribute and `$variable` of `locales/en` exists
//! in `fr` and `nl`, and nothing extra; every file parses cleanly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use crate::support::root;

/// id -> (attributes, variables) of one .ftl file.
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn vars_in_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            vars_in_expr(expression, out);
        }
    }
}

fn vars_in_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                vars_in_inline(a, out);
            }
            for a in &arguments.named {
                vars_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => vars_in_expr(expression, out),
        _ => {}
    }
}

fn vars_in_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => vars_in_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            vars_in_inline(selector, out);
            for v in variants {
                vars_in_pattern(&v.value, out);
            }
        }
    }
}

fn shape(path: &Path) -> Shape {
    let src = std::fs::read_to_string(path).unwrap();
    let res = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|(_, errs)| panic!("{} does not parse: {errs:?}", path.display()));
    let mut out = Shape::new();
    for entry in &res.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            ast::Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(v) = value {
            vars_in_pattern(v, &mut vars);
        }
        let mut attrs = BTreeSet::new();
        for a in attributes {
            attrs.insert(a.id.name.to_owned());
            vars_in_pattern(&a.value, &mut vars);
        }
        assert!(
            out.insert(id.clone(), (attrs, vars)).is_none(),
            "{}: {id} is defined twice",
            path.display()
        );
    }
    out
}

fn files(lang: &str) -> BTreeSet<String> {
    std::fs::read_dir(root().join("locales").join(lang))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

#[test]
fn fr_and_nl_match_en_exactly() {
    let en_files = files("en");
    assert!(en_files.contains("ui.ftl") && en_files.contains("errors.ftl"));
    let mut problems = vec![];
    for lang in ["fr", "nl"] {
        assert_eq!(files(lang), en_files, "{lang} has a different set of files");
        for f in &en_files {
            let en = shape(&root().join("locales/en").join(f));
            let other = shape(&root().join("locales").join(lang).join(f));
            for (id, (attrs, vars)) in &en {
                match other.get(id) {
                    None => problems.push(format!("{lang}/{f}: missing {id}")),
                    Some((a, v)) => {
                        if a != attrs {
                            problems
                                .push(format!("{lang}/{f}: {id} attributes {a:?} != {attrs:?}"));
                        }
                        if v != vars {
                            problems.push(format!("{lang}/{f}: {id} variables {v:?} != {vars:?}"));
                        }
                    }
                }
            }
            for id in other.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!("{lang}/{f}: extra {id} not in en"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "locale parity:\n{}",
        problems.join("\n")
    );
}

#[test]
fn placeables_are_documented_in_en() {
    // DESIGN.md: placeables have a `# Variables:` comment in the reference locale.
    for f in files("en") {
        let src = std::fs::read_to_string(root().join("locales/en").join(&f)).unwrap();
        let res = fluent_syntax::parser::parse(src.as_str()).unwrap();
        for entry in &res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars_in_pattern(v, &mut vars);
                }
                for a in &m.attributes {
                    vars_in_pattern(&a.value, &mut vars);
                }
                if vars.is_empty() {
                    continue;
                }
                let comment = m
                    .comment
                    .as_ref()
                    .map(|c| c.content.join("\n"))
                    .unwrap_or_default();
                for v in &vars {
                    assert!(
                        comment.contains("Variables:") && comment.contains(&format!("${v}")),
                        "en/{f}: {} uses ${v} without a `# Variables:` comment",
                        m.id.name
                    );
                }
            }
        }
    }
}
