//! Small text utilities the checks and the features share.

/// Counts sentence ends: `.`, `!` or `?` (after any closing quotes or brackets) followed
/// by a space or the end of the text.
pub fn count_sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j],
                    '.' | '!' | '?' | '”' | '’' | '"' | '\'' | ')' | '»'
                )
            {
                j += 1;
            }
            if j == chars.len() || chars[j].is_whitespace() {
                count += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    count
}

/// Folds every run of whitespace (curators wrap long lines) into one space.
pub fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Fills `{name}`-style slots in interface wording: `fill("Close: {name}", &[("name", "Beria")])`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences() {
        assert_eq!(count_sentences("One. Two! Three?"), 3);
        assert_eq!(count_sentences("He said “no.” Then left."), 2);
        assert_eq!(count_sentences(""), 0);
    }

    #[test]
    fn spaces_and_slots() {
        assert_eq!(collapse_spaces("a \n  b\tc"), "a b c");
        assert_eq!(
            fill("Note {n} of {total}", &[("n", "3"), ("total", "18")]),
            "Note 3 of 18"
        );
    }
}
