//! The Rust side of Passerelle's messages. The same `locales/{en,fr,nl}/*.ftl`
//! files serve the UI (through `@fluent/bundle`) and Rust (through `fluent-bundle`);
//! Rust needs the error messages, for the command line and for logs, and the few
//! words it writes into the credentials it signs (`credentials.ftl`), and the reasons
//! of the training recommendations the command line prints (`trainings.ftl`).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use crate::{Error, Language};

const ERRORS_EN: &str = include_str!("../../../locales/en/errors.ftl");
const ERRORS_FR: &str = include_str!("../../../locales/fr/errors.ftl");
const ERRORS_NL: &str = include_str!("../../../locales/nl/errors.ftl");
const CREDENTIALS_EN: &str = include_str!("../../../locales/en/credentials.ftl");
const CREDENTIALS_FR: &str = include_str!("../../../locales/fr/credentials.ftl");
const CREDENTIALS_NL: &str = include_str!("../../../locales/nl/credentials.ftl");
const TRAININGS_EN: &str = include_str!("../../../locales/en/trainings.ftl");
const TRAININGS_FR: &str = include_str!("../../../locales/fr/trainings.ftl");
const TRAININGS_NL: &str = include_str!("../../../locales/nl/trainings.ftl");
const BUNDLE_EN: &str = include_str!("../../../locales/en/bundle.ftl");
const BUNDLE_FR: &str = include_str!("../../../locales/fr/bundle.ftl");
const BUNDLE_NL: &str = include_str!("../../../locales/nl/bundle.ftl");
const CV_EN: &str = include_str!("../../../locales/en/cv.ftl");
const CV_FR: &str = include_str!("../../../locales/fr/cv.ftl");
const CV_NL: &str = include_str!("../../../locales/nl/cv.ftl");
const UI_EN: &str = include_str!("../../../locales/en/ui.ftl");
const UI_FR: &str = include_str!("../../../locales/fr/ui.ftl");
const UI_NL: &str = include_str!("../../../locales/nl/ui.ftl");

fn errors_source(lang: Language) -> &'static str {
    match lang {
        Language::En => ERRORS_EN,
        Language::Fr => ERRORS_FR,
        Language::Nl => ERRORS_NL,
    }
}

fn credentials_source(lang: Language) -> &'static str {
    match lang {
        Language::En => CREDENTIALS_EN,
        Language::Fr => CREDENTIALS_FR,
        Language::Nl => CREDENTIALS_NL,
    }
}

fn trainings_source(lang: Language) -> &'static str {
    match lang {
        Language::En => TRAININGS_EN,
        Language::Fr => TRAININGS_FR,
        Language::Nl => TRAININGS_NL,
    }
}

fn bundle_page_source(lang: Language) -> &'static str {
    match lang {
        Language::En => BUNDLE_EN,
        Language::Fr => BUNDLE_FR,
        Language::Nl => BUNDLE_NL,
    }
}

fn bundle(lang: Language) -> FluentBundle<FluentResource> {
    let langid: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Plain text for terminals: no Unicode isolation marks around placeables.
    bundle.set_use_isolating(false);
    for source in [
        errors_source(lang),
        credentials_source(lang),
        trainings_source(lang),
        bundle_page_source(lang),
    ] {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
        // Duplicate ids are caught by the locale tests; keep what was added.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The words of a document Passerelle writes in `lang` (the CV): `cv.ftl`, plus the
/// names of languages and regions the screens use (`ui.ftl`).
pub struct DocumentMessages {
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for DocumentMessages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DocumentMessages")
    }
}

impl DocumentMessages {
    pub fn new(lang: Language) -> Self {
        let (cv, ui) = match lang {
            Language::En => (CV_EN, UI_EN),
            Language::Fr => (CV_FR, UI_FR),
            Language::Nl => (CV_NL, UI_NL),
        };
        let langid: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        for source in [cv, ui] {
            let resource =
                FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
            let _ = bundle.add_resource(resource);
        }
        DocumentMessages { bundle }
    }

    /// Message `id` with `args`; the id itself when it does not exist (a locale test
    /// checks every id the CV uses exists in all three languages).
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        let map = args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        format_in(&self.bundle, id, &map).unwrap_or_else(|| id.to_owned())
    }

    /// Whether message `id` exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

/// Format message `id` in `lang` with `args`; `None` if the id does not exist.
pub fn format(
    lang: Language,
    id: &str,
    args: &std::collections::BTreeMap<String, String>,
) -> Option<String> {
    format_in(&bundle(lang), id, args)
}

/// Format many messages in `lang` (id, args), reading the message files once.
pub fn format_each<'a>(
    lang: Language,
    messages: impl IntoIterator<Item = (&'a str, &'a std::collections::BTreeMap<String, String>)>,
) -> Vec<Option<String>> {
    let bundle = bundle(lang);
    messages
        .into_iter()
        .map(|(id, args)| format_in(&bundle, id, args))
        .collect()
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &std::collections::BTreeMap<String, String>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(k.as_str(), v.as_str());
    }
    let mut errors = vec![];
    Some(
        bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned(),
    )
}

/// The person-facing text of an error, in `lang`, falling back to English and then
/// to the error's own English description.
pub fn error_text(lang: Language, error: &Error) -> String {
    let id = format!("error-{}", error.code());
    let args = error.args();
    format(lang, &id, &args)
        .or_else(|| format(Language::En, &id, &args))
        .unwrap_or_else(|| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_code_has_a_message_in_every_language() {
        for lang in Language::ALL {
            let bundle = bundle(lang);
            for code in Error::CODES {
                let id = format!("error-{code}");
                assert!(
                    bundle.get_message(&id).and_then(|m| m.value()).is_some(),
                    "{} lacks {id}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_error_renders_its_args_without_fluent_errors() {
        for e in crate::error::samples() {
            for lang in Language::ALL {
                let bundle = bundle(lang);
                let id = format!("error-{}", e.code());
                let pattern = bundle.get_message(&id).unwrap().value().unwrap();
                let mut fargs = FluentArgs::new();
                for (k, v) in e.args() {
                    fargs.set(k, v);
                }
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                assert!(errors.is_empty(), "{id} in {}: {errors:?}", lang.code());
                assert!(!text.contains("{$"), "{text}");
            }
        }
    }

    #[test]
    fn error_text_interpolates_in_each_language() {
        let e = Error::WalletTooNew {
            path: "/home/zoë/wallet".into(),
            found: 7,
            supported: 1,
        };
        let en = error_text(Language::En, &e);
        let fr = error_text(Language::Fr, &e);
        let nl = error_text(Language::Nl, &e);
        for t in [&en, &fr, &nl] {
            assert!(t.contains('7') && t.contains("/home/zoë/wallet"), "{t}");
        }
        assert_ne!(en, fr);
        assert_ne!(fr, nl);
    }
}
