//! Accent- and case-insensitive search, as people type: "gestion" finds "Gestión",
//! "oeuvre" finds "œuvre", "Zoe" finds "Zoë".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` as plain lowercase ASCII words joined by dashes, at most about `max`
/// characters (for file names: `Zoë — Gestion` gives `zoe-gestion`); empty when
/// nothing is left.
pub(crate) fn ascii_words(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= max {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Fold text for matching: decompose, drop combining marks, expand ligatures,
/// lower-case, and collapse runs of white space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        let expanded: &str = match c {
            'œ' | 'Œ' => "oe",
            'æ' | 'Æ' => "ae",
            'ß' => "ss",
            'ø' | 'Ø' => "o",
            'ł' | 'Ł' => "l",
            'đ' | 'Đ' => "d",
            _ => "",
        };
        if !expanded.is_empty() {
            out.push_str(expanded);
            last_space = false;
            continue;
        }
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
            continue;
        }
        out.extend(c.to_lowercase());
        last_space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether every word of `query` occurs in `haystack` (both folded).
pub fn matches(haystack: &str, query: &str) -> bool {
    matches_folded(&fold(haystack), &fold(query))
}

/// [`matches`] for text already folded (e.g. a stored search column).
pub fn matches_folded(folded_haystack: &str, folded_query: &str) -> bool {
    folded_query
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| folded_haystack.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_ligatures_and_case() {
        assert_eq!(fold("Gestión de Proyectos"), "gestion de proyectos");
        assert_eq!(fold("Mise en Œuvre"), "mise en oeuvre");
        assert_eq!(
            fold("  Zoë   Dupré-Van den Bossche "),
            "zoe dupre-van den bossche"
        );
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ﬁche"), "fiche");
    }

    #[test]
    fn every_query_word_must_match() {
        assert!(matches("Gestión de proyectos ágiles", "gestion"));
        assert!(matches("Mise en œuvre d'un projet", "oeuvre projet"));
        assert!(matches("Technofutur TIC", "tic techno"));
        assert!(!matches("Technofutur TIC", "tic forem"));
        assert!(matches("anything", "   "));
    }
}
