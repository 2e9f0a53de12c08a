//! What the page remembers and reads from the browser: the language (from
//! `?lang=`, localStorage, the browser). Storage that is missing, blocked or
//! holds junk is skipped, never fatal.

use leptos::prelude::window;

use crate::i18n::Lang;

const LANG_KEY: &str = "kubelab.lang";

fn query_param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn initial_lang() -> Lang {
    let saved = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    Lang::choose(query_param("lang").as_deref(), saved.as_deref(), window().navigator().language().as_deref())
}

pub fn save_lang(lang: Lang) {
    if let Some(storage) = storage() {
        // A full or blocked storage only means the choice is not remembered.
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}
