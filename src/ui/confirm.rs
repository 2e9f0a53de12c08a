//! A question asked in place before something that cannot be undone (or
//! that spoils an exercise): the message, a button that goes ahead and one
//! that does not. The first button takes the focus; Escape answers no.

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;

use super::app::Locale;
use crate::i18n::Msg;

#[component]
pub fn Confirm(
    /// What is asked.
    message: Msg,
    /// The button that goes ahead.
    yes: Msg,
    /// The button that does not.
    no: Msg,
    #[prop(into)] on_yes: Callback<()>,
    #[prop(into)] on_no: Callback<()>,
) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let first = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = first.get() {
            let _ = button.focus();
        }
    });
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_no.run(());
        }
    };
    view! {
        <div class="confirm" role="group" aria-label=locale.t(message) on:keydown=on_keydown>
            <p class="confirm__message">{locale.t(message)}</p>
            <div class="confirm__buttons">
                <button type="button" class="button button--primary" node_ref=first on:click=move |_| on_yes.run(())>
                    {locale.t(yes)}
                </button>
                <button type="button" class="button" on:click=move |_| on_no.run(())>
                    {locale.t(no)}
                </button>
            </div>
        </div>
    }
}
