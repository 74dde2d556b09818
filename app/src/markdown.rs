//! News bodies: Markdown (CommonMark with tables and strikethrough) rendered to HTML by
//! `pulldown-cmark`, then sanitised by `ammonia`, so whatever a post contains (raw HTML,
//! `javascript:` links, event attributes) the page gets only safe markup. Server only.

/// The sanitised HTML of a Markdown text. Headings move down one level (the page's title is
/// the only `<h1>`); links get `rel="noopener noreferrer"`.
pub fn to_html(markdown: &str) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let lower = |level: HeadingLevel| match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    };
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: lower(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, events);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn markdown_becomes_safe_html() {
        let html = to_html(
            "# Judul\n\nOPOP **menghidupkan** [usaha](https://opop.example/produk) pesantren.\n\n\
             <script>alert(1)</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n\
             | a | b |\n|---|---|\n| 1 | 2 |",
        );
        assert!(html.contains("<h2>Judul</h2>"), "{html}");
        assert!(html.contains("<strong>menghidupkan</strong>"), "{html}");
        assert!(
            html.contains(
                r#"<a href="https://opop.example/produk" rel="noopener noreferrer">usaha</a>"#
            ),
            "{html}"
        );
        assert!(html.contains("<table>"), "{html}");
        for bad in ["<script", "javascript:", "onerror", "alert(1)</script>"] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
    }
}
