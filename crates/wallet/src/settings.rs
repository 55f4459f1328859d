//! The person's settings: language and theme.

use std::str::FromStr;

use crate::Error;
pub use crate::dto::{Language, Theme};

impl Language {
    pub const ALL: [Language; 3] = [Language::Fr, Language::Nl, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::Nl => "nl",
            Language::En => "en",
        }
    }

    /// Pick the language for an OS locale such as `nl_BE.UTF-8`, `fr-FR` or `C`.
    /// Anything that is not French or Dutch falls back to English, the reference.
    pub fn negotiate(os_locale: &str) -> Language {
        let primary = os_locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Language::Fr,
            // Flemish speakers sometimes carry the older `vls` code.
            "nl" | "vls" => Language::Nl,
            _ => Language::En,
        }
    }
}

impl FromStr for Language {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" => Ok(Language::Fr),
            "nl" => Ok(Language::Nl),
            "en" => Ok(Language::En),
            _ => Err(Error::UnsupportedLanguage {
                value: s.to_owned(),
            }),
        }
    }
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl FromStr for Theme {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "system" => Ok(Theme::System),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            _ => Err(Error::UnsupportedTheme {
                value: s.to_owned(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_os_locales() {
        assert_eq!(Language::negotiate("nl_BE.UTF-8"), Language::Nl);
        assert_eq!(Language::negotiate("fr-FR"), Language::Fr);
        assert_eq!(Language::negotiate("FR_be@euro"), Language::Fr);
        assert_eq!(Language::negotiate("de_DE"), Language::En);
        assert_eq!(Language::negotiate("C"), Language::En);
        assert_eq!(Language::negotiate(""), Language::En);
    }

    #[test]
    fn parses_codes_and_refuses_others() {
        for l in Language::ALL {
            assert_eq!(l.code().parse::<Language>().unwrap(), l);
        }
        assert_eq!("NL".parse::<Language>().unwrap(), Language::Nl);
        assert_eq!(
            "de".parse::<Language>().unwrap_err().code(),
            "unsupported-language"
        );
        assert_eq!("dark".parse::<Theme>().unwrap(), Theme::Dark);
        assert_eq!(
            "pink".parse::<Theme>().unwrap_err().code(),
            "unsupported-theme"
        );
    }
}
