//! Free text typed into a form: trimmed, Windows line breaks made plain, bounded in length.

/// Why a text field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    /// Must be filled in.
    Required,
    /// Longer than the field allows.
    TooLong,
}

/// The trimmed text (`None` when empty and optional), or why it is refused.
pub fn bounded(
    text: &str,
    max_chars: usize,
    required: bool,
) -> Result<Option<String>, TextProblem> {
    let text = text.replace("\r\n", "\n");
    let text = text.trim();
    if text.is_empty() {
        return if required {
            Err(TextProblem::Required)
        } else {
            Ok(None)
        };
    }
    if text.chars().count() > max_chars {
        return Err(TextProblem::TooLong);
    }
    Ok(Some(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::{TextProblem, bounded};

    #[test]
    fn text_is_trimmed_and_bounded_in_characters() {
        assert_eq!(bounded("  a\r\nb ", 3, true), Ok(Some("a\nb".into())));
        assert_eq!(bounded("   ", 3, true), Err(TextProblem::Required));
        assert_eq!(bounded("", 3, false), Ok(None));
        // Characters, not bytes: four multi-byte letters fit in four.
        assert_eq!(bounded("éééé", 4, true), Ok(Some("éééé".into())));
        assert_eq!(bounded("ééééé", 4, true), Err(TextProblem::TooLong));
    }
}
