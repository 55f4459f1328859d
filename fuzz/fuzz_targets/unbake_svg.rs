//! Any bytes given as a baked SVG: an error or the baked text, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = passerelle_badges::unbake_svg(data);
});
