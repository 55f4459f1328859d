//! CV rendering for Passerelle: a [`CvDocument`] (everything the CV shows, resolved
//! in its language by `passerelle_wallet::cv`) laid out by typst into an A4 PDF, or
//! into PNG pages for the live preview.
//!
//! typst runs as a library inside our own in-memory [`World`]: the layout
//! (`cv.typ`, compiled into the binary) is the only source file, the data reaches it
//! as a JSON file it reads with `json(…)`, so whatever the holder wrote is always
//! printed as text and never read as typst markup (a skill named `#panic()` prints
//! as `#panic()`). Fonts are embedded (Inter, SIL Open Font License, see
//! `fonts/LICENSE-Inter.txt`); nothing is read from the disk or the network, and
//! the same document gives the same bytes.

use std::sync::LazyLock;

use passerelle_wallet::cv::CvDocument;
use passerelle_wallet::{Error, Result};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

pub use passerelle_wallet::cv::parse_language;

pub mod sample;

/// The layout.
const TEMPLATE: &str = include_str!("cv.typ");

/// The embedded fonts (Inter 4.0, OFL-1.1).
const FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../fonts/Inter-Regular.otf"),
    include_bytes!("../fonts/Inter-Italic.otf"),
    include_bytes!("../fonts/Inter-SemiBold.otf"),
    include_bytes!("../fonts/Inter-Bold.otf"),
];

struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// Fonts and the standard library, parsed once per process.
static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    Shared {
        library: LazyHash::new(Library::builder().build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

fn file_id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("a fixed, valid path"),
    )
    .intern()
}

static MAIN: LazyLock<FileId> = LazyLock::new(|| file_id("/cv.typ"));
static DATA: LazyLock<FileId> = LazyLock::new(|| file_id("/cv.json"));
static PHOTO: LazyLock<FileId> = LazyLock::new(|| file_id("/photo.png"));
static QR: LazyLock<FileId> = LazyLock::new(|| file_id("/qr.json"));
static ATTACHMENT: LazyLock<FileId> = LazyLock::new(|| file_id("/attachment.xml"));

/// A file attached inside the PDF (the Europass XML).
#[derive(Debug, Clone)]
pub struct Attachment {
    /// The name a PDF reader shows, e.g. `europass-cv-fr.xml`.
    pub name: String,
    pub description: String,
    pub mime: String,
    pub data: Vec<u8>,
}

/// The in-memory world one CV is compiled in.
struct CvWorld {
    main: Source,
    data: Bytes,
    photo: Option<Bytes>,
    qr: Bytes,
    attachment: Option<Bytes>,
    today: Datetime,
}

impl CvWorld {
    fn new(doc: &CvDocument, attachment: Option<&Attachment>) -> Result<Self> {
        let mut data = serde_json::to_value(doc).map_err(render_error)?;
        if let (Some(a), serde_json::Value::Object(map)) = (attachment, &mut data) {
            map.insert(
                "attachment".into(),
                serde_json::json!({"name": a.name, "description": a.description, "mime": a.mime}),
            );
        }
        let qr: Vec<Option<String>> = doc
            .badges
            .iter()
            .map(|b| b.link.as_deref().and_then(qr_svg))
            .collect();
        let today =
            parse_day(&doc.date).ok_or_else(|| render_error(format!("bad date {:?}", doc.date)))?;
        Ok(CvWorld {
            main: Source::new(*MAIN, TEMPLATE.to_owned()),
            data: Bytes::new(serde_json::to_vec(&data).map_err(render_error)?),
            photo: doc.photo.clone().map(Bytes::new),
            qr: Bytes::new(serde_json::to_vec(&qr).map_err(render_error)?),
            attachment: attachment.map(|a| Bytes::new(a.data.clone())),
            today,
        })
    }
}

impl World for CvWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let found = if id == *DATA {
            Some(self.data.clone())
        } else if id == *QR {
            Some(self.qr.clone())
        } else if id == *PHOTO {
            self.photo.clone()
        } else if id == *ATTACHMENT {
            self.attachment.clone()
        } else {
            None
        };
        found.ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn render_error(detail: impl std::fmt::Display) -> Error {
    Error::CvRender {
        detail: detail.to_string(),
    }
}

/// `YYYY-MM-DD` as a typst date.
fn parse_day(day: &str) -> Option<Datetime> {
    let mut parts = day.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let d = parts.next()?.get(..2)?.parse().ok()?;
    Datetime::from_ymd(year, month, d)
}

/// A QR code of `text` as an SVG image (black modules, no margin colour), or `None`
/// when the text is too long for a QR code.
fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .quiet_zone(false)
            .min_dimensions(80, 80)
            .build(),
    )
}

/// typst's errors as one line (a layout error is a bug of ours: it goes in the report).
fn diagnostics(errors: &[typst::diag::SourceDiagnostic]) -> Error {
    render_error(
        errors
            .iter()
            .map(|e| e.message.as_str())
            .collect::<Vec<_>>()
            .join("; "),
    )
}

fn compile(world: &CvWorld) -> Result<PagedDocument> {
    let warned = typst::compile::<PagedDocument>(world);
    // typst keeps what it laid out, so the next preview after a small edit is fast;
    // what the last few CVs did not use is dropped, so a long session does not grow.
    comemo::evict(8);
    warned.output.map_err(|errors| diagnostics(&errors))
}

/// The CV as a PDF: A4, title and author set, the attachment (the Europass XML)
/// embedded, identical bytes for the same document.
pub fn render_pdf(doc: &CvDocument, attachment: Option<&Attachment>) -> Result<Vec<u8>> {
    Ok(pdf_and_pages(doc, attachment)?.0)
}

/// The PDF and how many pages it has.
fn pdf_and_pages(doc: &CvDocument, attachment: Option<&Attachment>) -> Result<(Vec<u8>, u32)> {
    let world = CvWorld::new(doc, attachment)?;
    let document = compile(&world)?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(format!("passerelle-cv-{}", doc.language)),
        creator: typst::foundations::Smart::Custom(Some("Passerelle".into())),
        timestamp: Some(typst_pdf::Timestamp::new_utc(world.today)),
        ..typst_pdf::PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&document, &options).map_err(|errors| diagnostics(&errors))?;
    let pages = u32::try_from(document.pages().len()).unwrap_or(u32::MAX);
    Ok((bytes, pages))
}

/// The CV's pages as PNG images, `width` pixels wide each (the live preview).
pub fn render_pages(doc: &CvDocument, width: u32) -> Result<Vec<Vec<u8>>> {
    let world = CvWorld::new(doc, None)?;
    let document = compile(&world)?;
    document
        .pages()
        .iter()
        .map(|page| {
            let points = page.frame.width().to_pt();
            let scale = f64::from(width.clamp(100, 2_000)) / points.max(1.0);
            let pixmap = typst_render::render(
                page,
                &typst_render::RenderOptions {
                    pixel_per_pt: typst::utils::Scalar::new(scale),
                    render_bleed: false,
                },
            );
            pixmap.encode_png().map_err(render_error)
        })
        .collect()
}

/// The kinds of file a CV is exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CvFormat {
    /// A4 PDF with the Europass XML attached.
    Pdf,
    /// The Europass XML alone (an editable file Europass and HR tools read).
    Europass,
    /// JSON Resume.
    JsonResume,
}

impl CvFormat {
    /// `pdf`, `europass` or `json-resume`, else `invalid-cv` naming the format.
    pub fn from_code(value: &str) -> Result<CvFormat> {
        CvFormat::parse(value).ok_or_else(|| Error::InvalidCv {
            field: "format".into(),
            value: value.to_owned(),
        })
    }

    pub fn parse(value: &str) -> Option<CvFormat> {
        match value.trim().to_ascii_lowercase().as_str() {
            "pdf" => Some(CvFormat::Pdf),
            "europass" | "europass-xml" | "xml" => Some(CvFormat::Europass),
            "json-resume" | "jsonresume" | "json" => Some(CvFormat::JsonResume),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            CvFormat::Pdf => "pdf",
            CvFormat::Europass => "europass",
            CvFormat::JsonResume => "json-resume",
        }
    }
}

/// The name Europass gives the XML it attaches to its PDFs.
pub const EUROPASS_ATTACHMENT: &str = "Europass-XML-Attachment.xml";

/// The Europass XML of `doc`, as the PDF carries it.
pub fn europass_attachment(doc: &CvDocument) -> Attachment {
    Attachment {
        name: EUROPASS_ATTACHMENT.to_owned(),
        description: doc.labels.get("attachment").cloned().unwrap_or_default(),
        mime: "application/xml".to_owned(),
        data: passerelle_wallet::cv_formats::europass_xml(doc).into_bytes(),
    }
}

/// The bytes of the CV of `wallet` in `language` and `format`, with the badges
/// chosen (`None`: the suggested ones).
pub fn cv_bytes(
    wallet: &passerelle_wallet::Wallet,
    language: passerelle_wallet::Language,
    format: CvFormat,
    badges: Option<&[String]>,
) -> Result<(Vec<u8>, u32)> {
    let doc = wallet.cv_document(language, badges)?;
    match format {
        CvFormat::Pdf => pdf_and_pages(&doc, Some(&europass_attachment(&doc))),
        CvFormat::Europass => Ok((
            passerelle_wallet::cv_formats::europass_xml(&doc).into_bytes(),
            0,
        )),
        CvFormat::JsonResume => {
            let json = passerelle_wallet::cv_formats::json_resume(&doc);
            let mut text = serde_json::to_vec_pretty(&json).map_err(render_error)?;
            text.push(b'\n');
            Ok((text, 0))
        }
    }
}

/// Write the CV of `wallet` in `language` and `format` to `out`, all at once (a
/// failure leaves `out` as it was).
pub fn export_cv(
    wallet: &passerelle_wallet::Wallet,
    language: passerelle_wallet::Language,
    format: CvFormat,
    badges: Option<&[String]>,
    out: &std::path::Path,
) -> Result<passerelle_wallet::dto::CvExportResult> {
    let (bytes, pages) = cv_bytes(wallet, language, format, badges)?;
    passerelle_wallet::endorsing::write_atomically(out, &bytes)?;
    Ok(passerelle_wallet::dto::CvExportResult {
        out: out.display().to_string(),
        language: language.code().to_owned(),
        format: format.code().to_owned(),
        pages,
        bytes: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
    })
}

/// The live preview: the CV's pages as PNG data URLs, `width` pixels wide.
pub fn preview(
    wallet: &passerelle_wallet::Wallet,
    language: passerelle_wallet::Language,
    badges: Option<&[String]>,
    width: u32,
) -> Result<passerelle_wallet::dto::CvPreview> {
    let doc = wallet.cv_document(language, badges)?;
    Ok(passerelle_wallet::dto::CvPreview {
        language: language.code().to_owned(),
        pages: render_pages(&doc, width)?
            .iter()
            .map(|png| passerelle_wallet::images::data_url_png(png))
            .collect(),
    })
}
