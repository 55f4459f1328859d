//! JSON-LD 1.1 expansion (API §5.1.2, §5.3.2) in jsonld.js "safe mode": whatever the standard
//! algorithm would silently drop (an undefined property, a relative `@type`, an object that
//! carries nothing) is an error here, so a credential can never verify with data that was not
//! signed.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::{Map, Value};

use super::context::{
    ActiveContext, ProcessOptions, TermDefinition, check_language_tag, expand_iri_core,
    is_absolute_iri, is_keyword, process,
};
use super::{JsonLdError, invalid};

/// Deepest nesting accepted (guards the recursion against hostile input).
const MAX_DEPTH: usize = 64;

type CacheKey = (usize, usize, bool, bool);

/// Per-document state: a cache of processed scoped contexts.
pub(crate) struct Expander {
    scoped: HashMap<CacheKey, (Arc<ActiveContext>, Arc<ActiveContext>)>,
}

/// Processed top-level contexts made only of bundled URLs, shared across documents (the
/// bundled contexts never change, so this is a pure cache).
fn url_context_cache() -> &'static Mutex<HashMap<Vec<String>, Arc<ActiveContext>>> {
    static CACHE: OnceLock<Mutex<HashMap<Vec<String>, Arc<ActiveContext>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// A scoped context applied to a shared active context: the entry keeps both inputs alive, so
/// their addresses stay unique keys.
struct SharedScoped {
    _active: Arc<ActiveContext>,
    _scoped: Arc<Value>,
    result: Arc<ActiveContext>,
}

/// Scoped contexts applied to shared (bundled-only) active contexts, across documents.
fn shared_scoped_cache() -> &'static Mutex<HashMap<CacheKey, SharedScoped>> {
    static CACHE: OnceLock<Mutex<HashMap<CacheKey, SharedScoped>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Bound on each process-wide cache (hostile documents cannot make them grow without end).
const SHARED_CACHE_MAX: usize = 512;

fn mark_shared(ctx: Arc<ActiveContext>) -> Arc<ActiveContext> {
    let mut c = Arc::unwrap_or_clone(ctx);
    c.shared = true;
    Arc::new(c)
}

impl Expander {
    pub fn new() -> Expander {
        Expander {
            scoped: HashMap::new(),
        }
    }

    /// Expand a whole document; the result is always an array of node objects.
    pub fn expand_document(&mut self, doc: &Value) -> Result<Vec<Value>, JsonLdError> {
        let active = Arc::new(ActiveContext::default());
        let expanded = self.expand(&active, None, doc, false, false, 0)?;
        let expanded = match expanded {
            Value::Object(mut m) if m.len() == 1 && m.contains_key("@graph") => {
                m.remove("@graph").unwrap_or(Value::Null)
            }
            other => other,
        };
        Ok(match expanded {
            Value::Null => Vec::new(),
            Value::Array(a) => a,
            other => vec![other],
        })
    }

    /// Context processing of `local` against `active`, cached.
    fn process_cached(
        &mut self,
        active: &Arc<ActiveContext>,
        local: &Value,
        options: ProcessOptions,
    ) -> Result<Arc<ActiveContext>, JsonLdError> {
        // Top-level contexts that are only bundled URLs: use the shared cache.
        let urls: Option<Vec<String>> = match local {
            Value::String(s) => Some(vec![s.clone()]),
            Value::Array(a) => a.iter().map(|v| v.as_str().map(str::to_owned)).collect(),
            _ => None,
        };
        if let Some(urls) = urls
            && active.terms.is_empty()
            && active.vocab.is_none()
            && active.previous.is_none()
            && options.propagate
            && !options.override_protected
        {
            if let Some(hit) = url_context_cache()
                .lock()
                .ok()
                .and_then(|c| c.get(&urls).cloned())
            {
                return Ok(hit);
            }
            let processed = mark_shared(process(active, local, &mut Vec::new(), options)?);
            if let Ok(mut c) = url_context_cache().lock()
                && c.len() < SHARED_CACHE_MAX
            {
                c.insert(urls, processed.clone());
            }
            return Ok(processed);
        }
        process(active, local, &mut Vec::new(), options)
    }

    /// Scoped contexts live in term definitions (behind an `Arc`), so their address is a
    /// stable key while the active context that holds them is alive (the cache keeps it).
    fn process_scoped(
        &mut self,
        active: &Arc<ActiveContext>,
        scoped: &Arc<Value>,
        options: ProcessOptions,
    ) -> Result<Arc<ActiveContext>, JsonLdError> {
        let key = (
            Arc::as_ptr(active) as usize,
            Arc::as_ptr(scoped) as usize,
            options.override_protected,
            options.propagate,
        );
        if let Some((_, hit)) = self.scoped.get(&key) {
            return Ok(hit.clone());
        }
        if active.shared {
            if let Some(hit) = shared_scoped_cache()
                .lock()
                .ok()
                .and_then(|c| c.get(&key).map(|e| e.result.clone()))
            {
                return Ok(hit);
            }
            let processed = mark_shared(process(active, scoped, &mut Vec::new(), options)?);
            if let Ok(mut c) = shared_scoped_cache().lock()
                && c.len() < SHARED_CACHE_MAX
            {
                c.insert(
                    key,
                    SharedScoped {
                        _active: active.clone(),
                        _scoped: scoped.clone(),
                        result: processed.clone(),
                    },
                );
            }
            return Ok(processed);
        }
        let processed = self.process_cached(active, scoped, options)?;
        self.scoped.insert(key, (active.clone(), processed.clone()));
        Ok(processed)
    }

    fn expand(
        &mut self,
        active: &Arc<ActiveContext>,
        active_property: Option<&str>,
        element: &Value,
        inside_list: bool,
        from_map: bool,
        depth: usize,
    ) -> Result<Value, JsonLdError> {
        if depth > MAX_DEPTH {
            return Err(invalid(
                "too-deep",
                format!("nesting deeper than {MAX_DEPTH}"),
            ));
        }
        let property_def: Option<Arc<TermDefinition>> =
            active_property.and_then(|p| active.terms.get(p).cloned());
        let property_scoped = property_def.as_ref().and_then(|d| d.context.clone());

        match element {
            Value::Null => Ok(Value::Null),
            Value::Array(items) => {
                let in_list = inside_list
                    || property_def
                        .as_ref()
                        .is_some_and(|d| d.has_container("@list"));
                let mut out = Vec::new();
                for item in items {
                    let mut e =
                        self.expand(active, active_property, item, in_list, from_map, depth + 1)?;
                    if in_list && e.is_array() {
                        let mut m = Map::new();
                        m.insert("@list".into(), e);
                        e = Value::Object(m);
                    }
                    match e {
                        Value::Array(a) => out.extend(a),
                        Value::Null => {}
                        other => out.push(other),
                    }
                }
                Ok(Value::Array(out))
            }
            Value::Object(map) => self.expand_object(
                active,
                active_property,
                property_def,
                property_scoped,
                map,
                inside_list,
                from_map,
                depth,
            ),
            scalar => {
                if !inside_list
                    && (active_property.is_none()
                        || active_property
                            .and_then(|p| expand_iri_core(active, p, true))
                            .as_deref()
                            == Some("@graph"))
                {
                    return Err(invalid("free-floating-scalar", scalar.to_string()));
                }
                let ctx = match &property_scoped {
                    Some(s) => self.process_scoped(
                        active,
                        s,
                        ProcessOptions {
                            override_protected: true,
                            propagate: true,
                        },
                    )?,
                    None => active.clone(),
                };
                Ok(expand_value(&ctx, active_property, scalar))
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn expand_object(
        &mut self,
        active_in: &Arc<ActiveContext>,
        active_property: Option<&str>,
        property_def: Option<Arc<TermDefinition>>,
        property_scoped: Option<Arc<Value>>,
        map: &Map<String, Value>,
        inside_list: bool,
        from_map: bool,
        depth: usize,
    ) -> Result<Value, JsonLdError> {
        let mut active = active_in.clone();
        // Step 7: a non-propagated (type-scoped) context ends at a new node object.
        if let Some(prev) = &active.previous
            && !from_map
        {
            let mut has_value = false;
            let mut only_id = map.len() == 1;
            for k in map.keys() {
                let e = expand_iri_core(&active, k, true);
                if e.as_deref() == Some("@value") {
                    has_value = true;
                }
                if e.as_deref() != Some("@id") {
                    only_id = false;
                }
            }
            if !has_value && !only_id {
                active = prev.clone();
            }
        }
        if let Some(s) = &property_scoped {
            active = self.process_scoped(
                &active,
                s,
                ProcessOptions {
                    override_protected: true,
                    propagate: true,
                },
            )?;
        }
        if let Some(local) = map.get("@context") {
            active = self.process_cached(&active, local, ProcessOptions::default())?;
        }

        // Keys in lexicographic order, as jsonld.js processes them.
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort();

        // Step 11: type-scoped contexts.
        let type_scoped = active.clone();
        for key in &keys {
            if expand_iri_core(&active, key, true).as_deref() != Some("@type") {
                continue;
            }
            let mut types: Vec<&str> = match &map[key.as_str()] {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            types.sort_unstable();
            for t in types {
                if let Some(def) = type_scoped.terms.get(t)
                    && let Some(ctx) = &def.context
                {
                    active = self.process_scoped(
                        &active,
                        ctx,
                        ProcessOptions {
                            override_protected: false,
                            propagate: false,
                        },
                    )?;
                }
            }
        }

        let mut result = Map::new();
        for key in keys {
            if key == "@context" {
                continue;
            }
            let value = &map[key.as_str()];
            let expanded_property = expand_iri_core(&active, key, true);
            let expanded_property = match expanded_property {
                Some(p) if is_keyword(&p) || is_absolute_iri(&p) => p,
                _ => {
                    return Err(JsonLdError::UndefinedTerm { term: key.clone() });
                }
            };
            if is_keyword(&expanded_property) {
                self.expand_keyword(
                    &active,
                    &type_scoped,
                    active_property,
                    &expanded_property,
                    key,
                    value,
                    &mut result,
                    depth,
                )?;
                continue;
            }
            let term_def = active.terms.get(key.as_str()).cloned();
            let container: &[String] = term_def.as_ref().map_or(&[], |d| d.container.as_slice());
            let mut expanded_value =
                if term_def.as_ref().and_then(|d| d.type_mapping.as_deref()) == Some("@json") {
                    let mut m = Map::new();
                    m.insert("@value".into(), value.clone());
                    m.insert("@type".into(), Value::String("@json".into()));
                    Value::Object(m)
                } else if container.iter().any(|c| c == "@language") && value.is_object() {
                    expand_language_map(&active, term_def.as_deref(), value)?
                } else {
                    self.expand(&active, Some(key), value, false, false, depth + 1)?
                };
            if expanded_value.is_null() {
                continue;
            }
            if container.iter().any(|c| c == "@list") && !is_list_object(&expanded_value) {
                let mut m = Map::new();
                m.insert("@list".into(), as_array(expanded_value));
                expanded_value = Value::Object(m);
            }
            if container.iter().any(|c| c == "@graph") {
                let mut graphs = Vec::new();
                for ev in into_vec(expanded_value) {
                    check_unsafe_drop(&ev)?;
                    let mut m = Map::new();
                    m.insert("@graph".into(), as_array(ev));
                    graphs.push(Value::Object(m));
                }
                expanded_value = Value::Array(graphs);
            }
            let slot = result
                .entry(expanded_property)
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(a) = slot {
                match expanded_value {
                    Value::Array(v) => a.extend(v),
                    other => a.push(other),
                }
            }
        }

        if result.contains_key("@value") {
            normalize_value_object(&mut result)?;
        }
        let mut result = Value::Object(result);
        if let Value::Object(r) = &result {
            if r.contains_key("@value") {
                // Checked above.
            } else if r.contains_key("@set") || r.contains_key("@list") {
                if r.len() > 2 || (r.len() == 2 && !r.contains_key("@index")) {
                    return Err(invalid("invalid-set-or-list-object", format!("{r:?}")));
                }
                if let Some(set) = r.get("@set") {
                    result = set.clone();
                }
            } else if r.len() == 1 && r.contains_key("@language") {
                return Err(invalid("object-with-only-language", format!("{r:?}")));
            }
        }
        let at_top = active_property.is_none()
            || active_property == Some("@graph")
            || property_def
                .as_ref()
                .is_some_and(|d| d.has_container("@graph"));
        if result.is_object() && !inside_list && at_top {
            check_unsafe_drop(&result)?;
        }
        Ok(result)
    }

    #[allow(clippy::too_many_arguments)]
    fn expand_keyword(
        &mut self,
        active: &Arc<ActiveContext>,
        type_scoped: &Arc<ActiveContext>,
        active_property: Option<&str>,
        keyword: &str,
        key: &str,
        value: &Value,
        result: &mut Map<String, Value>,
        depth: usize,
    ) -> Result<(), JsonLdError> {
        if result.contains_key(keyword) && keyword != "@type" {
            return Err(invalid("colliding-keywords", keyword.to_owned()));
        }
        let expanded: Value = match keyword {
            "@id" => {
                let s = value
                    .as_str()
                    .ok_or_else(|| invalid("invalid-id-value", value.to_string()))?;
                let iri = expand_iri_core(active, s, false)
                    .ok_or_else(|| invalid("reserved-id-value", s.to_owned()))?;
                if !is_absolute_iri(&iri) {
                    return Err(invalid("relative-id-reference", s.to_owned()));
                }
                Value::String(iri)
            }
            "@type" => {
                let names: Vec<&str> = match value {
                    Value::String(s) => vec![s.as_str()],
                    Value::Array(a) => a
                        .iter()
                        .map(|v| {
                            v.as_str()
                                .ok_or_else(|| invalid("invalid-type-value", value.to_string()))
                        })
                        .collect::<Result<_, _>>()?,
                    other => return Err(invalid("invalid-type-value", other.to_string())),
                };
                let mut out = match result.remove("@type") {
                    Some(Value::Array(a)) => a,
                    _ => Vec::new(),
                };
                for n in names {
                    match expand_iri_core(type_scoped, n, true) {
                        Some(t) if is_absolute_iri(&t) || t == "@json" => {
                            out.push(Value::String(t))
                        }
                        _ => return Err(JsonLdError::UndefinedTerm { term: n.to_owned() }),
                    }
                }
                Value::Array(out)
            }
            "@graph" => {
                as_array(self.expand(active, Some("@graph"), value, false, false, depth + 1)?)
            }
            // Structured values are checked once the whole object is known (only @json).
            "@value" => value.clone(),
            "@language" => {
                let s = value
                    .as_str()
                    .ok_or_else(|| invalid("invalid-language-tagged-string", value.to_string()))?;
                check_language_tag(s)?;
                Value::String(s.to_lowercase())
            }
            "@direction" => match value.as_str() {
                Some("ltr" | "rtl") => value.clone(),
                _ => return Err(invalid("invalid-base-direction", value.to_string())),
            },
            "@index" => {
                if !value.is_string() {
                    return Err(invalid("invalid-index-value", value.to_string()));
                }
                value.clone()
            }
            "@list" => {
                if active_property.is_none() || active_property == Some("@graph") {
                    return Err(invalid("free-floating-list", key.to_owned()));
                }
                as_array(self.expand(active, active_property, value, true, false, depth + 1)?)
            }
            "@set" => self.expand(active, active_property, value, false, false, depth + 1)?,
            "@context" => return Ok(()),
            other => {
                return Err(JsonLdError::Unsupported {
                    feature: other.to_owned(),
                });
            }
        };
        result.insert(keyword.to_owned(), expanded);
        Ok(())
    }
}

fn is_list_object(v: &Value) -> bool {
    v.as_object().is_some_and(|m| m.contains_key("@list"))
}

fn into_vec(v: Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a,
        Value::Null => Vec::new(),
        other => vec![other],
    }
}

fn as_array(v: Value) -> Value {
    match v {
        Value::Array(_) => v,
        Value::Null => Value::Array(Vec::new()),
        other => Value::Array(vec![other]),
    }
}

/// What jsonld.js drops at the top level or inside a graph with an "unsafe" warning.
fn check_unsafe_drop(v: &Value) -> Result<(), JsonLdError> {
    let Some(m) = v.as_object() else {
        return Ok(());
    };
    let reason = if m.is_empty() {
        "empty-object"
    } else if m.contains_key("@value") {
        "object-with-only-value"
    } else if m.contains_key("@list") {
        "object-with-only-list"
    } else if m.len() == 1 && m.contains_key("@id") {
        "object-with-only-id"
    } else {
        return Ok(());
    };
    Err(invalid(reason, v.to_string()))
}

/// Check a value object and store its `@type` as a single string.
fn normalize_value_object(r: &mut Map<String, Value>) -> Result<(), JsonLdError> {
    for k in r.keys() {
        if !matches!(
            k.as_str(),
            "@direction" | "@index" | "@language" | "@type" | "@value"
        ) {
            return Err(invalid("invalid-value-object", k.clone()));
        }
    }
    if r.contains_key("@type") && r.contains_key("@language") {
        return Err(invalid(
            "invalid-value-object",
            "both @type and @language".into(),
        ));
    }
    if let Some(Value::Array(types)) = r.get("@type") {
        if types.len() != 1 {
            return Err(invalid("invalid-typed-value", format!("{types:?}")));
        }
        let t = types[0].clone();
        r.insert("@type".into(), t);
    }
    let type_is_json = r.get("@type").is_some_and(|t| t == "@json");
    let value = &r["@value"];
    if value.is_null() {
        return Err(invalid("null-value", "@value is null".into()));
    }
    if (value.is_object() || value.is_array()) && !type_is_json {
        return Err(invalid("invalid-value-object-value", value.to_string()));
    }
    if r.contains_key("@language") && !value.is_string() {
        return Err(invalid("invalid-language-tagged-value", value.to_string()));
    }
    if let Some(t) = r.get("@type").and_then(Value::as_str)
        && t != "@json"
        && (!is_absolute_iri(t) || t.starts_with("_:"))
    {
        return Err(invalid("invalid-typed-value", t.to_owned()));
    }
    Ok(())
}

fn expand_language_map(
    active: &ActiveContext,
    def: Option<&TermDefinition>,
    value: &Value,
) -> Result<Value, JsonLdError> {
    let direction = def
        .and_then(|d| d.direction.clone())
        .unwrap_or_else(|| active.default_direction.clone());
    let mut out = Vec::new();
    let Some(map) = value.as_object() else {
        return Ok(Value::Array(out));
    };
    let mut langs: Vec<&String> = map.keys().collect();
    langs.sort();
    for lang in langs {
        let expanded_lang = expand_iri_core(active, lang, true);
        let items = match &map[lang.as_str()] {
            Value::Array(a) => a.clone(),
            other => vec![other.clone()],
        };
        for item in items {
            match item {
                Value::Null => continue,
                Value::String(s) => {
                    let mut v = Map::new();
                    v.insert("@value".into(), Value::String(s));
                    if expanded_lang.as_deref() != Some("@none") {
                        check_language_tag(lang)?;
                        v.insert("@language".into(), Value::String(lang.to_lowercase()));
                    }
                    if let Some(d) = &direction {
                        v.insert("@direction".into(), Value::String(d.clone()));
                    }
                    out.push(Value::Object(v));
                }
                other => return Err(invalid("invalid-language-map-value", other.to_string())),
            }
        }
    }
    Ok(Value::Array(out))
}

/// Value expansion (API §5.3.2).
fn expand_value(active: &ActiveContext, active_property: Option<&str>, value: &Value) -> Value {
    let def = active_property.and_then(|p| active.terms.get(p));
    let type_mapping = def.and_then(|d| d.type_mapping.as_deref());
    let mut m = Map::new();
    if let Value::String(s) = value {
        match type_mapping {
            Some("@id") => {
                m.insert(
                    "@id".into(),
                    Value::String(expand_iri_core(active, s, false).unwrap_or_default()),
                );
                return Value::Object(m);
            }
            Some("@vocab") => {
                m.insert(
                    "@id".into(),
                    Value::String(expand_iri_core(active, s, true).unwrap_or_default()),
                );
                return Value::Object(m);
            }
            _ => {}
        }
    }
    m.insert("@value".into(), value.clone());
    match type_mapping {
        Some(t) if !matches!(t, "@id" | "@vocab" | "@none") => {
            m.insert("@type".into(), Value::String(t.into()));
        }
        _ => {
            if value.is_string() {
                let language = match def.and_then(|d| d.language.clone()) {
                    Some(l) => l,
                    None => active.default_language.clone(),
                };
                if let Some(l) = language {
                    m.insert("@language".into(), Value::String(l));
                }
                let direction = match def.and_then(|d| d.direction.clone()) {
                    Some(d) => d,
                    None => active.default_direction.clone(),
                };
                if let Some(d) = direction {
                    m.insert("@direction".into(), Value::String(d));
                }
            }
        }
    }
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn expand(doc: Value) -> Result<Vec<Value>, JsonLdError> {
        Expander::new().expand_document(&doc)
    }

    const V2: &str = "https://www.w3.org/ns/credentials/v2";
    const OB: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    #[test]
    fn type_scoped_terms_expand() {
        let out = expand(json!({
            "@context": [V2, OB],
            "id": "urn:x", "type": ["VerifiableCredential"],
            "validFrom": "2024-01-01T00:00:00Z"
        }))
        .unwrap();
        assert_eq!(
            out[0]["https://www.w3.org/2018/credentials#validFrom"][0],
            json!({"@value": "2024-01-01T00:00:00Z",
                   "@type": "http://www.w3.org/2001/XMLSchema#dateTime"})
        );
        assert_eq!(
            out[0]["@type"],
            json!(["https://www.w3.org/2018/credentials#VerifiableCredential"])
        );
    }

    #[test]
    fn a_type_scoped_context_does_not_reach_nested_nodes() {
        // validFrom is only defined inside VerifiableCredential: a nested node without that
        // type must not see it (propagate: false).
        let err = expand(json!({
            "@context": [V2],
            "id": "urn:x", "type": ["VerifiableCredential"],
            "credentialSubject": {"id": "urn:s", "validFrom": "2024-01-01T00:00:00Z"}
        }))
        .unwrap_err();
        assert_eq!(err.code(), "undefined-term");
        assert_eq!(err.args()["term"], "validFrom");
    }

    #[test]
    fn undefined_properties_and_types_are_errors_not_dropped() {
        let err = expand(json!({"@context": [V2], "id": "urn:x", "foo": "bar"})).unwrap_err();
        assert_eq!(
            (err.code(), err.args()["term"].as_str()),
            ("undefined-term", "foo")
        );
        let err = expand(json!({"@context": [V2], "id": "urn:x", "type": "Nope", "name": "n"}))
            .unwrap_err();
        assert_eq!(
            (err.code(), err.args()["term"].as_str()),
            ("undefined-term", "Nope")
        );
    }

    #[test]
    fn vocab_makes_terms_defined() {
        let out = expand(
            json!({"@context": {"@vocab": "https://v.example/"}, "@id": "urn:x", "foo": "bar"}),
        )
        .unwrap();
        assert_eq!(out[0]["https://v.example/foo"][0]["@value"], "bar");
    }

    #[test]
    fn graph_containers_wrap_values() {
        let out = expand(json!({
            "@context": [V2], "id": "urn:x", "type": "VerifiableCredential",
            "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022"}
        }))
        .unwrap();
        let proof = &out[0]["https://w3id.org/security#proof"][0];
        assert!(proof["@graph"].is_array());
        assert_eq!(
            proof["@graph"][0]["@type"][0],
            "https://w3id.org/security#DataIntegrityProof"
        );
    }

    #[test]
    fn lists_languages_and_json() {
        let out = expand(json!({
            "@context": {"l": {"@id": "https://e.example/l", "@container": "@list"},
                         "t": {"@id": "https://e.example/t", "@language": "FR"},
                         "m": {"@id": "https://e.example/m", "@container": "@language"},
                         "j": {"@id": "https://e.example/j", "@type": "@json"}},
            "@id": "urn:x", "l": ["a", "b"], "t": "texte", "m": {"nl": "tekst"}, "j": {"b": 1}
        }))
        .unwrap();
        let n = &out[0];
        assert_eq!(
            n["https://e.example/l"][0]["@list"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        assert_eq!(n["https://e.example/t"][0]["@language"], "fr");
        assert_eq!(n["https://e.example/m"][0]["@language"], "nl");
        assert_eq!(n["https://e.example/j"][0]["@type"], "@json");
    }

    #[test]
    fn unsafe_drops_are_errors() {
        assert_eq!(
            expand(json!({"@context": [V2], "id": "urn:x"}))
                .unwrap_err()
                .args()["reason"],
            "object-with-only-id"
        );
        assert!(expand(json!({"@context": [V2]})).is_err());
        assert!(expand(json!({"@context": [V2], "id": "relative", "name": "n"})).is_err());
        assert!(
            expand(json!({"@context": [V2], "id": "urn:x", "name": {"@value": null}})).is_err()
        );
    }

    #[test]
    fn colliding_keywords_are_errors() {
        let err = expand(json!({"@context": [V2], "id": "urn:x", "@id": "urn:y", "name": "n"}))
            .unwrap_err();
        assert_eq!(err.args()["reason"], "colliding-keywords");
    }

    #[test]
    fn cached_contexts_do_not_leak_between_documents() {
        let with_inline = json!({"@context": [V2, {"foo": "https://e.example/foo"}],
            "id": "urn:x", "type": "VerifiableCredential", "foo": "1"});
        expand(with_inline.clone()).unwrap();
        let without =
            json!({"@context": [V2], "id": "urn:x", "type": "VerifiableCredential", "foo": "1"});
        assert_eq!(expand(without).unwrap_err().code(), "undefined-term");
        // And the shared path gives the same answer twice.
        let doc = json!({"@context": [V2, OB], "id": "urn:x", "type": ["VerifiableCredential"],
            "credentialSubject": {"type": "AchievementSubject", "id": "did:example:s",
                                  "achievement": {"id": "urn:a", "type": "Achievement", "name": "n"}}});
        assert_eq!(expand(doc.clone()).unwrap(), expand(doc).unwrap());
        assert_eq!(
            expand(with_inline.clone()).unwrap(),
            expand(with_inline).unwrap()
        );
    }

    #[test]
    fn hostile_nesting_is_refused_not_overflowed() {
        let mut v = json!("leaf");
        for _ in 0..500 {
            v = json!({"https://e.example/p": v});
        }
        assert_eq!(expand(v).unwrap_err().args()["reason"], "too-deep");
    }
}
