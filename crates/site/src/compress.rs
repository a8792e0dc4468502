//! Precompression: a `.gz` (gzip, best) and a `.br` (brotli, quality 11) beside every
//! text file, so a server can send them as they are (nginx `gzip_static`, `brotli_static`)
//! instead of compressing on every request.

use std::io::Write;
use std::path::Path;

/// The kinds of file worth compressing (images such as PNG are compressed already).
const TEXT: [&str; 7] = ["html", "css", "js", "wasm", "svg", "json", "txt"];

/// Compresses every text file below `dir`, replacing older `.gz` and `.br` files.
pub fn every_text_file(dir: &Path) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            every_text_file(&path)?;
        } else if path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| TEXT.contains(&ext))
        {
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path.display().to_string();
            std::fs::write(format!("{name}.gz"), gzip(&bytes)?)
                .map_err(|e| format!("{name}.gz: {e}"))?;
            std::fs::write(format!("{name}.br"), brotli(&bytes)?)
                .map_err(|e| format!("{name}.br: {e}"))?;
        }
    }
    Ok(())
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}
