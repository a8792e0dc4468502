//! The exhibit on an unattended museum touch screen (`?mode=kiosk`): what the address may
//! set, and the cycle every visitor goes through, as a pure state machine that is handed
//! the time (so it is tested with a fake clock):
//!
//! ```text
//!            touch                 idle time without input
//! Attract ─────────▶ Reading ───────────────────────────────▶ Warning (a countdown)
//!    ▲                  ▲                                        │      │
//!    │                  └──────── any touch, "Keep reading" ─────┘      │
//!    └──────────────── Reset ◀──── "Start over", or the countdown ends ─┘
//! ```
//!
//! Times are milliseconds from any fixed start (the page's clock).

use crate::url::query_value;

/// The file that holds the kiosk's parts (attract screen, warning, operators' panel, QR
/// codes), relative to the exhibit's root: only the kiosk's build fetches it.
pub const PARTS_FILE: &str = "kiosk.html";
/// How long a press on the operators' corner opens their panel, in milliseconds.
pub const OPERATOR_PRESS_MS: u32 = 3000;

/// Seconds without input before the warning, when the address names none.
pub const DEFAULT_IDLE: u32 = 90;
/// The shortest and longest idle time an address may ask for, in seconds.
pub const MIN_IDLE: u32 = 20;
pub const MAX_IDLE: u32 = 600;
/// The warning's countdown, in seconds: at least 20, as WCAG 2.2.1 asks of a time limit.
pub const COUNTDOWN: u32 = 30;
/// The longest device name kept.
pub const MAX_DEVICE: usize = 40;
/// A PIN is 4 to 8 digits.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

/// What a kiosk's address sets: `?mode=kiosk&idle=<seconds>&device=<name>&pin=<digits>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without input before the warning, within [`MIN_IDLE`]..=[`MAX_IDLE`].
    pub idle: u32,
    /// The screen's name, shown only in the operators' panel.
    pub device: Option<String>,
    /// The operators' PIN, if the address sets one (it overrides the build's).
    pub pin: Option<String>,
}

impl Kiosk {
    /// Reads the parameters; anything malformed is the default. An idle time out of range
    /// is brought into it.
    pub fn from_query(query: &str) -> Kiosk {
        let idle = query_value(query, "idle")
            .and_then(|value| value.parse::<u64>().ok())
            .map_or(DEFAULT_IDLE, |seconds| {
                seconds.clamp(u64::from(MIN_IDLE), u64::from(MAX_IDLE)) as u32
            });
        let device = query_value(query, "device")
            .map(|name| {
                name.chars()
                    .filter(|c| !c.is_control())
                    .take(MAX_DEVICE)
                    .collect::<String>()
            })
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty());
        Kiosk {
            idle,
            device,
            pin: query_value(query, "pin").filter(|pin| is_pin(pin)),
        }
    }
}

/// How long the screen has run, for the operators: "h:mm" from milliseconds.
pub fn uptime(ms: u64) -> String {
    let minutes = ms / 60_000;
    let mut out = (minutes / 60).to_string();
    out.push(':');
    if minutes % 60 < 10 {
        out.push('0');
    }
    out.push_str(&(minutes % 60).to_string());
    out
}

/// Whether `pin` is a PIN: 4 to 8 digits.
pub fn is_pin(pin: &str) -> bool {
    PIN_DIGITS.contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Where a visitor is in the cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The attract screen, waiting for a touch.
    Attract,
    /// A visitor is reading.
    Reading,
    /// No input for the idle time: the warning counts down to the reset, ending at `until`.
    Warning { until: u64 },
}

/// What the page must do after a step of the cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing changes on screen.
    Stay,
    /// Hide the attract screen: a visitor has begun.
    Begin,
    /// Show the warning with this many whole seconds left (or update it).
    Warn { seconds: u32 },
    /// Hide the warning: the visitor is still there.
    KeepReading,
    /// Reset everything and show the attract screen.
    Reset,
}

/// The cycle: its phase, the idle time and the last input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    phase: Phase,
    idle_ms: u64,
    last_input: u64,
}

impl Cycle {
    /// A new cycle on the attract screen, warning after `idle_seconds` without input.
    pub fn new(idle_seconds: u32) -> Cycle {
        Cycle {
            phase: Phase::Attract,
            idle_ms: u64::from(idle_seconds) * 1000,
            last_input: 0,
        }
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// A touch, click, key or scroll at `now`: it begins a visit, or keeps one going.
    pub fn input(&mut self, now: u64) -> Step {
        self.last_input = now;
        match self.phase {
            Phase::Attract => {
                self.phase = Phase::Reading;
                Step::Begin
            }
            Phase::Reading => Step::Stay,
            Phase::Warning { .. } => {
                self.phase = Phase::Reading;
                Step::KeepReading
            }
        }
    }

    /// The clock at `now`: the warning begins once the visitor has been idle long enough,
    /// counts down, and resets when it ends.
    pub fn tick(&mut self, now: u64) -> Step {
        match self.phase {
            Phase::Attract => Step::Stay,
            Phase::Reading => {
                if now.saturating_sub(self.last_input) < self.idle_ms {
                    return Step::Stay;
                }
                let until = now.saturating_add(u64::from(COUNTDOWN) * 1000);
                self.phase = Phase::Warning { until };
                Step::Warn { seconds: COUNTDOWN }
            }
            Phase::Warning { until } if now >= until => self.start_over(),
            Phase::Warning { until } => Step::Warn {
                seconds: seconds_left(now, until),
            },
        }
    }

    /// "Start over" (or the countdown ended): back to the attract screen.
    pub fn start_over(&mut self) -> Step {
        self.phase = Phase::Attract;
        Step::Reset
    }
}

/// Whole seconds left until `until`, rounded up (the countdown never shows 0 while it runs),
/// and never more than the countdown's length, even if the clock went back.
fn seconds_left(now: u64, until: u64) -> u32 {
    let ms = until.saturating_sub(now);
    u32::try_from(ms.div_ceil(1000)).map_or(COUNTDOWN, |seconds| seconds.min(COUNTDOWN))
}
