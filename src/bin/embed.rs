//! The app for a page in another site's frame (`?mode=embed`): built with the feature
//! `embed-frame` and without the ordinary pages' "Embed this" dialog.

fn main() {
    gulag_exhibit::app::run();
}
