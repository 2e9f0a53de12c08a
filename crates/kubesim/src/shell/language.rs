//! The language the shell's own commands speak (`help`, `reset`, `exit`).
//! kubectl, the AWS CLI and bash answer in English whatever it is, as they
//! do on a real machine.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Language {
    #[default]
    English,
    Japanese,
}

impl Language {
    /// From a BCP 47 code: `en`, `ja` (any case).
    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Language::English),
            "ja" => Some(Language::Japanese),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Japanese => "ja",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for language in [Language::English, Language::Japanese] {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::from_code(" JA "), Some(Language::Japanese));
        assert_eq!(Language::from_code("fr"), None);
    }
}
