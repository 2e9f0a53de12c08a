//! What the page remembers and reads from the browser: the language (from
//! `?lang=`, localStorage, the browser), the course's progress, and the
//! link that reopens the page where it is. Storage that is missing, blocked
//! or holds junk is skipped, never fatal.

use leptos::prelude::window;
use wasm_bindgen::JsValue;

use crate::i18n::Lang;
use crate::view_model::course::STORAGE_KEY;

const LANG_KEY: &str = "kubelab.lang";

pub fn query_param(name: &str) -> Option<String> {
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

fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        // A full or blocked storage only means the value is not remembered.
        let _ = storage.set_item(key, value);
    }
}

pub fn initial_lang() -> Lang {
    let saved = storage().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    Lang::choose(query_param("lang").as_deref(), saved.as_deref(), window().navigator().language().as_deref())
}

pub fn save_lang(lang: Lang) {
    save(LANG_KEY, lang.code());
}

/// The saved course progress, as stored (`view_model::course::Saved` reads it).
pub fn load_course() -> Option<String> {
    storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
}

pub fn save_course(json: &str) {
    save(STORAGE_KEY, json);
}

/// Puts `query` (`?lesson=3&lang=ja`) in the address bar without a reload,
/// keeping the path, so the link reopens the page as it is, also under a
/// project path such as `/kubelab/`.
pub fn set_query(query: &str) {
    let location = window().location();
    let Ok(path) = location.pathname() else { return };
    if location.search().is_ok_and(|current| current == query) {
        return;
    }
    if let Ok(history) = window().history() {
        // A browser that refuses only leaves the old link in place.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")));
    }
}
