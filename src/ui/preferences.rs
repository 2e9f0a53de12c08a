//! What the page remembers and reads from the browser: the language (from
//! `?lang=`, localStorage, the browser), the clock's speed, the course's
//! progress, the terminal session, and the link that reopens the page where
//! it is. Storage that is missing, blocked or holds junk is skipped, never
//! fatal.

use leptos::prelude::window;
use wasm_bindgen::JsValue;

use crate::i18n::Lang;
use crate::view_model::clock::Speed;
use crate::view_model::course::STORAGE_KEY;
use crate::view_model::session_store::SESSION_KEY;

const LANG_KEY: &str = "kubelab.lang";
const SPEED_KEY: &str = "kubelab.speed";

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

/// The clock's speed as it was left (paused stays paused).
pub fn load_speed() -> Speed {
    Speed::from_code(storage().and_then(|s| s.get_item(SPEED_KEY).ok().flatten()).as_deref())
}

pub fn save_speed(speed: Speed) {
    save(SPEED_KEY, speed.code());
}

/// The saved course progress, as stored (`view_model::course::Saved` reads it).
pub fn load_course() -> Option<String> {
    storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
}

pub fn save_course(json: &str) {
    save(STORAGE_KEY, json);
}

/// Whether the browser lets the page keep anything at all (private modes
/// and blocked storage do not).
pub fn storage_available() -> bool {
    storage().is_some()
}

/// The kept terminal session, as stored (`view_model::session_store`
/// reads it).
pub fn load_session() -> Option<String> {
    storage().and_then(|s| s.get_item(SESSION_KEY).ok().flatten())
}

/// Keeps the session; false when the browser refused (full or blocked).
pub fn save_session(json: &str) -> bool {
    storage().is_some_and(|s| s.set_item(SESSION_KEY, json).is_ok())
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
