//! CV rendering for Passerelle. The exports issue brings typst in here, behind an
//! in-memory `World` with embedded fonts; until then this crate only fixes the
//! languages a CV can be written in, independently of the UI language.

/// A language a CV can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CvLanguage {
    Fr,
    Nl,
    En,
}

impl CvLanguage {
    pub const ALL: [CvLanguage; 3] = [CvLanguage::Fr, CvLanguage::Nl, CvLanguage::En];

    /// Parse `fr`, `nl` or `en` (any case).
    pub fn parse(code: &str) -> Option<CvLanguage> {
        match code.to_ascii_lowercase().as_str() {
            "fr" => Some(CvLanguage::Fr),
            "nl" => Some(CvLanguage::Nl),
            "en" => Some(CvLanguage::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_languages_only() {
        assert_eq!(CvLanguage::parse("NL"), Some(CvLanguage::Nl));
        assert_eq!(CvLanguage::parse("de"), None);
        assert_eq!(CvLanguage::ALL.len(), 3);
    }
}
