//! `get_text_length` of the CLI's `table.py`: the columns a string takes,
//! two for each character whose East Asian width is wide or fullwidth.

/// The blocks of wide and fullwidth characters: Hangul, CJK, kana,
/// fullwidth forms and the wide emoji. (Python also counts ambiguous-width
/// characters as two; here they count one.)
const WIDE: &[(u32, u32)] = &[
    (0x1100, 0x115f),
    (0x2e80, 0x303e),
    (0x3041, 0x33ff),
    (0x3400, 0x4dbf),
    (0x4e00, 0x9fff),
    (0xa000, 0xa4cf),
    (0xac00, 0xd7a3),
    (0xf900, 0xfaff),
    (0xfe30, 0xfe4f),
    (0xff00, 0xff60),
    (0xffe0, 0xffe6),
    (0x1f300, 0x1f64f),
    (0x1f900, 0x1f9ff),
    (0x20000, 0x2fffd),
    (0x30000, 0x3fffd),
];

fn is_wide(c: char) -> bool {
    let c = c as u32;
    WIDE.iter().any(|&(start, end)| (start..=end).contains(&c))
}

pub fn text_length(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(text_length("kubelab"), 7);
        assert_eq!(text_length("ノード"), 6);
        assert_eq!(text_length("ＡB"), 3);
    }
}
