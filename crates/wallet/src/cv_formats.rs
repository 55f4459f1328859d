//! The CV's editable and machine formats, one file per CV language: the Europass XML
//! ("Europass2" `Candidate` document, HR-Open / HR-XML 3 based) and JSON Resume v1.0.0.
//! Both are pure functions of a [`CvDocument`], which is already resolved in one
//! language (`fr`, `nl` or `en`).
//!
//! # Europass: what was followed
//!
//! Element names, order and namespaces follow two documents made by the Europass
//! online editor (its "Europass-XML-Attachment" export): `100_src/sample.xml` in
//! github.com/FATelarico/EuropassXML_to_ReactiveResumeJSON and `input/europass.xml`
//! in github.com/machinemates-ai/europass-mcp, checked against the ECV schema
//! documentation v3.0.0 (2020) as transcribed in
//! github.com/europass-unofficial/europass-schema-docs (§3.9 CandidateProfile, §3.12
//! PersonQualifications, §3.16 Certifications). Facts only; the code is ours.
//!
//! Choices, where the format leaves room:
//! - The name: the whole name in `oa:FormattedName`, nothing lost; split for
//!   `oa:GivenName` / `hr:FamilyName` as best we can: from the first word written in
//!   capitals on (`Guillaume FORTAINE`), else the first word is the given name and the
//!   rest the family name (`Zoë` / `Dupré-Van den Bossche`). A one-word name is a
//!   family name only.
//! - Long texts (summary, descriptions) are HTML in Europass, stored escaped inside the
//!   text node (the editor unescapes them once and keeps rich text). The holder's text
//!   is plain text, so it is first HTML-escaped and cut into `<p>` paragraphs (`<br>`
//!   for single line breaks): a `<script>` written by the holder shows as text in the
//!   editor, never as markup. Short texts (names, titles) are plain text.
//! - A text shown in another language than the CV's (no translation) keeps its
//!   visible note, as on the PDF: `Project lead (not translated, in English)`.
//! - Target job: `hr:CandidateObjective` (narrative intentions, §3.9), since
//!   `CandidatePositionPreferences` needs an ESCO/ISCO job category we do not have.
//! - Languages: a mother tongue is a `PrimaryLanguageCode`; the others are
//!   `PersonQualifications/PersonCompetency` with `hr:TaxonomyID` `language`, the CEFR
//!   level as `eures:ProficiencyLevel` (the language as a whole, §3.12.4) and, since the
//!   editor reads the self-assessment grid, the same level on each of the five CEFR
//!   dimensions (the holder gives one level per language). Codes are ISO 639-2/B
//!   (`fre`, `dut`, `ger`) as in the editor's export; a language without a code is
//!   written as free text.
//! - Competences (e-CF): in `Others` (custom sections), one `Others` per competence
//!   with the same section title, as the editor's importer keeps one `Other` per
//!   `Others`; title `E.2 Project and Portfolio Management`, description: how it is
//!   shown (verified badge, confirmed by a third party, self-declared), level,
//!   sources. Not `PersonCompetency` with another taxonomy: the schema reserves its
//!   dimensions for languages and the editor drops such entries.
//! - Badges: `Certifications/Certification` (`hr:CertificationName`,
//!   `hr:FirstIssuedDate`, `IssuingAuthority/hr:Name`, `oa:Description` with the
//!   signature check, `Link`). Names from §3.16; no observed export fills this section,
//!   so the namespaces of `FirstIssuedDate` and `IssuingAuthority` follow HR-XML 3
//!   usage, unconfirmed.
//! - Telephone: the editor's importer rejects a phone without `CountryDialing`. It is
//!   taken from a `+32…`/`0032…` number, else from the region's country (BE, FR) for
//!   a national number (`0470…` → 32 / `470…`); when neither gives it, the phone is
//!   left out rather than making the whole file unreadable to the editor.
//! - `RenderingInformation/SectionsOrder` lists the sections present: without it the
//!   editor hides everything but the personal information.
//!
//! # JSON Resume
//!
//! v1.0.0 (`$schema` points at it). Dates `YYYY-MM` (the schema allows `YYYY`,
//! `YYYY-MM`, `YYYY-MM-DD`); an ongoing entry has no `endDate`. Empty values are left
//! out. Competences are `skills` (`name` the e-CF title in the CV's language, `level`,
//! `keywords` [code, how it is shown]), plus one `skills` entry for the digital skills
//! named as the CV names that section. Education entries also carry `location` and
//! `summary` (the schema allows additional properties). `meta.language` is the CV's
//! language; no `canonical` (there is no published copy).

use std::borrow::Cow;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use serde_json::{Map, Value, json};

use crate::cv::{CvDocument, CvItem, Shown};

const NS_EUROPASS: &str = "http://www.europass.eu/1.0";
const NS_OAGIS: &str = "http://www.openapplications.org/oagis/9";
const NS_EURES: &str = "http://www.europass_eures.eu/1.0";
const NS_HR: &str = "http://www.hr-xml.org/3";
const NS_XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// The five CEFR self-assessment dimensions (EURES Dimension code list).
const CEFR_DIMENSIONS: [&str; 5] = [
    "CEF-Understanding-Listening",
    "CEF-Understanding-Reading",
    "CEF-Speaking-Interaction",
    "CEF-Speaking-Production",
    "CEF-Writing-Production",
];

/// The JSON Resume schema the output follows.
pub const JSON_RESUME_SCHEMA: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// ISO 639-1 (the profile's codes) → ISO 639-2/B, as the Europass editor writes them.
fn iso639_2b(code: &str) -> Option<&'static str> {
    Some(match code {
        "fr" => "fre",
        "nl" => "dut",
        "en" => "eng",
        "de" => "ger",
        "bg" => "bul",
        "cs" => "cze",
        "da" => "dan",
        "el" => "gre",
        "es" => "spa",
        "et" => "est",
        "fi" => "fin",
        "ga" => "gle",
        "hr" => "hrv",
        "hu" => "hun",
        "it" => "ita",
        "lt" => "lit",
        "lv" => "lav",
        "mt" => "mlt",
        "pl" => "pol",
        "pt" => "por",
        "ro" => "rum",
        "sk" => "slo",
        "sl" => "slv",
        "sv" => "swe",
        "ar" => "ara",
        "tr" => "tur",
        "ru" => "rus",
        "uk" => "ukr",
        "zh" => "chi",
        "sq" => "alb",
        "ln" => "lin",
        "fa" => "per",
        _ => return None,
    })
}

/// International dialling codes, longest first where one is the start of another.
const DIALLING_CODES: &[&str] = &[
    "352", "353", "351", "358", "359", "420", "421", "385", "386", "370", "371", "372", "356",
    "357", "355", "212", "213", "216", "243", "380", "32", "33", "31", "49", "44", "41", "34",
    "39", "43", "45", "46", "47", "48", "30", "36", "40", "90", "86", "98", "7", "1",
];

/// Drops the characters XML 1.0 cannot hold (control characters but tab and line
/// breaks, U+FFFE, U+FFFF), so a stray one never makes the file unreadable.
fn xml_chars(text: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    };
    if text.chars().any(bad) {
        Cow::Owned(text.chars().filter(|c| !bad(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Plain text as the little HTML Europass keeps in long texts: escaped, one `<p>` per
/// paragraph (blank-line separated), `<br>` for the other line breaks.
fn html_paragraphs(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lines: Vec<String> = p
                .lines()
                .map(|l| crate::bundle::escape_html(l.trim_end()))
                .collect();
            format!("<p>{}</p>", lines.join("<br>"))
        })
        .collect()
}

/// A short text with its "not translated" note, if any.
fn short(shown: &Shown) -> String {
    match &shown.note {
        Some(note) if !shown.text.is_empty() => format!("{} ({note})", shown.text),
        _ => shown.text.clone(),
    }
}

/// A long text with its "not translated" note as a last paragraph, if any.
fn long(shown: &Shown) -> String {
    match &shown.note {
        Some(note) if !shown.text.is_empty() => format!("{}\n\n({note})", shown.text),
        _ => shown.text.clone(),
    }
}

/// Given and family name, as best we can (see the module notes).
fn split_name(name: &str) -> (String, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() > 1
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    match words.len() {
        0 => (String::new(), String::new()),
        1 => (String::new(), words[0].to_owned()),
        _ => {
            let at = words
                .iter()
                .position(|w| capitals(w))
                .filter(|&i| i > 0)
                .unwrap_or(1);
            (words[..at].join(" "), words[at..].join(" "))
        }
    }
}

/// `(country dialling code, number without it)`, when the code can be known.
fn telephone(phone: &str, country: &str) -> Option<(String, String)> {
    let phone = phone.trim();
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let international = if phone.starts_with('+') {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    if let Some(rest) = international {
        let code = DIALLING_CODES.iter().find(|c| rest.starts_with(**c))?;
        let number = rest[code.len()..].to_owned();
        return (!number.is_empty()).then(|| ((*code).to_owned(), number));
    }
    let code = match country {
        "BE" => "32",
        "FR" => "33",
        _ => return None,
    };
    let number = digits.strip_prefix('0').unwrap_or(&digits).to_owned();
    (!number.is_empty()).then(|| (code.to_owned(), number))
}

/// A small writer over quick-xml's: every text and attribute value is escaped by
/// quick-xml; we only drop the characters XML cannot hold.
struct Xml {
    w: Writer<Vec<u8>>,
}

impl Xml {
    fn new() -> Self {
        Xml {
            w: Writer::new_with_indent(Vec::new(), b' ', 2),
        }
    }

    fn event(&mut self, event: Event<'_>) {
        // Writing into memory cannot fail.
        self.w.write_event(event).expect("writing XML into memory");
    }

    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let mut start = BytesStart::new(name);
        for (k, v) in attrs {
            start.push_attribute((*k, xml_chars(v).as_ref()));
        }
        self.event(Event::Start(start));
    }

    fn close(&mut self, name: &str) {
        self.event(Event::End(BytesEnd::new(name)));
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let mut start = BytesStart::new(name);
        for (k, v) in attrs {
            start.push_attribute((*k, xml_chars(v).as_ref()));
        }
        self.event(Event::Empty(start));
    }

    /// `<name attrs>text</name>`, written even when `text` is empty.
    fn leaf_with(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(name, attrs);
        let text = xml_chars(text);
        self.event(Event::Text(BytesText::new(&text)));
        self.close(name);
    }

    /// `<name>text</name>`, left out when `text` is empty.
    fn leaf(&mut self, name: &str, text: &str) {
        if !text.trim().is_empty() {
            self.leaf_with(name, &[], text);
        }
    }

    fn date(&mut self, name: &str, value: &str) {
        self.open(name, &[]);
        self.leaf("hr:FormattedDateTime", value);
        self.close(name);
    }

    fn finish(self) -> String {
        // Only UTF-8 strings went in.
        String::from_utf8(self.w.into_inner()).expect("the XML is UTF-8")
    }
}

fn person_name(x: &mut Xml, name: &str) {
    let (given, family) = split_name(name);
    x.open("PersonName", &[]);
    x.leaf("oa:FormattedName", name);
    x.leaf("oa:GivenName", &given);
    x.leaf("hr:FamilyName", &family);
    x.close("PersonName");
}

fn email(x: &mut Xml, email: &str) {
    if email.is_empty() {
        return;
    }
    x.open("Communication", &[]);
    x.leaf("ChannelCode", "Email");
    x.leaf("oa:URI", email);
    x.close("Communication");
}

fn place(x: &mut Xml, place: &str) {
    if place.is_empty() {
        return;
    }
    x.open("OrganizationContact", &[]);
    x.open("Communication", &[]);
    x.open("Address", &[]);
    x.leaf("oa:CityName", place);
    x.close("Address");
    x.close("Communication");
    x.close("OrganizationContact");
}

fn employer(x: &mut Xml, item: &CvItem) {
    x.open("EmployerHistory", &[]);
    x.leaf("hr:OrganizationName", &item.organisation);
    place(x, &item.place);
    x.open("PositionHistory", &[]);
    x.leaf_with(
        "PositionTitle",
        &[("typeCode", "FREETEXT")],
        &short(&item.title),
    );
    x.open("eures:EmploymentPeriod", &[]);
    x.date("eures:StartDate", &item.start);
    if !item.end.is_empty() {
        x.date("eures:EndDate", &item.end);
    }
    x.leaf(
        "hr:CurrentIndicator",
        if item.end.is_empty() { "true" } else { "false" },
    );
    x.close("eures:EmploymentPeriod");
    x.leaf("oa:Description", &html_paragraphs(&long(&item.description)));
    x.leaf("City", &item.place);
    x.close("PositionHistory");
    x.close("EmployerHistory");
}

fn attendance(x: &mut Xml, item: &CvItem) {
    x.open("EducationOrganizationAttendance", &[]);
    x.leaf("hr:OrganizationName", &item.organisation);
    place(x, &item.place);
    x.open("AttendancePeriod", &[]);
    x.date("StartDate", &item.start);
    if !item.end.is_empty() {
        x.date("EndDate", &item.end);
    }
    x.leaf(
        "Ongoing",
        if item.end.is_empty() { "true" } else { "false" },
    );
    x.close("AttendancePeriod");
    x.open("EducationDegree", &[]);
    x.leaf_with("hr:DegreeName", &[], &short(&item.title));
    x.leaf(
        "OccupationalSkillsCovered",
        &html_paragraphs(&long(&item.description)),
    );
    x.close("EducationDegree");
    x.close("EducationOrganizationAttendance");
}

fn label<'a>(doc: &'a CvDocument, id: &str, otherwise: &'a str) -> &'a str {
    doc.labels
        .get(id)
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .unwrap_or(otherwise)
}

/// The Europass2 `Candidate` XML of one CV (see the module notes for the choices).
pub fn europass_xml(doc: &CvDocument) -> String {
    let mut x = Xml::new();
    x.event(Event::Decl(BytesDecl::new(
        "1.0",
        Some("UTF-8"),
        Some("yes"),
    )));
    x.open(
        "Candidate",
        &[
            ("xmlns", NS_EUROPASS),
            ("xmlns:oa", NS_OAGIS),
            ("xmlns:eures", NS_EURES),
            ("xmlns:hr", NS_HR),
            ("xmlns:xsi", NS_XSI),
            (
                "xsi:schemaLocation",
                "http://www.europass.eu/1.0 Candidate.xsd",
            ),
        ],
    );
    x.empty(
        "hr:DocumentID",
        &[
            ("schemeID", "Passerelle"),
            ("schemeName", "DocumentIdentifier"),
            ("schemeAgencyName", "EUROPASS"),
            ("schemeVersionID", "4.0"),
        ],
    );

    // Who supplies the document: the person themselves, as the editor writes it.
    x.open("CandidateSupplier", &[]);
    x.empty(
        "hr:PartyID",
        &[
            ("schemeID", "Passerelle"),
            ("schemeName", "PartyID"),
            ("schemeAgencyName", "EUROPASS"),
            ("schemeVersionID", "1.0"),
        ],
    );
    x.leaf("hr:PartyName", "Owner");
    x.open("PersonContact", &[]);
    person_name(&mut x, &doc.name);
    email(&mut x, &doc.email);
    x.close("PersonContact");
    x.leaf("hr:PrecedenceCode", "1");
    x.close("CandidateSupplier");

    x.open("CandidatePerson", &[]);
    person_name(&mut x, &doc.name);
    email(&mut x, &doc.email);
    if let Some((dialling, number)) = telephone(&doc.phone, &doc.country) {
        x.open("Communication", &[]);
        x.leaf("ChannelCode", "Telephone");
        x.leaf("UseCode", "other");
        x.leaf("CountryDialing", &dialling);
        x.leaf("oa:DialNumber", &number);
        x.close("Communication");
    }
    if !(doc.municipality.is_empty() && doc.postcode.is_empty() && doc.country.is_empty()) {
        x.open("Communication", &[]);
        x.leaf("UseCode", "home");
        x.open("Address", &[("type", "home")]);
        x.leaf("oa:CityName", &doc.municipality);
        x.leaf("CountryCode", &doc.country.to_ascii_lowercase());
        x.leaf("oa:PostalCode", &doc.postcode);
        x.close("Address");
        x.close("Communication");
    }
    for language in doc.languages.iter().filter(|l| l.cefr == "native") {
        match iso639_2b(&language.code) {
            Some(code) => x.leaf_with("PrimaryLanguageCode", &[("name", "NORMAL")], code),
            None => x.leaf_with(
                "PrimaryLanguageCode",
                &[("name", "FREE_TEXT")],
                &language.name,
            ),
        }
    }
    x.close("CandidatePerson");

    x.open("CandidateProfile", &[("languageCode", &doc.language)]);
    if let Some(target) = &doc.target_job {
        x.leaf("hr:CandidateObjective", &short(target));
    }
    if let Some(summary) = &doc.summary {
        x.leaf("hr:ExecutiveSummary", &html_paragraphs(&long(summary)));
    }
    let mut sections = vec![];
    if !doc.experience.is_empty() {
        x.open("EmploymentHistory", &[]);
        for item in &doc.experience {
            employer(&mut x, item);
        }
        x.close("EmploymentHistory");
        sections.push("work-experience");
    }
    if !doc.education.is_empty() {
        x.open("EducationHistory", &[]);
        for item in &doc.education {
            attendance(&mut x, item);
        }
        x.close("EducationHistory");
        sections.push("education-training");
    }
    if !doc.badges.is_empty() {
        x.open("Certifications", &[]);
        for badge in &doc.badges {
            x.open("Certification", &[]);
            x.leaf_with("hr:CertificationName", &[], &badge.name);
            if let Some(date) = &badge.issued_on {
                x.date("hr:FirstIssuedDate", date);
            }
            if let Some(issuer) = badge.issuer.as_deref().filter(|s| !s.is_empty()) {
                x.open("IssuingAuthority", &[]);
                x.leaf("hr:Name", issuer);
                x.close("IssuingAuthority");
            }
            x.leaf("oa:Description", &html_paragraphs(&badge.status_label));
            if let Some(link) = &badge.link {
                x.leaf("Link", link);
            }
            x.close("Certification");
        }
        x.close("Certifications");
        sections.push("certifications");
    }
    let spoken: Vec<_> = doc
        .languages
        .iter()
        .filter(|l| l.cefr != "native")
        .collect();
    if !spoken.is_empty() {
        x.open("PersonQualifications", &[]);
        for language in spoken {
            x.open("PersonCompetency", &[]);
            match iso639_2b(&language.code) {
                Some(code) => x.leaf_with("CompetencyID", &[("schemeName", "NORMAL")], code),
                None => x.leaf_with(
                    "CompetencyID",
                    &[("schemeName", "FREE_TEXT")],
                    &language.name,
                ),
            }
            x.leaf("hr:TaxonomyID", "language");
            x.open("eures:ProficiencyLevel", &[]);
            x.leaf("hr:ScoreText", &language.cefr);
            x.close("eures:ProficiencyLevel");
            for dimension in CEFR_DIMENSIONS {
                x.open("eures:CompetencyDimension", &[]);
                x.leaf("hr:CompetencyDimensionTypeCode", dimension);
                x.open("eures:Score", &[]);
                x.leaf("hr:ScoreText", &language.cefr);
                x.close("eures:Score");
                x.close("eures:CompetencyDimension");
            }
            x.close("PersonCompetency");
        }
        x.close("PersonQualifications");
    }
    if !doc.languages.is_empty() {
        sections.push("language");
    }
    let mut digital: Vec<&str> = vec![];
    for skill in &doc.digital_skills {
        let skill = skill.trim();
        // The editor refuses two equal digital skills.
        if !skill.is_empty() && !digital.contains(&skill) {
            digital.push(skill);
        }
    }
    if !digital.is_empty() {
        x.open("Skills", &[]);
        for skill in digital {
            x.open("PersonCompetency", &[]);
            x.leaf("hr:TaxonomyID", "Digital_Skill");
            x.leaf("hr:CompetencyName", skill);
            x.close("PersonCompetency");
        }
        x.close("Skills");
        sections.push("profile-skills");
    }
    let heading = label(doc, "competences", "e-CF");
    for competence in &doc.competences {
        x.open("Others", &[]);
        x.leaf("Title", heading);
        x.open("Other", &[]);
        x.leaf_with(
            "Title",
            &[],
            &format!("{} {}", competence.code, competence.title),
        );
        let mut how = competence.support_label.clone();
        if let Some(level) = &competence.level {
            how = format!("{how} · {level}");
        }
        x.leaf(
            "Description",
            &html_paragraphs(&format!("{how}\n\n{}", competence.shown_by)),
        );
        x.close("Other");
        x.close("Others");
    }
    x.close("CandidateProfile");

    x.open("RenderingInformation", &[]);
    x.open("Design", &[]);
    x.leaf("Template", "Template1");
    x.leaf("Color", "Default");
    x.leaf("FontSize", "Medium");
    x.leaf("Logo", "FirstPage");
    x.leaf("PageNumbers", "false");
    x.open("SectionsOrder", &[]);
    for section in sections {
        x.open("Section", &[]);
        x.leaf("Title", section);
        x.close("Section");
    }
    x.close("SectionsOrder");
    x.close("Design");
    x.close("RenderingInformation");
    x.close("Candidate");
    let mut xml = x.finish();
    xml.push('\n');
    xml
}

/// An object of the pairs whose value is not an empty string (or `null`).
fn object(pairs: Vec<(&str, Value)>) -> Value {
    let mut map = Map::new();
    for (key, value) in pairs {
        let keep = match &value {
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Array(a) => !a.is_empty(),
            Value::Object(o) => !o.is_empty(),
            _ => true,
        };
        if keep {
            map.insert(key.to_owned(), value);
        }
    }
    Value::Object(map)
}

fn text(s: &str) -> Value {
    Value::String(s.to_owned())
}

/// The JSON Resume v1.0.0 document of one CV (see the module notes for the choices).
pub fn json_resume(doc: &CvDocument) -> Value {
    let basics = object(vec![
        ("name", text(&doc.name)),
        (
            "label",
            text(&doc.target_job.as_ref().map(short).unwrap_or_default()),
        ),
        ("email", text(&doc.email)),
        ("phone", text(&doc.phone)),
        (
            "summary",
            text(&doc.summary.as_ref().map(long).unwrap_or_default()),
        ),
        (
            "location",
            object(vec![
                ("postalCode", text(&doc.postcode)),
                ("city", text(&doc.municipality)),
                ("countryCode", text(&doc.country)),
            ]),
        ),
    ]);
    let work: Vec<Value> = doc
        .experience
        .iter()
        .map(|i| {
            object(vec![
                ("name", text(&i.organisation)),
                ("position", text(&short(&i.title))),
                ("location", text(&i.place)),
                ("startDate", text(&i.start)),
                ("endDate", text(&i.end)),
                ("summary", text(&long(&i.description))),
            ])
        })
        .collect();
    let education: Vec<Value> = doc
        .education
        .iter()
        .map(|i| {
            object(vec![
                ("institution", text(&i.organisation)),
                ("area", text(&short(&i.title))),
                ("location", text(&i.place)),
                ("startDate", text(&i.start)),
                ("endDate", text(&i.end)),
                ("summary", text(&long(&i.description))),
            ])
        })
        .collect();
    let languages: Vec<Value> = doc
        .languages
        .iter()
        .map(|l| {
            object(vec![
                ("language", text(&l.name)),
                ("fluency", text(&l.level)),
            ])
        })
        .collect();
    let mut skills: Vec<Value> = doc
        .competences
        .iter()
        .map(|c| {
            object(vec![
                ("name", text(&c.title)),
                ("level", c.level.as_deref().map(text).unwrap_or(Value::Null)),
                ("keywords", json!([c.code, c.support_label])),
            ])
        })
        .collect();
    if !doc.digital_skills.is_empty() {
        skills.push(object(vec![
            ("name", text(label(doc, "digital", "Digital skills"))),
            ("keywords", json!(doc.digital_skills)),
        ]));
    }
    let certificates: Vec<Value> = doc
        .badges
        .iter()
        .map(|b| {
            object(vec![
                ("name", text(&b.name)),
                (
                    "issuer",
                    b.issuer.as_deref().map(text).unwrap_or(Value::Null),
                ),
                (
                    "date",
                    b.issued_on.as_deref().map(text).unwrap_or(Value::Null),
                ),
                ("url", b.link.as_deref().map(text).unwrap_or(Value::Null)),
            ])
        })
        .collect();
    let mut resume = Map::new();
    resume.insert("$schema".into(), text(JSON_RESUME_SCHEMA));
    resume.insert("basics".into(), basics);
    resume.insert("work".into(), Value::Array(work));
    resume.insert("education".into(), Value::Array(education));
    resume.insert("skills".into(), Value::Array(skills));
    resume.insert("languages".into(), Value::Array(languages));
    resume.insert("certificates".into(), Value::Array(certificates));
    resume.insert(
        "meta".into(),
        object(vec![
            ("version", text("v1.0.0")),
            ("language", text(&doc.language)),
            ("lastModified", text(&doc.date)),
        ]),
    );
    Value::Object(resume)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cv::{CvBadge, CvCompetence, CvLanguage};
    use quick_xml::events::Event;

    /// An element read back: qualified name, attributes, text, children.
    #[derive(Debug, Default)]
    struct El {
        name: String,
        attrs: Vec<(String, String)>,
        text: String,
        children: Vec<El>,
    }

    impl El {
        fn all<'a>(&'a self, name: &str) -> Vec<&'a El> {
            self.children.iter().filter(|c| c.name == name).collect()
        }
        fn get(&self, path: &[&str]) -> &El {
            let mut el = self;
            for name in path {
                el = el
                    .children
                    .iter()
                    .find(|c| c.name == *name)
                    .unwrap_or_else(|| panic!("no {name} in {}", el.name));
            }
            el
        }
        fn has(&self, name: &str) -> bool {
            self.children.iter().any(|c| c.name == name)
        }
        fn text_of(&self, path: &[&str]) -> &str {
            &self.get(path).text
        }
        fn attr(&self, key: &str) -> Option<&str> {
            self.attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        }
    }

    /// Parses `xml` strictly (well-formed or panic) into a tree.
    fn parse(xml: &str) -> El {
        let mut reader = quick_xml::Reader::from_str(xml);
        reader.config_mut().check_end_names = true;
        let mut stack: Vec<El> = vec![];
        let mut root = None;
        loop {
            match reader.read_event().expect("well-formed XML") {
                Event::Start(s) => {
                    assert!(root.is_none(), "one root element");
                    let mut el = El {
                        name: s.name().as_ref().to_owned(),
                        ..El::default()
                    };
                    for a in s.attributes() {
                        let a = a.unwrap();
                        el.attrs.push((
                            a.key.as_ref().to_owned(),
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .unwrap()
                                .into_owned(),
                        ));
                    }
                    stack.push(el);
                }
                Event::Empty(s) => {
                    let el = El {
                        name: s.name().as_ref().to_owned(),
                        ..El::default()
                    };
                    stack.last_mut().expect("inside the root").children.push(el);
                }
                Event::End(_) => {
                    let el = stack.pop().unwrap();
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(el),
                        None => root = Some(el),
                    }
                }
                Event::Text(t) => {
                    if let Some(el) = stack.last_mut() {
                        el.text.push_str(&t.xml10_content());
                    }
                }
                Event::GeneralRef(r) => {
                    let c = match r.resolve_char_ref().unwrap() {
                        Some(c) => c.to_string(),
                        None => quick_xml::escape::resolve_predefined_entity(&r)
                            .expect("only predefined entities")
                            .to_owned(),
                    };
                    stack.last_mut().unwrap().text.push_str(&c);
                }
                Event::CData(_) | Event::DocType(_) => panic!("no CDATA nor DOCTYPE"),
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
                Event::Eof => break,
            }
        }
        assert!(stack.is_empty(), "every element closed");
        let mut root = root.expect("a root element");
        trim(&mut root);
        root
    }

    fn trim(el: &mut El) {
        if !el.children.is_empty() {
            el.text = el.text.trim().to_owned();
        }
        el.children.iter_mut().for_each(trim);
    }

    /// The text Europass's editor would show for an HTML long text.
    fn html_text(html: &str) -> String {
        html.replace("</p><p>", "\n\n")
            .replace("<p>", "")
            .replace("</p>", "")
            .replace("<br>", "\n")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    const HOSTILE: &str = "<script>alert(\"x\")</script> & ']]> <!-- --> &amp;";

    fn shown(text: &str) -> Shown {
        Shown {
            text: text.into(),
            note: None,
        }
    }

    fn item(start: &str, end: &str, title: &str, organisation: &str) -> CvItem {
        CvItem {
            start: start.into(),
            end: end.into(),
            period: String::new(),
            title: shown(title),
            organisation: organisation.into(),
            place: "Lille <Nord> & \"Flandre\"".into(),
            description: shown(&format!("Line one {HOSTILE}\nline two\n\nSecond paragraph")),
        }
    }

    fn doc() -> CvDocument {
        let labels = [
            ("competences", "Compétences"),
            ("digital", "Compétences numériques"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        CvDocument {
            language: "fr".into(),
            title: "Curriculum vitae".into(),
            name: "Zoë \"<Zo>\" Dupré-Van den Bossche & Cie ]]>".into(),
            photo: None,
            has_photo: false,
            email: "zoe+cv@example.org".into(),
            phone: "+32 470 12 34 56".into(),
            place: "7500 Tournai".into(),
            municipality: "Tournai & <Doornik>".into(),
            postcode: "7500".into(),
            country: "BE".into(),
            target_job: Some(Shown {
                text: "Cheffe de projet <TIC> & \"agile\"".into(),
                note: None,
            }),
            summary: Some(shown(HOSTILE)),
            competences: vec![
                CvCompetence {
                    code: "E.2".into(),
                    title: "Gestion de projets et de portefeuilles".into(),
                    level: Some("niveau e-3".into()),
                    support: "verified-badge".into(),
                    support_label: "Badge vérifié".into(),
                    shown_by: "Montré par : PRINCE2 <Foundation>".into(),
                },
                CvCompetence {
                    code: "D.2".into(),
                    title: "Développement de la stratégie TIC & qualité".into(),
                    level: None,
                    support: "self-declared".into(),
                    support_label: "Autodéclaré".into(),
                    shown_by: "Montré par : moi".into(),
                },
            ],
            experience: vec![
                item("2022-09", "", "Cheffe de projet <junior>", "Acme & Fils"),
                item("2019-01", "2022-06", "Analyste", "Org ]]> Ltd"),
            ],
            education: vec![CvItem {
                title: Shown {
                    text: "Bachelor in IT".into(),
                    note: Some("non traduit, en anglais".into()),
                },
                ..item("2015-09", "2018-06", "", "HEPH-Condorcet")
            }],
            languages: vec![
                CvLanguage {
                    code: "fr".into(),
                    name: "français".into(),
                    level: "langue maternelle".into(),
                    cefr: "native".into(),
                },
                CvLanguage {
                    code: "en".into(),
                    name: "anglais".into(),
                    level: "B2".into(),
                    cefr: "B2".into(),
                },
                CvLanguage {
                    code: "xx".into(),
                    name: "klingon <&>".into(),
                    level: "A1".into(),
                    cefr: "A1".into(),
                },
            ],
            digital_skills: vec!["Jira".into(), "MS Project & <Excel>".into(), "Jira".into()],
            badges: vec![CvBadge {
                id: "urn:uuid:1".into(),
                name: "PRINCE2® <Foundation> & \"more\"".into(),
                issuer: Some("PeopleCert & Co".into()),
                issued_on: Some("2024-03-15".into()),
                issued: String::new(),
                status: "verified".into(),
                status_label: "signature vérifiée".into(),
                link: Some("https://example.org/badge?a=1&b=<2>".into()),
            }],
            date: "2026-11-22".into(),
            labels,
        }
    }

    #[test]
    fn europass_xml_is_well_formed_and_hostile_text_comes_back_intact() {
        let d = doc();
        let xml = europass_xml(&d);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
        assert!(!xml.contains("<script>"), "no raw markup from user text");
        let root = parse(&xml);
        assert_eq!(root.name, "Candidate");
        assert_eq!(root.attr("xmlns"), Some(NS_EUROPASS));
        assert_eq!(root.attr("xmlns:hr"), Some(NS_HR));
        assert_eq!(root.attr("xmlns:oa"), Some(NS_OAGIS));
        assert_eq!(root.attr("xmlns:eures"), Some(NS_EURES));

        let person = root.get(&["CandidatePerson"]);
        assert_eq!(person.text_of(&["PersonName", "oa:FormattedName"]), d.name);
        assert_eq!(person.text_of(&["PersonName", "oa:GivenName"]), "Zoë");
        assert_eq!(
            person.text_of(&["PersonName", "hr:FamilyName"]),
            "\"<Zo>\" Dupré-Van den Bossche & Cie ]]>"
        );
        let channels = person.all("Communication");
        assert_eq!(channels[0].text_of(&["ChannelCode"]), "Email");
        assert_eq!(channels[0].text_of(&["oa:URI"]), "zoe+cv@example.org");
        assert_eq!(channels[1].text_of(&["ChannelCode"]), "Telephone");
        assert_eq!(channels[1].text_of(&["CountryDialing"]), "32");
        assert_eq!(channels[1].text_of(&["oa:DialNumber"]), "470123456");
        let address = channels[2].get(&["Address"]);
        assert_eq!(address.text_of(&["oa:CityName"]), "Tournai & <Doornik>");
        assert_eq!(address.text_of(&["oa:PostalCode"]), "7500");
        assert_eq!(address.text_of(&["CountryCode"]), "be");
        let mother = person.all("PrimaryLanguageCode");
        assert_eq!(mother.len(), 1);
        assert_eq!(
            (mother[0].attr("name"), mother[0].text.as_str()),
            (Some("NORMAL"), "fre")
        );
        // The supplier is the person, with the same name.
        assert_eq!(
            root.text_of(&[
                "CandidateSupplier",
                "PersonContact",
                "PersonName",
                "oa:FormattedName"
            ]),
            d.name
        );

        let profile = root.get(&["CandidateProfile"]);
        assert_eq!(profile.attr("languageCode"), Some("fr"));
        assert_eq!(
            profile.text_of(&["hr:CandidateObjective"]),
            "Cheffe de projet <TIC> & \"agile\""
        );
        let summary = profile.text_of(&["hr:ExecutiveSummary"]);
        assert!(summary.starts_with("<p>&lt;script&gt;"), "{summary}");
        assert_eq!(html_text(summary), HOSTILE);
    }

    #[test]
    fn europass_xml_has_every_section_in_the_documents_order() {
        let d = doc();
        let root = parse(&europass_xml(&d));
        let profile = root.get(&["CandidateProfile"]);

        let jobs = profile.get(&["EmploymentHistory"]).all("EmployerHistory");
        assert_eq!(jobs.len(), 2);
        assert_eq!(jobs[0].text_of(&["hr:OrganizationName"]), "Acme & Fils");
        let now = jobs[0].get(&["PositionHistory"]);
        assert_eq!(now.text_of(&["PositionTitle"]), "Cheffe de projet <junior>");
        assert_eq!(
            now.get(&["PositionTitle"]).attr("typeCode"),
            Some("FREETEXT")
        );
        let period = now.get(&["eures:EmploymentPeriod"]);
        assert_eq!(
            period.text_of(&["eures:StartDate", "hr:FormattedDateTime"]),
            "2022-09"
        );
        assert!(!period.has("eures:EndDate"));
        assert_eq!(period.text_of(&["hr:CurrentIndicator"]), "true");
        assert_eq!(
            html_text(now.text_of(&["oa:Description"])),
            format!("Line one {HOSTILE}\nline two\n\nSecond paragraph")
        );
        assert_eq!(now.text_of(&["City"]), "Lille <Nord> & \"Flandre\"");
        let before = jobs[1].get(&["PositionHistory", "eures:EmploymentPeriod"]);
        assert_eq!(
            before.text_of(&["eures:EndDate", "hr:FormattedDateTime"]),
            "2022-06"
        );
        assert_eq!(before.text_of(&["hr:CurrentIndicator"]), "false");
        assert_eq!(jobs[1].text_of(&["hr:OrganizationName"]), "Org ]]> Ltd");

        let school = profile.get(&["EducationHistory", "EducationOrganizationAttendance"]);
        assert_eq!(school.text_of(&["hr:OrganizationName"]), "HEPH-Condorcet");
        assert_eq!(
            school.text_of(&["EducationDegree", "hr:DegreeName"]),
            "Bachelor in IT (non traduit, en anglais)",
            "a text in another language keeps its note"
        );
        assert_eq!(school.text_of(&["AttendancePeriod", "Ongoing"]), "false");

        let badge = profile.get(&["Certifications", "Certification"]);
        assert_eq!(
            badge.text_of(&["hr:CertificationName"]),
            "PRINCE2® <Foundation> & \"more\""
        );
        assert_eq!(
            badge.text_of(&["IssuingAuthority", "hr:Name"]),
            "PeopleCert & Co"
        );
        assert_eq!(
            badge.text_of(&["hr:FirstIssuedDate", "hr:FormattedDateTime"]),
            "2024-03-15"
        );
        assert_eq!(
            badge.text_of(&["Link"]),
            "https://example.org/badge?a=1&b=<2>"
        );

        let spoken = profile
            .get(&["PersonQualifications"])
            .all("PersonCompetency");
        assert_eq!(spoken.len(), 2, "the mother tongue is not a competency");
        assert_eq!(spoken[0].text_of(&["CompetencyID"]), "eng");
        assert_eq!(spoken[0].text_of(&["hr:TaxonomyID"]), "language");
        assert_eq!(
            spoken[0].text_of(&["eures:ProficiencyLevel", "hr:ScoreText"]),
            "B2"
        );
        let dims = spoken[0].all("eures:CompetencyDimension");
        assert_eq!(dims.len(), 5);
        assert!(
            dims.iter()
                .all(|d| d.text_of(&["eures:Score", "hr:ScoreText"]) == "B2")
        );
        assert_eq!(
            spoken[1].get(&["CompetencyID"]).attr("schemeName"),
            Some("FREE_TEXT")
        );
        assert_eq!(spoken[1].text_of(&["CompetencyID"]), "klingon <&>");

        let digital: Vec<&str> = profile
            .get(&["Skills"])
            .all("PersonCompetency")
            .iter()
            .map(|p| p.text_of(&["hr:CompetencyName"]))
            .collect();
        assert_eq!(digital, ["Jira", "MS Project & <Excel>"], "no duplicates");

        let others = profile.all("Others");
        assert_eq!(others.len(), 2);
        assert!(
            others
                .iter()
                .all(|o| o.text_of(&["Title"]) == "Compétences")
        );
        assert_eq!(
            others[0].text_of(&["Other", "Title"]),
            "E.2 Gestion de projets et de portefeuilles"
        );
        assert_eq!(
            html_text(others[0].text_of(&["Other", "Description"])),
            "Badge vérifié · niveau e-3\n\nMontré par : PRINCE2 <Foundation>"
        );
        assert!(
            others[1]
                .text_of(&["Other", "Description"])
                .contains("Autodéclaré")
        );

        let order: Vec<&str> = root
            .get(&["RenderingInformation", "Design", "SectionsOrder"])
            .all("Section")
            .iter()
            .map(|s| s.text_of(&["Title"]))
            .collect();
        assert_eq!(
            order,
            [
                "work-experience",
                "education-training",
                "certifications",
                "language",
                "profile-skills"
            ]
        );
    }

    #[test]
    fn an_empty_cv_is_still_a_well_formed_europass_document() {
        let mut d = doc();
        d.name = "Madonna".into();
        d.phone = "0470 12 34 56".into();
        d.country = String::new();
        d.municipality = String::new();
        d.postcode = String::new();
        d.target_job = None;
        d.summary = None;
        d.competences.clear();
        d.experience.clear();
        d.education.clear();
        d.languages.clear();
        d.digital_skills.clear();
        d.badges.clear();
        d.language = "nl".into();
        let root = parse(&europass_xml(&d));
        let person = root.get(&["CandidatePerson"]);
        assert!(!person.get(&["PersonName"]).has("oa:GivenName"));
        assert_eq!(person.text_of(&["PersonName", "hr:FamilyName"]), "Madonna");
        // A national number with no known country: no telephone, no address.
        assert_eq!(person.all("Communication").len(), 1);
        let profile = root.get(&["CandidateProfile"]);
        assert_eq!(profile.attr("languageCode"), Some("nl"));
        assert!(profile.children.is_empty(), "{:?}", profile.children);
    }

    #[test]
    fn names_and_phones_are_split_as_best_we_can() {
        let s = |n: &str| split_name(n);
        assert_eq!(
            s("Zoë Dupré-Van den Bossche"),
            ("Zoë".into(), "Dupré-Van den Bossche".into())
        );
        assert_eq!(
            s("Guillaume Marie FORTAINE"),
            ("Guillaume Marie".into(), "FORTAINE".into())
        );
        assert_eq!(s("  Jan   Peeters "), ("Jan".into(), "Peeters".into()));
        assert_eq!(s("Madonna"), (String::new(), "Madonna".into()));
        let p = |n: &str, c: &str| telephone(n, c);
        assert_eq!(
            p("+33 6 31 09 25 19", ""),
            Some(("33".into(), "631092519".into()))
        );
        assert_eq!(
            p("00352 621 123 456", "BE"),
            Some(("352".into(), "621123456".into()))
        );
        assert_eq!(
            p("0470/12.34.56", "BE"),
            Some(("32".into(), "470123456".into()))
        );
        assert_eq!(
            p("03 20 12 34 56", "FR"),
            Some(("33".into(), "320123456".into()))
        );
        assert_eq!(p("0470 12 34 56", ""), None);
        assert_eq!(p("", "BE"), None);
        // Characters XML 1.0 cannot hold are dropped, the rest kept.
        assert_eq!(xml_chars("a\u{1}b\u{FFFF}\tc\n"), "ab\tc\n");
    }

    #[test]
    fn json_resume_has_the_v1_fields() {
        let d = doc();
        let r = json_resume(&d);
        assert_eq!(r["$schema"], JSON_RESUME_SCHEMA);
        let b = &r["basics"];
        assert_eq!(b["name"], d.name.as_str());
        assert_eq!(b["label"], "Cheffe de projet <TIC> & \"agile\"");
        assert_eq!(b["email"], "zoe+cv@example.org");
        assert_eq!(b["phone"], "+32 470 12 34 56");
        assert_eq!(b["summary"], HOSTILE, "plain text, not HTML");
        assert_eq!(
            b["location"],
            json!({"postalCode": "7500", "city": "Tournai & <Doornik>", "countryCode": "BE"})
        );

        let work = r["work"].as_array().unwrap();
        assert_eq!(work.len(), 2);
        assert_eq!(work[0]["name"], "Acme & Fils");
        assert_eq!(work[0]["position"], "Cheffe de projet <junior>");
        assert_eq!(work[0]["startDate"], "2022-09");
        assert!(work[0].get("endDate").is_none(), "ongoing: no end");
        assert_eq!(work[1]["endDate"], "2022-06");
        assert_eq!(work[0]["location"], "Lille <Nord> & \"Flandre\"");
        assert!(work[0]["summary"].as_str().unwrap().contains(HOSTILE));

        let edu = &r["education"][0];
        assert_eq!(edu["institution"], "HEPH-Condorcet");
        assert_eq!(edu["area"], "Bachelor in IT (non traduit, en anglais)");
        assert_eq!(
            (edu["startDate"].as_str(), edu["endDate"].as_str()),
            (Some("2015-09"), Some("2018-06"))
        );

        assert_eq!(
            r["languages"],
            json!([
                {"language": "français", "fluency": "langue maternelle"},
                {"language": "anglais", "fluency": "B2"},
                {"language": "klingon <&>", "fluency": "A1"}
            ])
        );
        let skills = r["skills"].as_array().unwrap();
        assert_eq!(
            skills[0],
            json!({"name": "Gestion de projets et de portefeuilles", "level": "niveau e-3",
                   "keywords": ["E.2", "Badge vérifié"]})
        );
        assert!(skills[1].get("level").is_none());
        assert_eq!(skills[1]["keywords"], json!(["D.2", "Autodéclaré"]));
        assert_eq!(skills[2]["name"], "Compétences numériques");
        assert_eq!(skills[2]["keywords"][1], "MS Project & <Excel>");
        assert_eq!(
            r["certificates"],
            json!([{"name": "PRINCE2® <Foundation> & \"more\"", "issuer": "PeopleCert & Co",
                    "date": "2024-03-15", "url": "https://example.org/badge?a=1&b=<2>"}])
        );
        assert_eq!(r["meta"]["language"], "fr");
        assert_eq!(r["meta"]["version"], "v1.0.0");
        assert!(r["meta"].get("canonical").is_none());
        // It is JSON that parses back to the same value.
        let text = serde_json::to_string_pretty(&r).unwrap();
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), r);
    }

    #[test]
    fn both_formats_from_a_wallet_in_the_cvs_language() {
        use crate::dto::{CvContent, CvEntry, CvTexts, LanguageSkill, ProfileInput};
        use crate::{FixedClock, Language, Wallet};
        use std::sync::Arc;
        use time::macros::datetime;

        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(FixedClock(datetime!(2026-11-22 10:00:00 UTC)));
        let mut w = Wallet::open(dir.path(), clock).unwrap();
        w.save_profile(&ProfileInput {
            name: "Zoë Dupré-Van den Bossche".into(),
            emails: vec!["zoe@example.org".into()],
            languages: vec![
                LanguageSkill {
                    language: "fr".into(),
                    level: "native".into(),
                },
                LanguageSkill {
                    language: "nl".into(),
                    level: "B2".into(),
                },
            ],
            region: "BE-WAL".into(),
            municipality: "Tournai".into(),
            postcode: "7500".into(),
        })
        .unwrap();
        let texts = |en: &str, fr: &str, nl: &str| CvTexts {
            en: en.into(),
            fr: fr.into(),
            nl: nl.into(),
        };
        w.save_cv_content(&CvContent {
            phone: "0470 12 34 56".into(),
            target_job: texts(
                "ICT project manager",
                "Cheffe de projet TIC",
                "ICT-projectleider",
            ),
            summary: texts("Ten years <in> IT & projects.", "", ""),
            experience: vec![CvEntry {
                start: "2020-01".into(),
                end: String::new(),
                organisation: "Acme & Co".into(),
                place: "Lille".into(),
                title: texts("Analyst", "Analyste", "Analist"),
                description: CvTexts::default(),
            }],
            digital_skills: vec!["Jira".into()],
            ..CvContent::default()
        })
        .unwrap();

        let nl = w.cv_document(Language::Nl, None).unwrap();
        let root = parse(&europass_xml(&nl));
        assert_eq!(
            root.text_of(&["CandidatePerson", "PersonName", "oa:FormattedName"]),
            "Zoë Dupré-Van den Bossche"
        );
        assert_eq!(
            root.text_of(&["CandidatePerson", "PrimaryLanguageCode"]),
            "fre"
        );
        let profile = root.get(&["CandidateProfile"]);
        assert_eq!(profile.attr("languageCode"), Some("nl"));
        assert_eq!(
            profile.text_of(&["hr:CandidateObjective"]),
            "ICT-projectleider"
        );
        let summary = html_text(profile.text_of(&["hr:ExecutiveSummary"]));
        assert!(
            summary.starts_with("Ten years <in> IT & projects."),
            "{summary}"
        );
        assert!(
            summary.contains("Engels"),
            "the fallback is told, in Dutch: {summary}"
        );
        assert_eq!(
            profile.text_of(&[
                "EmploymentHistory",
                "EmployerHistory",
                "PositionHistory",
                "PositionTitle"
            ]),
            "Analist"
        );
        assert_eq!(
            profile.text_of(&["PersonQualifications", "PersonCompetency", "CompetencyID"]),
            "dut"
        );
        let phone = &root.get(&["CandidatePerson"]).all("Communication")[1];
        assert_eq!(phone.text_of(&["CountryDialing"]), "32");

        let fr = json_resume(&w.cv_document(Language::Fr, None).unwrap());
        assert_eq!(fr["basics"]["name"], "Zoë Dupré-Van den Bossche");
        assert_eq!(fr["basics"]["label"], "Cheffe de projet TIC");
        assert_eq!(fr["basics"]["email"], "zoe@example.org");
        assert_eq!(fr["basics"]["location"]["countryCode"], "BE");
        assert_eq!(fr["work"][0]["position"], "Analyste");
        assert_eq!(fr["meta"]["language"], "fr");
        assert_eq!(fr["languages"][1]["fluency"], "B2");
        assert_eq!(fr["languages"][0]["language"], "français");
    }
}
