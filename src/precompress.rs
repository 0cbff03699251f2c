//! `hub build --precompress`: a Brotli (`.br`) and a gzip (`.gz`) copy beside each text file,
//! for servers that send precompressed files as they are (nginx `gzip_static` and
//! `brotli_static`, Caddy `precompressed`), so that they never compress on each request.
//! Files that would not shrink get no copy.

use crate::output::OutputFile;
use rayon::prelude::*;
use std::io::Write as _;

/// Extensions of the files worth compressing (text); images and archives are left alone.
const TEXT: [&str; 12] = [
    "html", "css", "js", "json", "jsonld", "xml", "svg", "txt", "csv", "ttl", "ics", "md",
];

/// Brotli quality: 6 of 11, smaller than gzip at a fraction of the time of 11.
pub(crate) const BROTLI_QUALITY: u32 = 6;

/// The `.br` and `.gz` copies of the text files of `files`, compressed in parallel.
pub fn precompressed(files: &[OutputFile]) -> Vec<OutputFile> {
    files
        .par_iter()
        .filter(|f| {
            f.path
                .rsplit_once('.')
                .is_some_and(|(_, ext)| TEXT.contains(&ext))
        })
        .flat_map_iter(|f| {
            let mut copies = Vec::with_capacity(2);
            let br = brotli_bytes(&f.bytes);
            if br.len() < f.bytes.len() {
                copies.push(OutputFile {
                    path: format!("{}.br", f.path),
                    bytes: br,
                });
            }
            let gz = gzip_bytes(&f.bytes);
            if gz.len() < f.bytes.len() {
                copies.push(OutputFile {
                    path: format!("{}.gz", f.path),
                    bytes: gz,
                });
            }
            copies
        })
        .collect()
}

fn brotli_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, BROTLI_QUALITY, 22);
        writer
            .write_all(bytes)
            .expect("writing to memory cannot fail");
    }
    out
}

fn gzip_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::best(),
    );
    encoder
        .write_all(bytes)
        .expect("writing to memory cannot fail");
    encoder.finish().expect("writing to memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    fn file(path: &str, bytes: &[u8]) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn text_files_get_copies_that_decompress_to_the_original() {
        let page = "<p>social prescribing</p>\n".repeat(200);
        let copies = precompressed(&[file("a/index.html", page.as_bytes())]);
        let names: Vec<&str> = copies.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(names, ["a/index.html.br", "a/index.html.gz"]);
        let mut from_br = Vec::new();
        brotli::Decompressor::new(copies[0].bytes.as_slice(), 4096)
            .read_to_end(&mut from_br)
            .unwrap();
        assert_eq!(from_br, page.as_bytes());
        let mut from_gz = Vec::new();
        flate2::read::GzDecoder::new(copies[1].bytes.as_slice())
            .read_to_end(&mut from_gz)
            .unwrap();
        assert_eq!(from_gz, page.as_bytes());
    }

    #[test]
    fn images_and_files_that_would_not_shrink_get_none() {
        let copies = precompressed(&[
            file("static/logo.png", &[0u8; 5000]),
            file("tiny.txt", b"ok"),
        ]);
        assert!(copies.is_empty(), "{copies:?}");
    }
}
