//! The app for the ordinary pages. (`src/bin/` holds the builds for the other modes.)

fn main() {
    gulag_exhibit::app::run();
}
