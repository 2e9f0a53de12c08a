use leptos::prelude::*;

use super::clock::Clock;
use super::cluster::ClusterPane;
use super::lesson::LessonPane;
use super::preferences;
use super::session::Session;
use super::terminal::Terminal;
use crate::i18n::{Lang, Msg};
use crate::view_model::course::query_string;

/// The interface language, read by every component that shows text.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

impl Locale {
    pub fn t(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || msg.text(self.0.get())
    }
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(preferences::initial_lang());
    let locale = Locale(lang);
    provide_context(locale);
    let session = Session::new(locale);

    Effect::new(move |_| {
        let lang = lang.get();
        preferences::save_lang(lang);
        let document = document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document.set_title(&format!("KubeLab — {}", Msg::Tagline.text(lang)));
    });
    // The progress and the lesson shown survive a reload; the address bar
    // always links to what is on screen.
    Effect::new(move |_| session.saved.with(|saved| preferences::save_course(&saved.to_json())));
    Effect::new(move |_| preferences::set_query(&query_string(session.opened.get(), lang.get().code())));

    view! {
        <header class="topbar">
            <h1 class="topbar__title">"KubeLab"</h1>
            <p class="topbar__tagline">{locale.t(Msg::Tagline)}</p>
            <Clock session=session/>
            <LangToggle/>
        </header>
        <main class="panes">
            <LessonPane session=session/>
            <ClusterPane shell=session.shell/>
            <Terminal session=session/>
        </main>
    }
}

#[component]
fn LangToggle() -> impl IntoView {
    let locale = expect_context::<Locale>();
    view! {
        <div class="lang-toggle" role="group" aria-label=locale.t(Msg::LanguageLabel)>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            class="lang-toggle__option"
                            lang=lang.code()
                            aria-pressed=move || (locale.0.get() == lang).to_string()
                            on:click=move |_| locale.0.set(lang)
                        >
                            {lang.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
