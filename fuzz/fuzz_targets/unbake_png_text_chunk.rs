//! The text chunks of a baked PNG, past the CRC gate: the input (first byte: chunk type
//! `iTXt`/`tEXt`/`zTXt`, the rest: chunk data) is wrapped in a well-formed PNG with correct
//! CRCs, so the fuzzer reaches keyword, language and zlib parsing instead of stopping at the
//! checksum as `unbake_png` mostly does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passerelle_badges::png::crc32;

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, text)) = data.split_first() else {
        return;
    };
    let kind = match selector % 3 {
        0 => b"iTXt",
        1 => b"tEXt",
        _ => b"zTXt",
    };
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    // 1×1 RGBA, 8 bits.
    chunk(&mut png, b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    chunk(&mut png, kind, text);
    // One transparent pixel, zlib-compressed.
    chunk(
        &mut png,
        b"IDAT",
        &[
            0x78, 0x9c, 0x63, 0x60, 0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01,
        ],
    );
    chunk(&mut png, b"IEND", &[]);
    let _ = passerelle_badges::unbake_png(&png);
});
