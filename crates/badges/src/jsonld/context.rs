//! JSON-LD 1.1 context processing (the subset the bundled contexts and credentials need):
//! terms, prefixes and compact IRIs, `@vocab`, `@language`, `@protected` (with redefinition
//! errors), type- and property-scoped contexts, `@propagate`, `@container`, `@type` coercion.
//! No `@base` (documents are processed without a base IRI, as canonicalisation does), no
//! `@import`, `@reverse` or `@nest`: those are reported as unsupported.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::{JsonLdError, contexts, invalid};

/// A processed term definition.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TermDefinition {
    /// The IRI (or keyword) the term maps to; `None` for a term explicitly mapped to null.
    pub iri: Option<String>,
    pub prefix: bool,
    pub protected: bool,
    /// `@id`, `@vocab`, `@json`, `@none` or an absolute IRI.
    pub type_mapping: Option<String>,
    pub container: Vec<String>,
    /// `Some(None)`: `@language: null` (plain strings without a language).
    pub language: Option<Option<String>>,
    pub direction: Option<Option<String>>,
    /// A scoped context, kept unprocessed.
    pub context: Option<Arc<Value>>,
}

impl TermDefinition {
    fn same_except_protected(&self, other: &TermDefinition) -> bool {
        self.iri == other.iri
            && self.prefix == other.prefix
            && self.type_mapping == other.type_mapping
            && self.container == other.container
            && self.language == other.language
            && self.direction == other.direction
            && match (&self.context, &other.context) {
                (None, None) => true,
                (Some(a), Some(b)) => a == b,
                _ => false,
            }
    }

    pub fn has_container(&self, c: &str) -> bool {
        self.container.iter().any(|x| x == c)
    }
}

/// An active context.
#[derive(Debug, Clone, Default)]
pub(crate) struct ActiveContext {
    pub terms: HashMap<String, Arc<TermDefinition>>,
    pub vocab: Option<String>,
    pub default_language: Option<String>,
    pub default_direction: Option<String>,
    /// The context to revert to when a non-propagated (type-scoped) context ends.
    pub previous: Option<Arc<ActiveContext>>,
    /// Built only from bundled contexts and kept in the process-wide cache (see `expand`).
    pub shared: bool,
}

const KEYWORDS: &[&str] = &[
    "@base",
    "@container",
    "@context",
    "@direction",
    "@graph",
    "@id",
    "@import",
    "@included",
    "@index",
    "@json",
    "@language",
    "@list",
    "@nest",
    "@none",
    "@prefix",
    "@propagate",
    "@protected",
    "@reverse",
    "@set",
    "@type",
    "@value",
    "@version",
    "@vocab",
];

pub(crate) fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// `@` followed by one or more ASCII letters: reserved for future keywords.
pub(crate) fn has_keyword_form(s: &str) -> bool {
    s.len() > 1 && s.starts_with('@') && s[1..].bytes().all(|b| b.is_ascii_alphabetic())
}

/// jsonld.js's test for an absolute IRI (or blank node identifier): a scheme, a colon and no
/// whitespace.
pub(crate) fn is_absolute_iri(s: &str) -> bool {
    let Some(colon) = s.find(':') else {
        return false;
    };
    let scheme = &s[..colon];
    let scheme_ok = scheme == "_"
        || (!scheme.is_empty()
            && scheme.as_bytes()[0].is_ascii_alphabetic()
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-' || b == b'.'));
    scheme_ok && !s[colon + 1..].chars().any(char::is_whitespace)
}

fn ends_with_gen_delim(s: &str) -> bool {
    matches!(
        s.as_bytes().last(),
        Some(b':' | b'/' | b'?' | b'#' | b'[' | b']' | b'@')
    )
}

/// Where a context-processing run stands: the local context being defined and which of its
/// terms are done (`true`) or in progress (`false`, to detect cycles).
struct Defining<'a> {
    local: &'a Map<String, Value>,
    defined: HashMap<String, bool>,
    protected_default: bool,
    override_protected: bool,
}

/// IRI expansion against a finished active context.
pub(crate) fn expand_iri_core(ctx: &ActiveContext, value: &str, vocab: bool) -> Option<String> {
    if is_keyword(value) {
        return Some(value.to_owned());
    }
    if has_keyword_form(value) {
        return None;
    }
    if let Some(def) = ctx.terms.get(value) {
        if let Some(iri) = &def.iri
            && is_keyword(iri)
        {
            return Some(iri.clone());
        }
        if vocab {
            return def.iri.clone();
        }
    }
    if let Some(colon) = colon_after_first_char(value) {
        let (prefix, suffix) = (&value[..colon], &value[colon + 1..]);
        if prefix == "_" || suffix.starts_with("//") {
            return Some(value.to_owned());
        }
        if let Some(def) = ctx.terms.get(prefix)
            && def.prefix
            && let Some(iri) = &def.iri
        {
            return Some(format!("{iri}{suffix}"));
        }
        if is_absolute_iri(value) {
            return Some(value.to_owned());
        }
    }
    if vocab && let Some(v) = &ctx.vocab {
        return Some(format!("{v}{value}"));
    }
    // No base IRI: a relative reference stays as it is (callers reject it where it matters).
    Some(value.to_owned())
}

/// Options of one context-processing call.
#[derive(Clone, Copy)]
pub(crate) struct ProcessOptions {
    pub override_protected: bool,
    pub propagate: bool,
}

impl Default for ProcessOptions {
    fn default() -> Self {
        ProcessOptions {
            override_protected: false,
            propagate: true,
        }
    }
}

/// Context processing (JSON-LD 1.1 API §4.1).
pub(crate) fn process(
    active: &Arc<ActiveContext>,
    local: &Value,
    remote_contexts: &mut Vec<String>,
    options: ProcessOptions,
) -> Result<Arc<ActiveContext>, JsonLdError> {
    let mut result: ActiveContext = (**active).clone();
    result.shared = false;
    let mut propagate = options.propagate;
    if let Some(p) = local.get("@propagate") {
        propagate = p
            .as_bool()
            .ok_or_else(|| invalid("invalid-propagate-value", p.to_string()))?;
    }
    if !propagate && result.previous.is_none() {
        result.previous = Some(active.clone());
    }
    let locals: Vec<&Value> = match local {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for context in locals {
        match context {
            Value::Null => {
                if !options.override_protected && result.terms.values().any(|d| d.protected) {
                    return Err(invalid(
                        "invalid-context-nullification",
                        "a context with protected terms cannot be nullified".into(),
                    ));
                }
                let previous = result.previous.clone();
                result = ActiveContext::default();
                if !propagate {
                    result.previous = previous;
                }
            }
            Value::String(url) => {
                if !is_absolute_iri(url) {
                    return Err(JsonLdError::UnknownContext { url: url.clone() });
                }
                if remote_contexts.iter().any(|u| u == url) {
                    // Already being processed higher up: a cycle.
                    return Err(invalid("recursive-context-inclusion", url.clone()));
                }
                let doc = contexts::document(url)?;
                let loaded = doc
                    .get("@context")
                    .ok_or_else(|| invalid("invalid-remote-context", url.clone()))?;
                remote_contexts.push(url.clone());
                let processed = process(
                    &Arc::new(result),
                    loaded,
                    remote_contexts,
                    ProcessOptions::default(),
                )?;
                remote_contexts.pop();
                result = Arc::unwrap_or_clone(processed);
            }
            Value::Object(map) => {
                process_object(&mut result, map, remote_contexts, options)?;
            }
            other => return Err(invalid("invalid-local-context", other.to_string())),
        }
    }
    Ok(Arc::new(result))
}

fn process_object(
    result: &mut ActiveContext,
    map: &Map<String, Value>,
    _remote_contexts: &mut [String],
    options: ProcessOptions,
) -> Result<(), JsonLdError> {
    if let Some(v) = map.get("@version")
        && v.as_f64() != Some(1.1)
    {
        return Err(invalid("invalid-version-value", v.to_string()));
    }
    if map.contains_key("@import") {
        return Err(JsonLdError::Unsupported {
            feature: "@import".into(),
        });
    }
    if let Some(base) = map.get("@base")
        && !base.is_null()
    {
        return Err(JsonLdError::Unsupported {
            feature: "@base".into(),
        });
    }
    if let Some(v) = map.get("@vocab") {
        match v {
            Value::Null => result.vocab = None,
            Value::String(s) => {
                let expanded = expand_iri_core(result, s, true);
                match expanded {
                    Some(iri) if is_absolute_iri(&iri) => result.vocab = Some(iri),
                    _ => return Err(invalid("relative-vocab-reference", s.clone())),
                }
            }
            other => return Err(invalid("invalid-vocab-mapping", other.to_string())),
        }
    }
    if let Some(v) = map.get("@language") {
        match v {
            Value::Null => result.default_language = None,
            Value::String(s) => {
                check_language_tag(s)?;
                result.default_language = Some(s.to_lowercase());
            }
            other => return Err(invalid("invalid-default-language", other.to_string())),
        }
    }
    if let Some(v) = map.get("@direction") {
        match v {
            Value::Null => result.default_direction = None,
            Value::String(s) if s == "ltr" || s == "rtl" => {
                result.default_direction = Some(s.clone())
            }
            other => return Err(invalid("invalid-base-direction", other.to_string())),
        }
    }
    let protected_default = match map.get("@protected") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => return Err(invalid("invalid-protected-value", other.to_string())),
    };
    let mut defining = Defining {
        local: map,
        defined: HashMap::new(),
        protected_default,
        override_protected: options.override_protected,
    };
    for key in map.keys() {
        if matches!(
            key.as_str(),
            "@base"
                | "@direction"
                | "@import"
                | "@language"
                | "@propagate"
                | "@protected"
                | "@version"
                | "@vocab"
        ) {
            continue;
        }
        create_term_definition(result, &mut defining, key)?;
    }
    Ok(())
}

/// A well-formed BCP 47 tag, as jsonld.js checks it (an ill-formed one is unsafe there).
pub(crate) fn check_language_tag(tag: &str) -> Result<(), JsonLdError> {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if first_ok && rest_ok {
        Ok(())
    } else {
        Err(invalid("invalid-language-tag", tag.to_owned()))
    }
}

/// IRI expansion while a local context is being defined (terms it uses get defined first).
fn expand_iri_defining(
    active: &mut ActiveContext,
    defining: &mut Defining<'_>,
    value: &str,
    vocab: bool,
) -> Result<Option<String>, JsonLdError> {
    if is_keyword(value) {
        return Ok(Some(value.to_owned()));
    }
    if has_keyword_form(value) {
        return Ok(None);
    }
    if defining.local.contains_key(value) && defining.defined.get(value) != Some(&true) {
        create_term_definition(active, defining, value)?;
    }
    if let Some(colon) = colon_after_first_char(value) {
        let prefix = &value[..colon];
        if prefix != "_"
            && !value[colon + 1..].starts_with("//")
            && defining.local.contains_key(prefix)
            && defining.defined.get(prefix) != Some(&true)
        {
            create_term_definition(active, defining, prefix)?;
        }
    }
    Ok(expand_iri_core(active, value, vocab))
}

/// Create Term Definition (JSON-LD 1.1 API §4.2.2).
fn create_term_definition(
    active: &mut ActiveContext,
    defining: &mut Defining<'_>,
    term: &str,
) -> Result<(), JsonLdError> {
    match defining.defined.get(term) {
        Some(true) => return Ok(()),
        Some(false) => return Err(invalid("cyclic-iri-mapping", term.to_owned())),
        None => {}
    }
    if term.is_empty() {
        return Err(invalid("invalid-term-definition", "empty term".into()));
    }
    defining.defined.insert(term.to_owned(), false);
    let value = defining.local.get(term).cloned().unwrap_or(Value::Null);

    if term == "@type" {
        // Only `{"@container": "@set", "@protected": ...}` may redefine @type.
        let ok = value.as_object().is_some_and(|m| {
            !m.is_empty()
                && m.iter().all(|(k, v)| match k.as_str() {
                    "@container" => v == "@set",
                    "@protected" => v.is_boolean(),
                    _ => false,
                })
        });
        if !ok {
            return Err(invalid("keyword-redefinition", term.to_owned()));
        }
    } else if is_keyword(term) {
        return Err(invalid("keyword-redefinition", term.to_owned()));
    } else if has_keyword_form(term) {
        // jsonld.js ignores it with a warning that safe mode turns into an error.
        return Err(invalid("reserved-term", term.to_owned()));
    }

    let previous = active.terms.remove(term);
    let (map, simple_term) = match &value {
        Value::Null => {
            let mut m = Map::new();
            m.insert("@id".into(), Value::Null);
            (m, false)
        }
        Value::String(s) => {
            let mut m = Map::new();
            m.insert("@id".into(), Value::String(s.clone()));
            (m, true)
        }
        Value::Object(m) => (m.clone(), false),
        other => {
            return Err(invalid(
                "invalid-term-definition",
                format!("{term}: {other}"),
            ));
        }
    };

    let mut def = TermDefinition {
        iri: None,
        prefix: false,
        protected: defining.protected_default,
        type_mapping: None,
        container: Vec::new(),
        language: None,
        direction: None,
        context: None,
    };

    for key in map.keys() {
        if !matches!(
            key.as_str(),
            "@id"
                | "@reverse"
                | "@container"
                | "@context"
                | "@direction"
                | "@index"
                | "@language"
                | "@nest"
                | "@prefix"
                | "@protected"
                | "@type"
        ) {
            return Err(invalid("invalid-term-definition", format!("{term}: {key}")));
        }
    }
    if map.contains_key("@reverse") {
        return Err(JsonLdError::Unsupported {
            feature: "@reverse".into(),
        });
    }
    if map.contains_key("@nest") {
        return Err(JsonLdError::Unsupported {
            feature: "@nest".into(),
        });
    }
    if map.contains_key("@index") {
        return Err(JsonLdError::Unsupported {
            feature: "@index".into(),
        });
    }

    if let Some(p) = map.get("@protected") {
        def.protected = p
            .as_bool()
            .ok_or_else(|| invalid("invalid-protected-value", p.to_string()))?;
    }

    if let Some(t) = map.get("@type") {
        let t = t
            .as_str()
            .ok_or_else(|| invalid("invalid-type-mapping", t.to_string()))?;
        let expanded = expand_iri_defining(active, defining, t, true)?;
        match expanded {
            Some(e)
                if matches!(e.as_str(), "@id" | "@vocab" | "@json" | "@none")
                    || (is_absolute_iri(&e) && !e.starts_with("_:")) =>
            {
                def.type_mapping = Some(e)
            }
            _ => return Err(invalid("invalid-type-mapping", t.to_owned())),
        }
    }

    let id_entry = map.get("@id");
    if let Some(id) = id_entry.filter(|id| id.as_str() != Some(term)) {
        match id {
            Value::Null => def.iri = None,
            Value::String(s) => {
                if !is_keyword(s) && has_keyword_form(s) {
                    return Err(invalid("reserved-id-value", s.clone()));
                }
                let iri = expand_iri_defining(active, defining, s, true)?
                    .filter(|i| is_keyword(i) || is_absolute_iri(i))
                    .ok_or_else(|| invalid("invalid-iri-mapping", format!("{term}: {s}")))?;
                if iri == "@context" {
                    return Err(invalid("invalid-keyword-alias", term.to_owned()));
                }
                let inner_colon = term
                    .char_indices()
                    .any(|(i, c)| c == ':' && i > 0 && i + 1 < term.len());
                if inner_colon || term.contains('/') {
                    defining.defined.insert(term.to_owned(), true);
                    let again = expand_iri_defining(active, defining, term, true)?;
                    if again.as_deref() != Some(iri.as_str()) {
                        return Err(invalid("invalid-iri-mapping", term.to_owned()));
                    }
                }
                if !term.contains(':')
                    && !term.contains('/')
                    && simple_term
                    && (ends_with_gen_delim(&iri) || iri.starts_with("_:"))
                {
                    def.prefix = true;
                }
                def.iri = Some(iri);
            }
            other => return Err(invalid("invalid-iri-mapping", other.to_string())),
        }
    } else if let Some(colon) = colon_after_first_char(term) {
        let prefix = &term[..colon];
        let suffix = &term[colon + 1..];
        if defining.local.contains_key(prefix) {
            create_term_definition(active, defining, prefix)?;
        }
        if let Some(pdef) = active.terms.get(prefix)
            && let Some(piri) = &pdef.iri
        {
            def.iri = Some(format!("{piri}{suffix}"));
        } else if is_absolute_iri(term) {
            def.iri = Some(term.to_owned());
        } else {
            return Err(invalid("invalid-iri-mapping", term.to_owned()));
        }
    } else if term.contains('/') {
        match expand_iri_core(active, term, true) {
            Some(i) if is_absolute_iri(&i) => def.iri = Some(i),
            _ => return Err(invalid("invalid-iri-mapping", term.to_owned())),
        }
    } else if term == "@type" {
        def.iri = Some("@type".into());
    } else if let Some(v) = &active.vocab {
        def.iri = Some(format!("{v}{term}"));
    } else {
        return Err(invalid("invalid-iri-mapping", term.to_owned()));
    }

    if let Some(c) = map.get("@container") {
        let list: Vec<String> = match c {
            Value::String(s) => vec![s.clone()],
            Value::Array(a) => a
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| invalid("invalid-container-mapping", c.to_string()))
                })
                .collect::<Result<_, _>>()?,
            other => return Err(invalid("invalid-container-mapping", other.to_string())),
        };
        for item in &list {
            match item.as_str() {
                "@set" | "@list" | "@graph" | "@language" => {}
                "@index" | "@id" | "@type" => {
                    return Err(JsonLdError::Unsupported {
                        feature: format!("@container {item}"),
                    });
                }
                _ => return Err(invalid("invalid-container-mapping", item.clone())),
            }
        }
        if list.iter().any(|c| c == "@list") && list.len() > 1 {
            return Err(invalid("invalid-container-mapping", c.to_string()));
        }
        def.container = list;
    }

    if let Some(ctx) = map.get("@context") {
        def.context = Some(Arc::new(ctx.clone()));
    }

    if !map.contains_key("@type") {
        if let Some(l) = map.get("@language") {
            def.language = Some(match l {
                Value::Null => None,
                Value::String(s) => {
                    check_language_tag(s)?;
                    Some(s.to_lowercase())
                }
                other => return Err(invalid("invalid-language-mapping", other.to_string())),
            });
        }
        if let Some(d) = map.get("@direction") {
            def.direction = Some(match d {
                Value::Null => None,
                Value::String(s) if s == "ltr" || s == "rtl" => Some(s.clone()),
                other => return Err(invalid("invalid-base-direction", other.to_string())),
            });
        }
    }

    if let Some(p) = map.get("@prefix") {
        if term.contains(':') || term.contains('/') {
            return Err(invalid("invalid-term-definition", term.to_owned()));
        }
        def.prefix = p
            .as_bool()
            .ok_or_else(|| invalid("invalid-prefix-value", p.to_string()))?;
    }

    if let Some(prev) = previous
        && !defining.override_protected
        && prev.protected
    {
        if !def.same_except_protected(&prev) {
            return Err(JsonLdError::ProtectedTermRedefinition {
                term: term.to_owned(),
            });
        }
        // Identical redefinition: keep the protected original.
        active.terms.insert(term.to_owned(), prev);
        defining.defined.insert(term.to_owned(), true);
        return Ok(());
    }
    active.terms.insert(term.to_owned(), Arc::new(def));
    defining.defined.insert(term.to_owned(), true);
    Ok(())
}

/// The byte index of the first `:` after the first character (JSON-LD looks for a
/// compact IRI's colon "after the first character"). Counted in characters, so a
/// non-ASCII first character never splits a UTF-8 sequence.
fn colon_after_first_char(value: &str) -> Option<usize> {
    let first = value.chars().next().map_or(0, char::len_utf8);
    value[first..].find(':').map(|i| i + first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ctx(local: Value) -> Result<Arc<ActiveContext>, JsonLdError> {
        process(
            &Arc::new(ActiveContext::default()),
            &local,
            &mut Vec::new(),
            ProcessOptions::default(),
        )
    }

    #[test]
    fn absolute_iri_test_follows_jsonld_js() {
        assert!(is_absolute_iri("https://example.org/x"));
        assert!(is_absolute_iri("urn:uuid:1"));
        assert!(is_absolute_iri("did:key:z6Mk#z6Mk"));
        assert!(is_absolute_iri("_:b0"));
        assert!(!is_absolute_iri("name"));
        assert!(!is_absolute_iri("urn:a b"));
        assert!(!is_absolute_iri("1a:b"));
    }

    #[test]
    fn prefixes_compact_iris_and_vocab() {
        let c = ctx(json!({
            "ex": "https://example.org/ns#",
            "name": "ex:name",
            "@vocab": "https://vocab.example/"
        }))
        .unwrap();
        assert_eq!(
            c.terms["name"].iri.as_deref(),
            Some("https://example.org/ns#name")
        );
        assert!(c.terms["ex"].prefix);
        assert_eq!(
            expand_iri_core(&c, "ex:other", true).as_deref(),
            Some("https://example.org/ns#other")
        );
        assert_eq!(
            expand_iri_core(&c, "loose", true).as_deref(),
            Some("https://vocab.example/loose")
        );
        // Not as a vocabulary term: stays relative.
        assert_eq!(
            expand_iri_core(&c, "loose", false).as_deref(),
            Some("loose")
        );
    }

    #[test]
    fn a_term_defined_through_another_term_of_the_same_context() {
        // As in the OB 3.0.0 context: "AchievementCredential": {"@id": "OpenBadgeCredential"}.
        let c = ctx(json!({
            "AchievementCredential": {"@id": "OpenBadgeCredential"},
            "OpenBadgeCredential": {"@id": "https://purl.example/ob#OpenBadgeCredential"}
        }))
        .unwrap();
        assert_eq!(
            c.terms["AchievementCredential"].iri.as_deref(),
            Some("https://purl.example/ob#OpenBadgeCredential")
        );
    }

    #[test]
    fn protected_terms_cannot_be_redefined_differently() {
        let base = ctx(json!({"@protected": true, "name": "https://schema.org/name"})).unwrap();
        let err = process(
            &base,
            &json!({"name": "https://other.example/name"}),
            &mut Vec::new(),
            ProcessOptions::default(),
        )
        .unwrap_err();
        assert_eq!(err.code(), "protected-term-redefinition");
        assert_eq!(err.args()["term"], "name");
        // The same definition again is fine.
        process(
            &base,
            &json!({"name": "https://schema.org/name"}),
            &mut Vec::new(),
            ProcessOptions::default(),
        )
        .unwrap();
        // A property-scoped context may override.
        process(
            &base,
            &json!({"name": "https://other.example/name"}),
            &mut Vec::new(),
            ProcessOptions {
                override_protected: true,
                propagate: true,
            },
        )
        .unwrap();
        // Nullifying a context with protected terms is an error.
        assert!(
            process(
                &base,
                &Value::Null,
                &mut Vec::new(),
                ProcessOptions::default()
            )
            .is_err()
        );
    }

    #[test]
    fn vc_v2_then_ob_3_0_0_is_a_protected_redefinition() {
        // jsonld.js refuses this pair too: OB 3.0.0 redefines name/description.
        let err = ctx(json!([contexts::VC_V2, contexts::OB_V3P0_3_0_0])).unwrap_err();
        assert_eq!(err.code(), "protected-term-redefinition");
        ctx(json!([contexts::VC_V2, contexts::OB_V3P0_3_0_3])).unwrap();
    }

    #[test]
    fn errors_for_unknown_contexts_and_bad_definitions() {
        assert_eq!(
            ctx(json!("https://example.org/unknown"))
                .unwrap_err()
                .code(),
            "unknown-context"
        );
        assert_eq!(
            ctx(json!({"@import": "https://example.org/x"}))
                .unwrap_err()
                .code(),
            "jsonld-unsupported"
        );
        assert_eq!(
            ctx(json!({"@id": "x"})).unwrap_err().code(),
            "jsonld-invalid"
        );
        assert_eq!(
            ctx(json!({"@foo": "x"})).unwrap_err().code(),
            "jsonld-invalid"
        );
        // A term without IRI and without @vocab.
        assert_eq!(
            ctx(json!({"a": {"@type": "@id"}})).unwrap_err().code(),
            "jsonld-invalid"
        );
        assert_eq!(
            ctx(json!({"a": "b:c", "b": "a:d"})).unwrap_err().code(),
            "jsonld-invalid"
        );
        assert!(ctx(json!({"@language": "not a tag"})).is_err());
        assert!(ctx(json!({"@vocab": "relative"})).is_err());
    }

    #[test]
    fn keyword_aliases_and_null_mappings() {
        let c = ctx(json!({"id": "@id", "type": "@type", "gone": null})).unwrap();
        assert_eq!(expand_iri_core(&c, "id", true).as_deref(), Some("@id"));
        assert_eq!(expand_iri_core(&c, "type", false).as_deref(), Some("@type"));
        assert_eq!(expand_iri_core(&c, "gone", true), None);
    }

    #[test]
    fn keyword_form_values_expand_to_nothing() {
        let c = ActiveContext::default();
        assert_eq!(expand_iri_core(&c, "@foo", true), None);
        assert_eq!(expand_iri_core(&c, "@id", true).as_deref(), Some("@id"));
    }
}
