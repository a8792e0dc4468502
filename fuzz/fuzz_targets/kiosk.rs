//! A kiosk's address (`?idle=`, `?device=`, `?pin=`), a PIN typed on its keypad, and its
//! visitor cycle driven by any sequence of touches, clock ticks and "Start over" at any
//! times. Input: the query, a NUL, the PIN, a NUL, then steps of nine bytes (what, and a
//! time in milliseconds). The countdown never shows more than its length nor 0 while it runs.
#![no_main]

use exhibit_dom::kiosk::{is_pin, uptime, Cycle, Kiosk, Step, COUNTDOWN, MAX_IDLE, MIN_IDLE};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut fields = data.splitn(3, |&byte| byte == 0);
    let query = String::from_utf8_lossy(fields.next().unwrap_or_default());
    let pin = String::from_utf8_lossy(fields.next().unwrap_or_default());
    let steps = fields.next().unwrap_or_default();

    let kiosk = Kiosk::from_query(&query);
    assert!((MIN_IDLE..=MAX_IDLE).contains(&kiosk.idle), "{kiosk:?}");
    assert!(kiosk.pin.as_deref().is_none_or(is_pin), "{kiosk:?}");
    let _ = is_pin(&pin);
    let mut cycle = Cycle::new(kiosk.idle);
    for step in steps.chunks_exact(9) {
        let mut time = [0u8; 8];
        time.copy_from_slice(&step[1..]);
        let now = u64::from_le_bytes(time);
        let _ = uptime(now);
        let result = match step[0] % 3 {
            0 => cycle.input(now),
            1 => cycle.tick(now),
            _ => cycle.start_over(),
        };
        if let Step::Warn { seconds } = result {
            assert!((1..=COUNTDOWN).contains(&seconds), "{seconds} s left");
        }
    }
});
