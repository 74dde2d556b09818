//! Text folding for search: the same rule builds the indexed text and reads the query, so
//! `Kopi`, `kopi` and `kopí` find each other on SQLite and PostgreSQL alike.

/// Lower-case, accents removed, everything but letters and digits turned into single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for ch in text.chars().flat_map(char::to_lowercase) {
        let base = strip_accent(ch);
        if base.is_alphanumeric() {
            out.push(base);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The words of a search query, folded, at most eight, each at most 40 characters.
pub fn query_words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(40).collect())
        .take(8)
        .collect()
}

/// What a product is found by: its name, description and the pesantren's name.
pub fn product_search_text(name: &str, description: &str, pesantren_name: &str) -> String {
    fold(&format!("{name} {pesantren_name} {description}"))
}

/// Lower-case ASCII words joined by `-`, accents dropped (`Kopí Rempah` → `kopi-rempah`).
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for ch in text.chars().flat_map(char::to_lowercase).map(strip_accent) {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if ch != '\'' && !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

fn strip_accent(ch: char) -> char {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_words() {
        assert_eq!(slugify("Kopí Rempah — Santri's"), "kopi-rempah-santris");
        assert_eq!(slugify("<script>"), "script");
        assert_eq!(slugify("كوبي"), "");
    }

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Kopi Rempah — Premium!"), "kopi rempah premium");
        assert_eq!(fold("KOPÍ  Ñam"), "kopi nam");
        assert_eq!(fold("Mathla'ul Anwar"), "mathla ul anwar");
        assert_eq!(fold("  "), "");
    }

    #[test]
    fn query_words_are_bounded_and_safe() {
        assert_eq!(
            query_words("kopi \"rempah\" OR 1=1; --"),
            vec!["kopi", "rempah", "or", "1", "1"]
        );
        assert_eq!(query_words(&"x ".repeat(50)).len(), 8);
        assert!(query_words("*** ''' \"").is_empty());
    }
}
