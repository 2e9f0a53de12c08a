//! The simulated clock in the page: the time in UTC and a pause / 1× / 10×
//! control. A timer moves the engine's clock once a real second, through
//! the session, so the open lesson sees each tick.

use leptos::prelude::*;

use super::app::Locale;
use super::preferences;
use super::session::Session;
use crate::i18n::Msg;
use crate::view_model::clock::{time_of_day, Speed};

const TICK: std::time::Duration = std::time::Duration::from_secs(1);

#[component]
pub fn Clock(session: Session) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let speed = RwSignal::new(preferences::load_speed());
    Effect::new(move |_| preferences::save_speed(speed.get()));

    // One timer for the page's life; it reads the speed on each tick, so
    // changing speed needs no new timer. A failed setInterval leaves the
    // clock still, which the learner can see: there is nothing else to do.
    if let Ok(timer) = set_interval_with_handle(
        move || {
            if let Some(step) = speed.get_untracked().step() {
                session.tick(step);
            }
        },
        TICK,
    ) {
        on_cleanup(move || timer.clear());
    }

    let now = Memo::new(move |_| session.shell.with(|s| s.cluster().now()));
    let option = move |value: Speed| {
        let label = match value {
            Speed::Paused => Msg::ClockPause,
            Speed::RealTime => Msg::ClockRealTime,
            Speed::Fast => Msg::ClockFast,
        };
        view! {
            <button
                type="button"
                class="clock__speed"
                aria-label=locale.t(label)
                aria-pressed=move || (speed.get() == value).to_string()
                on:click=move |_| speed.set(value)
            >
                {value.symbol()}
            </button>
        }
    };

    view! {
        <div class="clock" role="group" aria-label=locale.t(Msg::ClockLabel)>
            <time class="clock__time" datetime=move || now.get().to_string() title=locale.t(Msg::ClockTime)>
                {move || time_of_day(now.get())}
                <span class="clock__zone">" UTC"</span>
            </time>
            {Speed::ALL.into_iter().map(option).collect_view()}
        </div>
    }
}
