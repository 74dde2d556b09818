//! Where stored photos are served from, and in which sizes.

/// The widths, in pixels, every photo is stored in (small for cards, large for pages).
pub const PHOTO_WIDTHS: [u32; 2] = [320, 640];

/// The public URL path of a stored photo at one of [`PHOTO_WIDTHS`].
pub fn photo_url(storage_key: &str, width: u32) -> String {
    format!("/media/{storage_key}-{width}.jpg")
}

#[cfg(test)]
mod tests {
    #[test]
    fn photo_urls_name_the_size() {
        assert_eq!(
            super::photo_url("demo/kopi-1", 320),
            "/media/demo/kopi-1-320.jpg"
        );
    }
}
