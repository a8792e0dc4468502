//! The app for a museum touch screen (`?mode=kiosk`): built with the feature `kiosk` and
//! without the ordinary pages' "Embed this" dialog.

fn main() {
    gulag_exhibit::app::run();
}
