//! PNG unbaking and baking (Open Badges 3.0 `docformat.md` #png-baking, OB 2.0
//! baking spec). Our own chunk reader: signature, length, type, CRC-32, stop at
//! IEND; truncated files and absurd lengths are refused. Pixels are never decoded.

use crate::detect::{MAX_INPUT_BYTES, check_size};
use crate::error::BadgeError;
use crate::{Baked, Generation};

/// The eight bytes every PNG starts with.
pub const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
/// The iTXt keyword of an Open Badges 3.0 credential.
pub const KEYWORD_OB3: &str = "openbadgecredential";
/// The iTXt (or legacy tEXt) keyword of an Open Badges 2.0 assertion.
pub const KEYWORD_OB2: &str = "openbadges";
/// Largest text a compressed chunk may inflate to: 8 MiB (zip-bomb guard).
pub const MAX_INFLATED_BYTES: usize = 8 * 1024 * 1024;
/// Largest chunk length the PNG specification allows (2^31 − 1).
const MAX_CHUNK_LEN: usize = 0x7fff_ffff;
/// More chunks than any real image has; a guard against pathological files.
const MAX_CHUNKS: usize = 100_000;

/// One chunk of a PNG, borrowed from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk<'a> {
    /// The four-letter chunk type, e.g. `IHDR`, `iTXt`.
    pub kind: [u8; 4],
    /// The chunk data (without length, type and CRC).
    pub data: &'a [u8],
    /// Byte offset of the chunk (its length field) in the file.
    pub offset: usize,
}

impl Chunk<'_> {
    /// The chunk type as text (chunk types are ASCII letters, checked on reading).
    pub fn kind_str(&self) -> &str {
        std::str::from_utf8(&self.kind).unwrap_or("????")
    }
}

/// Reads and checks every chunk up to and including `IEND` (bytes after it are
/// ignored). Checks: the signature, `IHDR` first with 13 bytes, chunk types made
/// of ASCII letters, lengths within the file and within 2^31 − 1, every CRC-32.
pub fn read_chunks(bytes: &[u8]) -> Result<Vec<Chunk<'_>>, BadgeError> {
    check_size(bytes.len(), "input", MAX_INPUT_BYTES)?;
    if bytes.len() < PNG_SIGNATURE.len() {
        return if PNG_SIGNATURE.starts_with(bytes) {
            Err(BadgeError::PngTruncated {
                offset: bytes.len(),
            })
        } else {
            Err(malformed("not a PNG signature"))
        };
    }
    if bytes[..8] != PNG_SIGNATURE {
        return Err(malformed("not a PNG signature"));
    }
    let mut chunks = Vec::new();
    let mut pos = PNG_SIGNATURE.len();
    loop {
        let Some(head) = bytes.get(pos..pos + 8) else {
            return Err(BadgeError::PngTruncated {
                offset: bytes.len(),
            });
        };
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = [head[4], head[5], head[6], head[7]];
        if len > MAX_CHUNK_LEN {
            return Err(malformed(&format!(
                "chunk at byte {pos} claims {len} bytes (over 2^31 - 1)"
            )));
        }
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(malformed(&format!("invalid chunk type at byte {pos}")));
        }
        let data_start = pos + 8;
        let Some(data) = bytes.get(data_start..data_start + len) else {
            return Err(BadgeError::PngTruncated {
                offset: bytes.len(),
            });
        };
        let Some(crc_bytes) = bytes.get(data_start + len..data_start + len + 4) else {
            return Err(BadgeError::PngTruncated {
                offset: bytes.len(),
            });
        };
        let stored = u32::from_be_bytes([crc_bytes[0], crc_bytes[1], crc_bytes[2], crc_bytes[3]]);
        if crc32(&bytes[pos + 4..data_start + len]) != stored {
            return Err(BadgeError::PngCrc {
                chunk: String::from_utf8_lossy(&kind).into_owned(),
                offset: pos,
            });
        }
        let chunk = Chunk {
            kind,
            data,
            offset: pos,
        };
        if chunks.is_empty() && (&kind != b"IHDR" || len != 13) {
            return Err(malformed("the first chunk is not a 13-byte IHDR"));
        }
        chunks.push(chunk);
        if chunks.len() > MAX_CHUNKS {
            return Err(malformed("too many chunks"));
        }
        pos = data_start + len + 4;
        if &kind == b"IEND" {
            return Ok(chunks);
        }
    }
}

/// Finds the baked badge: the first `iTXt` with keyword [`KEYWORD_OB3`]; else the
/// first text chunk (`iTXt`, then `tEXt`/`zTXt`, as some OB 2.0 issuers did) with
/// [`KEYWORD_OB2`]. Keywords match ignoring ASCII case. Compressed text is
/// inflated with an output cap of [`MAX_INFLATED_BYTES`].
pub fn unbake_png(bytes: &[u8]) -> Result<Baked, BadgeError> {
    let chunks = read_chunks(bytes)?;
    for (keyword, generation) in [
        (KEYWORD_OB3, Generation::Ob3),
        (KEYWORD_OB2, Generation::Ob2),
    ] {
        for preferred in [true, false] {
            for chunk in &chunks {
                let is_itxt = &chunk.kind == b"iTXt";
                if is_itxt != preferred {
                    continue;
                }
                if let Some(text) = text_chunk(chunk, keyword)? {
                    return Ok(Baked { generation, text });
                }
            }
        }
    }
    Err(BadgeError::PngNoCredential)
}

/// Returns a copy of `png` with an uncompressed `iTXt` chunk (`keyword`, empty
/// language tag and translated keyword, `text`) inserted before `IEND`. Any text
/// chunk (`iTXt`, `tEXt`, `zTXt`) with the same keyword is removed first, and
/// bytes after `IEND` are dropped. The input PNG is checked like [`read_chunks`].
///
/// The keyword must be 1–79 printable ASCII characters without leading, trailing
/// or double spaces (use [`KEYWORD_OB3`] or [`KEYWORD_OB2`]).
pub fn bake_png(png: &[u8], keyword: &str, text: &str) -> Result<Vec<u8>, BadgeError> {
    check_keyword(keyword)?;
    let chunks = read_chunks(png)?;
    let mut data = Vec::with_capacity(keyword.len() + 5 + text.len());
    data.extend_from_slice(keyword.as_bytes());
    data.extend_from_slice(&[0, 0, 0, 0, 0]); // NUL, flag 0, method 0, empty lang NUL, empty translated NUL
    data.extend_from_slice(text.as_bytes());
    if data.len() > MAX_CHUNK_LEN {
        return Err(BadgeError::BakeInvalid {
            detail: "the text is too long for a PNG chunk".into(),
        });
    }
    let mut out = Vec::with_capacity(png.len() + data.len() + 12);
    out.extend_from_slice(&PNG_SIGNATURE);
    for chunk in &chunks {
        if &chunk.kind == b"IEND" {
            break;
        }
        if chunk_keyword(chunk).is_some_and(|k| k.eq_ignore_ascii_case(keyword.as_bytes())) {
            continue;
        }
        write_chunk(&mut out, &chunk.kind, chunk.data);
    }
    write_chunk(&mut out, b"iTXt", &data);
    write_chunk(&mut out, b"IEND", &[]);
    Ok(out)
}

/// Appends one chunk (length, type, data, CRC) to `out`.
pub(crate) fn write_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    // Callers keep data under 2^31 - 1 bytes.
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc_input = Vec::with_capacity(4 + data.len());
    crc_input.extend_from_slice(kind);
    crc_input.extend_from_slice(data);
    out.extend_from_slice(&crc32(&crc_input).to_be_bytes());
}

fn check_keyword(keyword: &str) -> Result<(), BadgeError> {
    let ok = (1..=79).contains(&keyword.len())
        && keyword.bytes().all(|b| (0x20..=0x7e).contains(&b))
        && !keyword.starts_with(' ')
        && !keyword.ends_with(' ')
        && !keyword.contains("  ");
    if ok {
        Ok(())
    } else {
        Err(BadgeError::BakeInvalid {
            detail: format!("invalid PNG keyword {keyword:?}"),
        })
    }
}

/// The keyword of a text chunk (`iTXt`, `tEXt`, `zTXt`), if it is one.
fn chunk_keyword<'a>(chunk: &Chunk<'a>) -> Option<&'a [u8]> {
    if !matches!(&chunk.kind, b"iTXt" | b"tEXt" | b"zTXt") {
        return None;
    }
    let nul = chunk.data.iter().position(|&b| b == 0)?;
    Some(&chunk.data[..nul])
}

/// The text of a text chunk whose keyword is `keyword`, or `None` for other chunks.
fn text_chunk(chunk: &Chunk<'_>, keyword: &str) -> Result<Option<String>, BadgeError> {
    let Some(k) = chunk_keyword(chunk) else {
        return Ok(None);
    };
    if !k.eq_ignore_ascii_case(keyword.as_bytes()) {
        return Ok(None);
    }
    let rest = &chunk.data[k.len() + 1..];
    let bad = |what: &str| malformed(&format!("{} chunk: {what}", chunk.kind_str()));
    let text = match &chunk.kind {
        b"tEXt" => latin1(rest),
        b"zTXt" => {
            let (&method, compressed) = rest.split_first().ok_or_else(|| bad("no method"))?;
            if method != 0 {
                return Err(bad("unknown compression method"));
            }
            latin1(&inflate(compressed)?)
        }
        _ => {
            // iTXt: flag, method, language tag NUL, translated keyword NUL, text.
            let [flag, method, tail @ ..] = rest else {
                return Err(bad("too short"));
            };
            let lang_end = tail
                .iter()
                .position(|&b| b == 0)
                .ok_or_else(|| bad("no language tag"))?;
            let tail = &tail[lang_end + 1..];
            let tk_end = tail
                .iter()
                .position(|&b| b == 0)
                .ok_or_else(|| bad("no translated keyword"))?;
            let body = &tail[tk_end + 1..];
            let raw = match (flag, method) {
                (0, _) => body.to_vec(),
                (1, 0) => inflate(body)?,
                (1, _) => return Err(bad("unknown compression method")),
                _ => return Err(bad("invalid compression flag")),
            };
            String::from_utf8(raw).map_err(|_| BadgeError::NotUtf8)?
        }
    };
    Ok(Some(text))
}

fn inflate(data: &[u8]) -> Result<Vec<u8>, BadgeError> {
    use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_zlib_with_limit};
    decompress_to_vec_zlib_with_limit(data, MAX_INFLATED_BYTES).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => BadgeError::TooLarge {
            what: "inflated-text".into(),
            size: e.output.len(),
            limit: MAX_INFLATED_BYTES,
        },
        other => BadgeError::PngInflate {
            detail: format!("{other:?}"),
        },
    })
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

fn malformed(detail: &str) -> BadgeError {
    BadgeError::PngMalformed {
        detail: detail.to_owned(),
    }
}

/// CRC-32 (ISO-HDLC, polynomial 0xEDB88320 reflected), as PNG uses it.
pub fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc = TABLE[((crc ^ u32::from(b)) & 0xff) as usize] ^ (crc >> 8);
    }
    crc ^ 0xffff_ffff
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A valid 2×2 RGBA PNG made by the independent `png` encoder.
    pub(crate) fn tiny_png() -> Vec<u8> {
        encode_with(|_| {})
    }

    fn encode_with(f: impl FnOnce(&mut png::Encoder<'_, &mut Vec<u8>>)) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, 2, 2);
            enc.set_color(png::ColorType::Rgba);
            enc.set_depth(png::BitDepth::Eight);
            f(&mut enc);
            let mut w = enc.write_header().unwrap();
            w.write_image_data(&[0x80; 16]).unwrap();
            w.finish().unwrap();
        }
        out
    }

    /// Texts of all iTXt chunks as the independent `png` decoder sees them.
    fn decoded_itxt(bytes: &[u8]) -> Vec<(String, String)> {
        let mut dec = png::Decoder::new(std::io::Cursor::new(bytes));
        dec.set_ignore_text_chunk(false);
        let mut reader = dec.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        reader.next_frame(&mut buf).unwrap();
        reader.finish().unwrap();
        reader
            .info()
            .utf8_text
            .iter()
            .map(|c| (c.keyword.clone(), c.get_text().unwrap()))
            .collect()
    }

    #[test]
    fn crc32_known_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
    }

    #[test]
    fn bake_then_unbake_round_trips_and_png_crate_agrees() {
        let json = r#"{"name":"Gestión de proyectos — œuvre"}"#;
        let baked = bake_png(&tiny_png(), KEYWORD_OB3, json).unwrap();
        let found = unbake_png(&baked).unwrap();
        assert_eq!(found.generation, Generation::Ob3);
        assert_eq!(found.text, json);
        assert_eq!(
            decoded_itxt(&baked),
            vec![(KEYWORD_OB3.to_owned(), json.to_owned())]
        );
        // Layout: keyword NUL flag=0 method=0 NUL NUL text, just before IEND.
        let chunks = read_chunks(&baked).unwrap();
        let n = chunks.len();
        assert_eq!(&chunks[n - 1].kind, b"IEND");
        assert_eq!(&chunks[n - 2].kind, b"iTXt");
        assert!(
            chunks[n - 2]
                .data
                .starts_with(b"openbadgecredential\0\0\0\0\0{")
        );
    }

    #[test]
    fn rebaking_replaces_the_same_keyword_only() {
        let once = bake_png(&tiny_png(), KEYWORD_OB3, "{\"v\":1}").unwrap();
        let with_ob2 = bake_png(&once, KEYWORD_OB2, "{\"v\":\"ob2\"}").unwrap();
        let twice = bake_png(&with_ob2, KEYWORD_OB3, "{\"v\":2}").unwrap();
        let texts = decoded_itxt(&twice);
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts.contains(&(KEYWORD_OB3.into(), "{\"v\":2}".into())));
        assert!(texts.contains(&(KEYWORD_OB2.into(), "{\"v\":\"ob2\"}".into())));
        // OB 3.0 wins over OB 2.0 when both are present.
        assert_eq!(unbake_png(&twice).unwrap().text, "{\"v\":2}");
        // Trailing bytes after IEND are dropped.
        let mut trailing = tiny_png();
        trailing.extend_from_slice(b"junk after IEND");
        let baked = bake_png(&trailing, KEYWORD_OB3, "x").unwrap();
        assert!(baked.ends_with(&[0xae, 0x42, 0x60, 0x82]));
    }

    #[test]
    fn compressed_itxt_and_legacy_text_chunks_are_read() {
        // A compressed iTXt written by the independent png encoder.
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, 2, 2);
            enc.set_color(png::ColorType::Rgba);
            let mut w = enc.write_header().unwrap();
            let mut c = png::text_metadata::ITXtChunk::new(KEYWORD_OB2, "{\"hello\":\"zlib\"}");
            c.compress_text().unwrap();
            c.compressed = true; // compress_text leaves the flag alone
            w.write_text_chunk(&c).unwrap();
            w.write_image_data(&[0x80; 16]).unwrap();
            w.finish().unwrap();
        }
        let itxt = read_chunks(&out)
            .unwrap()
            .into_iter()
            .find(|c| &c.kind == b"iTXt")
            .unwrap();
        assert_eq!(
            itxt.data[KEYWORD_OB2.len() + 1],
            1,
            "the chunk is compressed"
        );
        let found = unbake_png(&out).unwrap();
        assert_eq!(found.generation, Generation::Ob2);
        assert_eq!(found.text, "{\"hello\":\"zlib\"}");

        // tEXt (Latin-1) as early OB 2.0 issuers did.
        let legacy = encode_with(|enc| {
            enc.add_text_chunk(KEYWORD_OB2.into(), "https://example.org/a/1".into())
                .unwrap();
        });
        let found = unbake_png(&legacy).unwrap();
        assert_eq!(found.generation, Generation::Ob2);
        assert_eq!(found.text, "https://example.org/a/1");
        // An iTXt wins over an earlier tEXt with the same keyword.
        let both = insert_before_iend(&legacy, b"iTXt", b"openbadges\0\0\0\0\0{\"i\":1}");
        assert_eq!(unbake_png(&both).unwrap().text, "{\"i\":1}");
        // Keywords match ignoring ASCII case.
        let upper = insert_before_iend(&tiny_png(), b"tEXt", b"OpenBadges\0caf\xe9");
        assert_eq!(unbake_png(&upper).unwrap().text, "caf\u{e9}");
    }

    pub(crate) fn insert_before_iend(png: &[u8], kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let iend = png.len() - 12;
        let mut out = png[..iend].to_vec();
        write_chunk(&mut out, kind, data);
        out.extend_from_slice(&png[iend..]);
        out
    }

    #[test]
    fn no_credential_in_a_plain_png() {
        assert_eq!(
            unbake_png(&tiny_png()).unwrap_err(),
            BadgeError::PngNoCredential
        );
        let other = bake_png(&tiny_png(), "Comment", "hi").unwrap();
        assert_eq!(unbake_png(&other).unwrap_err(), BadgeError::PngNoCredential);
    }

    #[test]
    fn truncated_files_are_refused_at_every_length() {
        let baked = bake_png(&tiny_png(), KEYWORD_OB3, "{\"a\":1}").unwrap();
        for cut in 0..baked.len() {
            let err = unbake_png(&baked[..cut]).unwrap_err();
            assert!(
                matches!(err, BadgeError::PngTruncated { .. }),
                "cut at {cut}: {err:?}"
            );
        }
    }

    #[test]
    fn corrupt_crc_is_refused() {
        let mut baked = bake_png(&tiny_png(), KEYWORD_OB3, "{\"a\":1}").unwrap();
        let chunks = read_chunks(&baked).unwrap();
        let itxt = chunks.iter().find(|c| &c.kind == b"iTXt").unwrap().offset;
        // Flip a byte of the text: the CRC no longer matches.
        let at = itxt + 8 + KEYWORD_OB3.len() + 6;
        baked[at] ^= 0x01;
        assert_eq!(
            unbake_png(&baked).unwrap_err(),
            BadgeError::PngCrc {
                chunk: "iTXt".into(),
                offset: itxt
            }
        );
    }

    #[test]
    fn huge_lengths_and_bad_structure_are_refused() {
        let png = tiny_png();
        // IHDR length rewritten to 0xFFFFFFFF.
        let mut huge = png.clone();
        huge[8..12].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(unbake_png(&huge).unwrap_err().code(), "png-malformed");
        // A length within 2^31 - 1 but past the end of the file.
        let mut past = png.clone();
        past[8..12].copy_from_slice(&0x7fff_0000u32.to_be_bytes());
        assert_eq!(unbake_png(&past).unwrap_err().code(), "png-truncated");
        // Not a PNG at all / wrong signature.
        assert_eq!(
            unbake_png(b"GIF89a....").unwrap_err().code(),
            "png-malformed"
        );
        // A first chunk that is not IHDR.
        let mut no_ihdr = PNG_SIGNATURE.to_vec();
        write_chunk(&mut no_ihdr, b"IEND", &[]);
        assert_eq!(unbake_png(&no_ihdr).unwrap_err().code(), "png-malformed");
        // A chunk type with non-letters.
        let bad_type = insert_before_iend(&png, b"i\0Xt", b"x");
        assert_eq!(unbake_png(&bad_type).unwrap_err().code(), "png-malformed");
        // A 200000 x 200000 IHDR is fine for unbaking: pixels are never decoded.
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&200_000u32.to_be_bytes());
        ihdr.extend_from_slice(&200_000u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        let mut giant = PNG_SIGNATURE.to_vec();
        write_chunk(&mut giant, b"IHDR", &ihdr);
        let mut t = b"openbadgecredential\0\0\0\0\0".to_vec();
        t.extend_from_slice(b"{}");
        write_chunk(&mut giant, b"iTXt", &t);
        write_chunk(&mut giant, b"IEND", &[]);
        assert_eq!(unbake_png(&giant).unwrap().text, "{}");
    }

    #[test]
    fn zip_bomb_is_capped() {
        // 9 MiB of zeros compresses to a few KiB; the cap is 8 MiB.
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; 9 * 1024 * 1024], 10);
        assert!(bomb.len() < 100_000);
        let mut data = b"openbadgecredential\0\x01\x00\0\0".to_vec();
        data.extend_from_slice(&bomb);
        let png = insert_before_iend(&tiny_png(), b"iTXt", &data);
        let err = unbake_png(&png).unwrap_err();
        assert_eq!(err.code(), "too-large");
        assert_eq!(err.args()["what"], "inflated-text");
        // Garbage instead of zlib.
        let mut data = b"openbadgecredential\0\x01\x00\0\0".to_vec();
        data.extend_from_slice(b"not zlib at all");
        let png = insert_before_iend(&tiny_png(), b"iTXt", &data);
        assert_eq!(unbake_png(&png).unwrap_err().code(), "png-inflate");
    }

    #[test]
    fn malformed_itxt_fields_and_bad_utf8() {
        for data in [
            &b"openbadgecredential\0"[..],
            b"openbadgecredential\0\0\0no-nul",
            b"openbadgecredential\0\x02\0\0\0x",
            b"openbadgecredential\0\x01\x05\0\0x",
        ] {
            let png = insert_before_iend(&tiny_png(), b"iTXt", data);
            assert_eq!(
                unbake_png(&png).unwrap_err().code(),
                "png-malformed",
                "{data:?}"
            );
        }
        let png = insert_before_iend(
            &tiny_png(),
            b"iTXt",
            b"openbadgecredential\0\0\0\0\0\xff\xfe",
        );
        assert_eq!(unbake_png(&png).unwrap_err(), BadgeError::NotUtf8);
    }

    #[test]
    fn bake_refuses_bad_keywords_and_bad_pngs() {
        for k in ["", " lead", "trail ", "dou  ble", "naïve", &"k".repeat(80)] {
            assert_eq!(
                bake_png(&tiny_png(), k, "x").unwrap_err().code(),
                "bake-invalid",
                "{k:?}"
            );
        }
        assert_eq!(
            bake_png(b"\x89PNG\r\n", KEYWORD_OB3, "x")
                .unwrap_err()
                .code(),
            "png-truncated"
        );
    }
}
