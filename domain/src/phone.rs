//! Indonesian mobile numbers as people type them (`0812-3456-7890`, `+62 812 3456 7890`,
//! `62812...`), normalised to the international digits WhatsApp links use (`6281234567890`).

/// The number in international digits, or `None` when it is not an Indonesian mobile number.
pub fn normalise_mobile(input: &str) -> Option<String> {
    let trimmed = input.trim();
    if trimmed.is_empty()
        || !trimmed
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '+' | '(' | ')'))
        || trimmed.chars().skip(1).any(|c| c == '+')
    {
        return None;
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.strip_prefix("62") {
        Some(rest) => rest,
        None => digits.strip_prefix('0')?,
    };
    // Mobile numbers start with 8 and have 9 to 12 digits after the country code.
    (national.starts_with('8') && (9..=12).contains(&national.len()))
        .then(|| format!("62{national}"))
}

#[cfg(test)]
mod tests {
    use super::normalise_mobile;

    #[test]
    fn mobile_numbers_as_people_type_them() {
        for typed in [
            "0812-3456-7890",
            "+62 812 3456 7890",
            "6281234567890",
            " 0812.3456.7890 ",
            "(0812) 34567890",
        ] {
            assert_eq!(
                normalise_mobile(typed).as_deref(),
                Some("6281234567890"),
                "{typed}"
            );
        }
        for bad in [
            "",
            "12345",
            "021-555-1234",
            "0812",
            "+1 555 1234567",
            "0812-3456-7890-1234",
            "08x2345678",
            "62+81234567890",
        ] {
            assert_eq!(normalise_mobile(bad), None, "{bad}");
        }
    }
}
