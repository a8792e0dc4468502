//! The kiosk: its parameters (garbage is the default) and the visitor's cycle, driven by a
//! fake clock.

use exhibit_dom::kiosk::{
    is_pin, uptime, Cycle, Kiosk, Phase, Step, COUNTDOWN, DEFAULT_IDLE, MAX_IDLE, MIN_IDLE,
};
use proptest::prelude::*;

const S: u64 = 1000;

#[test]
fn the_address_sets_the_idle_time_the_device_and_the_pin() {
    let kiosk = Kiosk::from_query("?mode=kiosk&idle=45&device=Hall%202%20east&pin=2468");
    assert_eq!(
        kiosk,
        Kiosk {
            idle: 45,
            device: Some("Hall 2 east".into()),
            pin: Some("2468".into())
        }
    );
    assert_eq!(
        Kiosk::from_query("?idle=5").idle,
        MIN_IDLE,
        "too short: the shortest"
    );
    assert_eq!(
        Kiosk::from_query("?idle=99999999999").idle,
        MAX_IDLE,
        "too long: the longest"
    );
    for garbage in [
        "",
        "?idle=",
        "?idle=-3",
        "?idle=1e3",
        "?idle=ninety",
        "?idle=%00",
        "?device=&pin=12",
        "?pin=12345678901",
        "?pin=12ab",
    ] {
        let kiosk = Kiosk::from_query(garbage);
        assert_eq!(kiosk.idle, DEFAULT_IDLE, "{garbage}");
        assert_eq!(kiosk.pin, None, "{garbage}");
        assert_eq!(kiosk.device, None, "{garbage}");
    }
    let long = format!("?device={}", "x".repeat(100));
    assert_eq!(
        Kiosk::from_query(&long).device.map(|d| d.len()),
        Some(40),
        "cut short"
    );
    let huge = format!("?device={}", "x".repeat(100_000));
    assert_eq!(
        Kiosk::from_query(&huge).device,
        None,
        "far too long: ignored"
    );
    assert_eq!(
        Kiosk::from_query("?device=%0Ahall%09").device.as_deref(),
        Some("hall")
    );
    assert!(is_pin("0000") && is_pin("12345678"));
    assert_eq!(uptime(0), "0:00");
    assert_eq!(uptime(59_999), "0:00");
    assert_eq!(uptime(9 * 60_000), "0:09");
    assert_eq!(uptime((26 * 60 + 41) * 60_000 + 5), "26:41");
    assert_eq!(uptime(u64::MAX), "5124095576030:25");
    assert!(!is_pin("123") && !is_pin("123456789") && !is_pin("12 4") && !is_pin("١٢٣٤"));
}

#[test]
fn a_visit_begins_with_a_touch_warns_when_idle_and_resets_when_the_countdown_ends() {
    let mut cycle = Cycle::new(60);
    assert_eq!(cycle.phase(), Phase::Attract);
    assert_eq!(
        cycle.tick(1_000 * S),
        Step::Stay,
        "the attract screen waits for ever"
    );
    assert_eq!(cycle.input(1_000 * S), Step::Begin);
    assert_eq!(cycle.phase(), Phase::Reading);
    assert_eq!(cycle.tick(1_059 * S), Step::Stay);
    assert_eq!(cycle.input(1_050 * S), Step::Stay, "reading goes on");
    assert_eq!(
        cycle.tick(1_109 * S),
        Step::Stay,
        "idle counts from the last input"
    );
    assert_eq!(cycle.tick(1_110 * S), Step::Warn { seconds: COUNTDOWN });
    assert_eq!(
        cycle.tick(1_110 * S + 1),
        Step::Warn { seconds: COUNTDOWN },
        "rounded up"
    );
    assert_eq!(
        cycle.tick(1_111 * S),
        Step::Warn {
            seconds: COUNTDOWN - 1
        }
    );
    // Any touch keeps reading, and the idle time starts again.
    assert_eq!(cycle.input(1_120 * S), Step::KeepReading);
    assert_eq!(cycle.phase(), Phase::Reading);
    assert_eq!(cycle.tick(1_179 * S), Step::Stay);
    assert_eq!(cycle.tick(1_180 * S), Step::Warn { seconds: COUNTDOWN });
    let end = 1_180 * S + u64::from(COUNTDOWN) * S;
    assert_eq!(
        cycle.tick(end - 1),
        Step::Warn { seconds: 1 },
        "never 0 while it runs"
    );
    assert_eq!(cycle.tick(end), Step::Reset);
    assert_eq!(cycle.phase(), Phase::Attract);
    assert_eq!(cycle.tick(end + 1_000 * S), Step::Stay);
}

#[test]
fn start_over_resets_from_any_phase() {
    let mut cycle = Cycle::new(20);
    cycle.input(0);
    assert_eq!(cycle.start_over(), Step::Reset);
    assert_eq!(cycle.phase(), Phase::Attract);
    cycle.input(S);
    cycle.tick(30 * S);
    assert!(matches!(cycle.phase(), Phase::Warning { .. }));
    assert_eq!(cycle.start_over(), Step::Reset);
}

#[test]
fn a_clock_that_goes_back_or_runs_out_does_not_panic() {
    let mut cycle = Cycle::new(20);
    cycle.input(100 * S);
    assert_eq!(cycle.tick(10 * S), Step::Stay, "back in time: not idle");
    assert_eq!(cycle.tick(u64::MAX), Step::Warn { seconds: COUNTDOWN });
    assert_eq!(cycle.tick(u64::MAX), Step::Reset);
    // Found by fuzzing: a clock that goes back during the warning showed 8,589,955 s left.
    let mut cycle = Cycle::new(20);
    cycle.input(0);
    assert_eq!(cycle.tick(1_000 * S), Step::Warn { seconds: COUNTDOWN });
    assert_eq!(cycle.tick(10 * S), Step::Warn { seconds: COUNTDOWN });
}

proptest! {
    /// Whatever the inputs and ticks, the countdown shows between 1 and COUNTDOWN seconds,
    /// a reset always lands on the attract screen, and input always leaves it reading.
    #[test]
    fn the_cycle_holds_for_any_sequence(idle in 0u32..1000, steps in prop::collection::vec((any::<bool>(), 0u64..200_000), 0..200)) {
        let mut cycle = Cycle::new(idle.clamp(MIN_IDLE, MAX_IDLE));
        let mut now = 0u64;
        for (is_input, delta) in steps {
            now += delta;
            let step = if is_input { cycle.input(now) } else { cycle.tick(now) };
            match step {
                Step::Warn { seconds } => prop_assert!((1..=COUNTDOWN).contains(&seconds)),
                Step::Reset => prop_assert_eq!(cycle.phase(), Phase::Attract),
                Step::Begin | Step::KeepReading => prop_assert_eq!(cycle.phase(), Phase::Reading),
                Step::Stay => {}
            }
            if is_input {
                prop_assert_eq!(cycle.phase(), Phase::Reading);
            }
        }
    }
}
