//! Badge images for display. Whatever an issuer sends (PNG, JPEG, GIF, WebP or SVG),
//! the webview only ever receives a PNG we encoded ourselves (DESIGN.md invariant 7):
//! raster images are decoded under strict limits (decompression bombs), SVG is
//! rasterised with resvg without touching the network or the disk, and the result
//! is scaled to fit a square of [`DISPLAY_SIZE`] pixels.

use std::io::Cursor;
use std::sync::{Arc, OnceLock};

use image::{ImageFormat, ImageReader, Limits};

/// Largest image file accepted, before decoding.
pub const MAX_IMAGE_BYTES: usize = 8 * 1024 * 1024;
/// Largest width or height a raster image may declare.
pub const MAX_DIMENSION: u32 = 8192;
/// Largest allocation the decoder may make.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// The display images fit in a square this wide.
pub const DISPLAY_SIZE: u32 = 512;

/// Why an image could not be prepared for display.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    #[error("the image is {bytes} bytes, more than the {max} accepted")]
    TooLarge { bytes: usize, max: usize },
    #[error("the image's format is not one Passerelle can show")]
    Unsupported,
    #[error("the image is damaged or hostile: {detail}")]
    Malformed { detail: String },
}

/// Whether `bytes` look like SVG text (optionally behind a BOM, XML declaration or comments).
pub fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    (text.starts_with("<?xml") || text.starts_with("<svg") || text.starts_with("<!--"))
        && text.contains("<svg")
}

/// A PNG as a `data:` URL the webview can show.
pub fn data_url_png(png: &[u8]) -> String {
    use base64::Engine;
    format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png)
    )
}

/// Turn an image file into a display PNG no larger than [`DISPLAY_SIZE`] square.
pub fn to_display_png(bytes: &[u8]) -> Result<Vec<u8>, ImageError> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(ImageError::TooLarge {
            bytes: bytes.len(),
            max: MAX_IMAGE_BYTES,
        });
    }
    if looks_like_svg(bytes) {
        return rasterise_svg(bytes);
    }
    let format = image::guess_format(bytes).map_err(|_| ImageError::Unsupported)?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::Gif | ImageFormat::WebP
    ) {
        return Err(ImageError::Unsupported);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DIMENSION);
    limits.max_image_height = Some(MAX_DIMENSION);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let malformed = |e: image::ImageError| ImageError::Malformed {
        detail: e.to_string(),
    };
    // Cameras store photos sideways with an EXIF orientation: turn them upright.
    let mut decoder = reader.into_decoder().map_err(malformed)?;
    let orientation = image::ImageDecoder::orientation(&mut decoder).map_err(malformed)?;
    let mut img = image::DynamicImage::from_decoder(decoder).map_err(malformed)?;
    img.apply_orientation(orientation);
    let img = if img.width() > DISPLAY_SIZE || img.height() > DISPLAY_SIZE {
        img.thumbnail(DISPLAY_SIZE, DISPLAY_SIZE)
    } else {
        img
    };
    let mut out = Vec::new();
    img.to_rgba8()
        .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .map_err(|e| ImageError::Malformed {
            detail: e.to_string(),
        })?;
    Ok(out)
}

fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            db.load_system_fonts();
            Arc::new(db)
        })
        .clone()
}

fn rasterise_svg(bytes: &[u8]) -> Result<Vec<u8>, ImageError> {
    let malformed = |detail: String| ImageError::Malformed { detail };
    let mut options = resvg::usvg::Options {
        // Nothing outside the file itself: no resources folder, no external images.
        resources_dir: None,
        fontdb: fonts(),
        ..Default::default()
    };
    options.image_href_resolver = resvg::usvg::ImageHrefResolver {
        resolve_data: resvg::usvg::ImageHrefResolver::default_data_resolver(),
        resolve_string: Box::new(|_, _| None),
    };
    let tree =
        resvg::usvg::Tree::from_data(bytes, &options).map_err(|e| malformed(e.to_string()))?;
    let size = tree.size();
    let (w, h) = (size.width(), size.height());
    if !(w.is_finite() && h.is_finite()) || w <= 0.0 || h <= 0.0 {
        return Err(malformed("the SVG has no size".into()));
    }
    let scale = (DISPLAY_SIZE as f32 / w).min(DISPLAY_SIZE as f32 / h);
    let (pw, ph) = ((w * scale).round().max(1.0), (h * scale).round().max(1.0));
    // Both are at most DISPLAY_SIZE by construction.
    let mut pixmap = resvg::tiny_skia::Pixmap::new(pw as u32, ph as u32)
        .ok_or_else(|| malformed("the SVG's size is out of range".into()))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbaImage::from_fn(w, h, |x, y| {
            image::Rgba([(x % 256) as u8, (y % 256) as u8, 128, 255])
        });
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    fn dims(png: &[u8]) -> (u32, u32) {
        let img = image::load_from_memory_with_format(png, ImageFormat::Png).unwrap();
        (img.width(), img.height())
    }

    #[test]
    fn small_png_keeps_its_size_large_one_is_scaled() {
        assert_eq!(dims(&to_display_png(&png(40, 20)).unwrap()), (40, 20));
        assert_eq!(dims(&to_display_png(&png(1024, 512)).unwrap()), (512, 256));
    }

    #[test]
    fn decompression_bomb_is_refused() {
        // A valid PNG header declaring 100000 x 100000 pixels, then nothing useful.
        let mut bomb = png(1, 1);
        // IHDR width/height live at bytes 16..24; patch them and fix the CRC.
        bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        let crc = passerelle_badges::png::crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        let err = to_display_png(&bomb).unwrap_err();
        assert!(matches!(err, ImageError::Malformed { .. }), "{err:?}");
    }

    #[test]
    fn truncated_and_unknown_data_are_refused() {
        let p = png(64, 64);
        assert!(matches!(
            to_display_png(&p[..p.len() / 2]).unwrap_err(),
            ImageError::Malformed { .. }
        ));
        assert_eq!(
            to_display_png(b"hello, not an image").unwrap_err(),
            ImageError::Unsupported
        );
        let huge = vec![0u8; MAX_IMAGE_BYTES + 1];
        assert!(matches!(
            to_display_png(&huge).unwrap_err(),
            ImageError::TooLarge { .. }
        ));
    }

    #[test]
    fn svg_is_rasterised_to_png_and_never_reaches_outside() {
        let svg = br##"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100">
  <rect width="200" height="100" fill="#0f766e"/>
  <image href="https://tracker.invalid/pixel.png" width="10" height="10"/>
  <image xlink:href="file:///etc/passwd" width="10" height="10"/>
</svg>"##;
        let out = to_display_png(svg).unwrap();
        assert_eq!(&out[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(dims(&out), (512, 256));
        let img = image::load_from_memory(&out).unwrap().to_rgba8();
        assert_eq!(img.get_pixel(100, 100).0, [0x0f, 0x76, 0x6e, 255]);
    }

    #[test]
    fn malformed_svg_is_refused() {
        let err = to_display_png(b"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect").unwrap_err();
        assert!(matches!(err, ImageError::Malformed { .. }), "{err:?}");
        let billion_laughs = br#"<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;</text></svg>"#;
        // Either refused or rendered quickly and small: never a blow-up.
        if let Ok(out) = to_display_png(billion_laughs) {
            assert!(out.len() < 1_000_000);
        }
    }
}
