//! When glossary cards open and close: a small state machine with no browser in it.
//!
//! The rules follow WCAG 1.4.13 (content on hover or focus is hoverable, persistent and
//! dismissible) and what readers of page previews ask for:
//!
//! * **Mouse**: resting on a term opens its card after [`OPEN_DELAY_MS`]; the card stays open
//!   while the pointer is on the term or the card, and closes [`CLOSE_DELAY_MS`] after the
//!   pointer has left both. A click pins the card open until a second click, Escape, or
//!   focus moving elsewhere (a click outside) closes it.
//! * **Keyboard**: Enter (or Space) on a focused term opens its card, and Tab then moves into
//!   the card's links; Escape closes it (focus stays on the term); moving focus away from
//!   both closes it after the same short delay. Focus alone opens nothing, so tabbing through
//!   the essay is not slowed down by the links of every card on the way.
//! * **Touch**: a tap opens the card *inline*, in the flow of the text; a second tap or the
//!   close button closes it. Hover and focus never close an inline card.
//! * Only one card is open at a time.
//!
//! The machine never touches timers itself: it returns [`CardCommand`]s, and the view runs them
//! and feeds [`CardEvent::Timer`] back with the token it was given.

/// How long the pointer must rest on a term before its card opens.
pub const OPEN_DELAY_MS: u32 = 300;
/// How long a card stays after the pointer or focus has left it and its term.
pub const CLOSE_DELAY_MS: u32 = 300;

/// Where a card is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardPlacement {
    /// Over the text, beside its term (mouse and keyboard): the page does not move.
    Floating,
    /// In the flow of the text, pushing the lines below it down (touch).
    Inline,
}

/// How a term was activated (click, Enter or Space, tap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Mouse,
    Keyboard,
    Touch,
}

/// Something that happened to a term (identified by `K`) or its card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardEvent<K> {
    PointerEnterTerm(K),
    PointerLeaveTerm(K),
    PointerEnterCard(K),
    PointerLeaveCard(K),
    /// The term's button received focus.
    Focus(K),
    /// Focus left the term's button or its card, for somewhere outside both.
    FocusLeft(K),
    /// Focus moved into the card (a link in it).
    FocusCard(K),
    Activate(K, InputKind),
    Escape,
    /// The card's close button.
    Close(K),
    /// A timer started by [`CardCommand::StartTimer`] ran out.
    Timer(u32),
    /// Open a card from a link: pinned, floating.
    OpenFromLink(K),
}

/// What the view must do for the machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardCommand<K> {
    /// Start a timer; when it runs out, send `CardEvent::Timer(token)`.
    StartTimer { token: u32, ms: u32 },
    /// Forget a timer that is no longer wanted (sending its event anyway is harmless).
    CancelTimer(u32),
    /// Move focus to the term's button.
    FocusTerm(K),
}

/// The open card, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCard<K> {
    pub key: K,
    pub placement: CardPlacement,
    /// Opened on purpose (click, Enter, tap, link) rather than by resting on or focusing it.
    pub pinned: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Pending<K> {
    Open(K),
    Close,
}

/// The state of every glossary card on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermCards<K> {
    open: Option<OpenCard<K>>,
    timer: Option<(u32, Pending<K>)>,
    next_token: u32,
}

impl<K> Default for TermCards<K> {
    fn default() -> Self {
        TermCards {
            open: None,
            timer: None,
            next_token: 1,
        }
    }
}

impl<K: Clone + PartialEq> TermCards<K> {
    pub fn open(&self) -> Option<&OpenCard<K>> {
        self.open.as_ref()
    }

    /// Whether the card of `key` is open.
    pub fn is_open(&self, key: &K) -> bool {
        self.open.as_ref().is_some_and(|open| &open.key == key)
    }

    /// Handles one event and says what the view must do.
    pub fn handle(&mut self, event: CardEvent<K>) -> Vec<CardCommand<K>> {
        let mut commands = Vec::new();
        match event {
            CardEvent::PointerEnterTerm(key) => {
                if self.is_open(&key) {
                    self.cancel_timer(&mut commands);
                } else {
                    // The pointer has left another term's card that hovering opened: it
                    // closes now (its close timer is about to give way to this open timer).
                    if self.open.as_ref().is_some_and(|open| !open.pinned) {
                        self.open = None;
                    }
                    self.start_timer(Pending::Open(key), OPEN_DELAY_MS, &mut commands);
                }
            }
            CardEvent::PointerEnterCard(key) | CardEvent::FocusCard(key) => {
                if self.is_open(&key) {
                    self.cancel_timer(&mut commands);
                }
            }
            CardEvent::PointerLeaveTerm(key) | CardEvent::PointerLeaveCard(key) => {
                if matches!(&self.timer, Some((_, Pending::Open(pending))) if *pending == key) {
                    self.cancel_timer(&mut commands);
                }
                // A card opened on purpose stays until dismissed or until focus moves on.
                if self.is_floating(&key, false) {
                    self.start_timer(Pending::Close, CLOSE_DELAY_MS, &mut commands);
                }
            }
            CardEvent::FocusLeft(key) => {
                if self.is_floating(&key, true) {
                    self.start_timer(Pending::Close, CLOSE_DELAY_MS, &mut commands);
                }
            }
            CardEvent::Focus(key) => {
                // Focus coming back to the term of an open card keeps it open.
                if self.is_open(&key) {
                    self.cancel_timer(&mut commands);
                }
            }
            CardEvent::Activate(key, input) => {
                self.cancel_timer(&mut commands);
                let placement = match input {
                    InputKind::Touch => CardPlacement::Inline,
                    InputKind::Mouse | InputKind::Keyboard => CardPlacement::Floating,
                };
                let again = self.open.as_ref().is_some_and(|open| {
                    open.key == key && open.pinned && open.placement == placement
                });
                if again {
                    // A second click or tap closes what the first one opened.
                    self.open = None;
                } else {
                    // Opens, or pins a card that hover or focus opened.
                    self.show(key, placement, true);
                }
            }
            CardEvent::OpenFromLink(key) => {
                self.cancel_timer(&mut commands);
                self.show(key, CardPlacement::Floating, true);
            }
            CardEvent::Escape => {
                self.cancel_timer(&mut commands);
                if let Some(open) = self.open.take() {
                    commands.push(CardCommand::FocusTerm(open.key));
                }
            }
            CardEvent::Close(key) => {
                if self.is_open(&key) {
                    self.cancel_timer(&mut commands);
                    self.open = None;
                    commands.push(CardCommand::FocusTerm(key));
                }
            }
            CardEvent::Timer(token) => match self.timer.take() {
                Some((pending_token, pending)) if pending_token == token => match pending {
                    Pending::Open(key) => self.show(key, CardPlacement::Floating, false),
                    Pending::Close => self.open = None,
                },
                other => self.timer = other,
            },
        }
        commands
    }

    /// Whether `key`'s card is open over the text (and, unless `pinned_too`, not pinned).
    fn is_floating(&self, key: &K, pinned_too: bool) -> bool {
        self.open.as_ref().is_some_and(|open| {
            &open.key == key
                && open.placement == CardPlacement::Floating
                && (pinned_too || !open.pinned)
        })
    }

    fn show(&mut self, key: K, placement: CardPlacement, pinned: bool) {
        self.open = Some(OpenCard {
            key,
            placement,
            pinned,
        });
    }

    fn start_timer(&mut self, pending: Pending<K>, ms: u32, commands: &mut Vec<CardCommand<K>>) {
        self.cancel_timer(commands);
        let token = self.next_token;
        self.next_token = self.next_token.wrapping_add(1).max(1);
        self.timer = Some((token, pending));
        commands.push(CardCommand::StartTimer { token, ms });
    }

    fn cancel_timer(&mut self, commands: &mut Vec<CardCommand<K>>) {
        if let Some((token, _)) = self.timer.take() {
            commands.push(CardCommand::CancelTimer(token));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Cards = TermCards<&'static str>;

    /// Runs the events and fires any timer that was started, as the view would after its delay.
    fn run(
        cards: &mut Cards,
        events: Vec<CardEvent<&'static str>>,
    ) -> Vec<CardCommand<&'static str>> {
        events
            .into_iter()
            .flat_map(|event| cards.handle(event))
            .collect()
    }

    fn started_timer(commands: &[CardCommand<&'static str>]) -> u32 {
        commands
            .iter()
            .rev()
            .find_map(|command| match command {
                CardCommand::StartTimer { token, .. } => Some(*token),
                _ => None,
            })
            .expect("a timer was started")
    }

    #[test]
    fn hover_opens_after_the_delay_and_not_before() {
        let mut cards = Cards::default();
        let commands = cards.handle(CardEvent::PointerEnterTerm("a"));
        assert_eq!(
            commands,
            vec![CardCommand::StartTimer {
                token: 1,
                ms: OPEN_DELAY_MS
            }]
        );
        assert!(cards.open().is_none());
        cards.handle(CardEvent::Timer(1));
        assert_eq!(
            cards.open(),
            Some(&OpenCard {
                key: "a",
                placement: CardPlacement::Floating,
                pinned: false
            })
        );
    }

    #[test]
    fn passing_over_a_term_opens_nothing() {
        let mut cards = Cards::default();
        let commands = run(
            &mut cards,
            vec![
                CardEvent::PointerEnterTerm("a"),
                CardEvent::PointerLeaveTerm("a"),
            ],
        );
        assert!(commands.contains(&CardCommand::CancelTimer(1)));
        cards.handle(CardEvent::Timer(1)); // a late timer is ignored
        assert!(cards.open().is_none());
    }

    #[test]
    fn the_card_is_hoverable_and_closes_after_leaving_both() {
        let mut cards = Cards::default();
        run(
            &mut cards,
            vec![CardEvent::PointerEnterTerm("a"), CardEvent::Timer(1)],
        );
        // Moving from the term onto the card keeps it open.
        let leave = cards.handle(CardEvent::PointerLeaveTerm("a"));
        let close_timer = started_timer(&leave);
        cards.handle(CardEvent::PointerEnterCard("a"));
        cards.handle(CardEvent::Timer(close_timer));
        assert!(
            cards.is_open(&"a"),
            "the card stays while the pointer is on it"
        );
        // Leaving the card starts the close delay; only then does it close.
        let leave = cards.handle(CardEvent::PointerLeaveCard("a"));
        assert!(cards.is_open(&"a"));
        cards.handle(CardEvent::Timer(started_timer(&leave)));
        assert!(cards.open().is_none());
    }

    #[test]
    fn one_card_at_a_time() {
        let mut cards = Cards::default();
        run(
            &mut cards,
            vec![
                CardEvent::Activate("a", InputKind::Mouse),
                CardEvent::Activate("b", InputKind::Mouse),
            ],
        );
        assert!(cards.is_open(&"b"));
        assert!(!cards.is_open(&"a"));
        run(
            &mut cards,
            vec![CardEvent::Activate("c", InputKind::Keyboard)],
        );
        assert!(cards.is_open(&"c"));
    }

    #[test]
    fn keyboard_enter_opens_escape_closes_and_keeps_focus_on_the_term() {
        let mut cards = Cards::default();
        cards.handle(CardEvent::Focus("a"));
        assert!(cards.open().is_none(), "focus alone opens nothing");
        cards.handle(CardEvent::Activate("a", InputKind::Keyboard));
        assert_eq!(cards.open().map(|open| open.pinned), Some(true));
        assert_eq!(
            cards.handle(CardEvent::Escape),
            vec![CardCommand::FocusTerm("a")]
        );
        assert!(cards.open().is_none());
        // Focus coming back to the term does not reopen what Escape closed.
        cards.handle(CardEvent::Focus("a"));
        assert!(cards.open().is_none());
    }

    #[test]
    fn focus_moving_into_the_card_keeps_it_open_and_leaving_closes_it() {
        let mut cards = Cards::default();
        cards.handle(CardEvent::Activate("a", InputKind::Keyboard));
        let left = cards.handle(CardEvent::FocusLeft("a"));
        cards.handle(CardEvent::FocusCard("a"));
        cards.handle(CardEvent::Timer(started_timer(&left)));
        assert!(cards.is_open(&"a"));
        let left = cards.handle(CardEvent::FocusLeft("a"));
        cards.handle(CardEvent::Timer(started_timer(&left)));
        assert!(cards.open().is_none());
    }

    #[test]
    fn a_click_pins_and_a_second_click_closes() {
        let mut cards = Cards::default();
        // Mouse down focuses the button before the click arrives.
        run(
            &mut cards,
            vec![
                CardEvent::Focus("a"),
                CardEvent::Activate("a", InputKind::Mouse),
            ],
        );
        assert_eq!(cards.open().map(|open| open.pinned), Some(true));
        cards.handle(CardEvent::Activate("a", InputKind::Mouse));
        assert!(cards.open().is_none());
    }

    #[test]
    fn touch_opens_inline_and_hover_or_blur_never_close_it() {
        let mut cards = Cards::default();
        // A tap also focuses the button, and may report pointer movement.
        run(
            &mut cards,
            vec![
                CardEvent::Focus("a"),
                CardEvent::Activate("a", InputKind::Touch),
            ],
        );
        assert_eq!(
            cards.open(),
            Some(&OpenCard {
                key: "a",
                placement: CardPlacement::Inline,
                pinned: true
            })
        );
        let commands = run(
            &mut cards,
            vec![CardEvent::PointerLeaveTerm("a"), CardEvent::FocusLeft("a")],
        );
        assert!(!commands
            .iter()
            .any(|c| matches!(c, CardCommand::StartTimer { .. })));
        assert!(cards.is_open(&"a"));
        // A second tap closes it.
        cards.handle(CardEvent::Activate("a", InputKind::Touch));
        assert!(cards.open().is_none());
    }

    #[test]
    fn passing_over_another_term_closes_the_hovered_card() {
        let mut cards = Cards::default();
        let commands = cards.handle(CardEvent::PointerEnterTerm("a"));
        cards.handle(CardEvent::Timer(started_timer(&commands)));
        assert!(cards.is_open(&"a"));
        // Out of a, across b on the way elsewhere.
        run(
            &mut cards,
            vec![
                CardEvent::PointerLeaveTerm("a"),
                CardEvent::PointerEnterTerm("b"),
                CardEvent::PointerLeaveTerm("b"),
            ],
        );
        assert!(cards.open().is_none(), "neither a nor b stays open");
        // A pinned card stays while the pointer passes over another term.
        cards.handle(CardEvent::Activate("a", InputKind::Mouse));
        run(
            &mut cards,
            vec![
                CardEvent::PointerEnterTerm("b"),
                CardEvent::PointerLeaveTerm("b"),
            ],
        );
        assert!(cards.is_open(&"a"));
    }

    #[test]
    fn the_close_button_closes_and_returns_focus() {
        let mut cards = Cards::default();
        cards.handle(CardEvent::Activate("a", InputKind::Touch));
        assert_eq!(
            cards.handle(CardEvent::Close("a")),
            vec![CardCommand::FocusTerm("a")]
        );
        assert!(cards.open().is_none());
        assert!(
            cards.handle(CardEvent::Close("a")).is_empty(),
            "closing a closed card does nothing"
        );
    }

    #[test]
    fn a_link_opens_a_pinned_floating_card() {
        let mut cards = Cards::default();
        cards.handle(CardEvent::OpenFromLink("a"));
        assert_eq!(
            cards.open(),
            Some(&OpenCard {
                key: "a",
                placement: CardPlacement::Floating,
                pinned: true
            })
        );
        // A pinned card does not close when the pointer passes by…
        cards.handle(CardEvent::PointerEnterTerm("a"));
        let leave = cards.handle(CardEvent::PointerLeaveTerm("a"));
        assert!(!leave
            .iter()
            .any(|c| matches!(c, CardCommand::StartTimer { .. })));
        assert!(cards.is_open(&"a"));
        // …but closes when focus moves elsewhere (a click outside).
        let left = cards.handle(CardEvent::FocusLeft("a"));
        cards.handle(CardEvent::Timer(started_timer(&left)));
        assert!(cards.open().is_none());
    }

    #[test]
    fn stale_timers_are_ignored() {
        let mut cards = Cards::default();
        cards.handle(CardEvent::PointerEnterTerm("a")); // token 1
        cards.handle(CardEvent::PointerEnterTerm("b")); // token 2 replaces it
        cards.handle(CardEvent::Timer(1));
        assert!(cards.open().is_none());
        cards.handle(CardEvent::Timer(2));
        assert!(cards.is_open(&"b"));
    }
}
