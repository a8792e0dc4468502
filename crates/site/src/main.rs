//! Writes the exhibit's pages into the release bundle.
//!
//! Trunk builds the app's code and the stylesheet into its staging folder, then runs this
//! as a post-build hook (`tools/post-build`). It reads and checks the content (a bad file
//! stops the build with the curator's report), draws every view into its own HTML page
//! beside Trunk's files, linking to them by their hashed names, and writes a `.gz` and a
//! `.br` beside every text file so servers can send them precompressed. The hashes of the
//! pages' inline script and styles, for the Content-Security-Policy, go to `csp.conf`.
//!
//! ```text
//! exhibit-site [DIR]        write the pages into DIR (default: $TRUNK_STAGING_DIR)
//! exhibit-site --check      only read and check the content and the wording
//! ```
//! `EXHIBIT_PUBLIC_URL` (e.g. `https://museum.example/exhibits/gulag/`) gives canonical
//! links and link previews an absolute address; without it they are relative.
//! It also writes the kiosk's parts (`kiosk.html`): `EXHIBIT_KIOSK_PIN` (4 to 8 digits)
//! sets the operators' PIN, `EXHIBIT_VERSION` the version their panel shows.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use exhibit_content::load::{load_dir, load_words, ENGLISH};
use exhibit_content::site::pages;
use exhibit_content::{report, Exhibit, Problem, Words};

mod assets;
mod compress;
mod csp;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (exhibit, words) = match content(&root) {
        Ok(content) => content,
        Err(problems) => {
            eprintln!("{}", report(&problems));
            return ExitCode::FAILURE;
        }
    };
    let arg = std::env::args().nth(1);
    if arg.as_deref() == Some("--check") {
        println!("exhibit-site: the content and the wording are valid");
        return ExitCode::SUCCESS;
    }
    let Some(dist) = arg
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
    else {
        eprintln!("exhibit-site: name the folder to write to, or run it as a Trunk hook");
        return ExitCode::FAILURE;
    };
    match write(&root, &dist, &exhibit, &words) {
        Ok(count) => {
            println!("exhibit-site: wrote {count} pages into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("exhibit-site: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The checked content and the English wording.
fn content(root: &Path) -> Result<(Exhibit, Words), Vec<Problem>> {
    let exhibit = load_dir(&root.join("assets/content"));
    let words = load_words(&root.join(ENGLISH));
    match (exhibit, words) {
        (Ok(exhibit), Ok(words)) => Ok((exhibit, words)),
        (exhibit, words) => Err(exhibit
            .err()
            .into_iter()
            .chain(words.err())
            .flatten()
            .collect()),
    }
}

/// The build's version for the kiosk's operators: `EXHIBIT_VERSION`, else the commit
/// (`git describe --always --dirty`), else the package's version.
fn version(root: &Path) -> String {
    std::env::var("EXHIBIT_VERSION")
        .ok()
        .filter(|version| !version.trim().is_empty())
        .or_else(|| {
            let out = std::process::Command::new("git")
                .args(["describe", "--always", "--dirty"])
                .current_dir(root)
                .output()
                .ok()?;
            let commit = String::from_utf8(out.stdout).ok()?;
            (out.status.success() && !commit.trim().is_empty()).then(|| commit.trim().to_owned())
        })
        .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_owned())
}

/// The kiosk's operator PIN set at build time (`EXHIBIT_KIOSK_PIN`, 4 to 8 digits).
fn kiosk_pin() -> Result<Option<String>, String> {
    match std::env::var("EXHIBIT_KIOSK_PIN") {
        Ok(pin) if pin.is_empty() => Ok(None),
        Ok(pin) if exhibit_dom::kiosk::is_pin(&pin) => Ok(Some(pin)),
        Ok(_) => Err("EXHIBIT_KIOSK_PIN must be 4 to 8 digits".to_owned()),
        Err(_) => Ok(None),
    }
}

/// Writes every page into `dist`, then compresses every text file there.
fn write(root: &Path, dist: &Path, exhibit: &Exhibit, words: &Words) -> Result<usize, String> {
    let icon = std::fs::read_to_string(root.join("assets/favicon.svg"))
        .map_err(|e| format!("assets/favicon.svg: {e}"))?;
    let assets = assets::find(dist, &icon)?;
    let public_url = std::env::var("EXHIBIT_PUBLIC_URL")
        .ok()
        .filter(|url| !url.is_empty());
    if let Some(url) = public_url.as_deref().filter(|url| !url.ends_with('/')) {
        return Err(format!("EXHIBIT_PUBLIC_URL must end with a slash: {url}"));
    }
    let pages = pages(exhibit, words, &assets, public_url.as_deref());
    for page in &pages {
        let path = dist.join(&page.file);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&path, &page.html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(base) = public_url.as_deref() {
        for (file, json) in exhibit_content::site::oembed(exhibit, words, base) {
            let path = dist.join(&file);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder)
                    .map_err(|e| format!("{}: {e}", folder.display()))?;
            }
            std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    let parts = exhibit_content::site::kiosk(
        exhibit,
        words,
        &pages,
        &version(root),
        kiosk_pin()?.as_deref(),
    );
    let path = dist.join(exhibit_content::site::KIOSK_FILE);
    std::fs::write(&path, parts).map_err(|e| format!("{}: {e}", path.display()))?;
    let path = dist.join(csp::FILE);
    std::fs::write(&path, csp::snippet(&pages)).map_err(|e| format!("{}: {e}", path.display()))?;
    compress::every_text_file(dist)?;
    Ok(pages.len())
}
