//! Where stored photos are served from, and in which sizes.

use serde::{Deserialize, Serialize};

/// Most photos one listing may have.
pub const MAX_PHOTOS: usize = 6;

/// Why an uploaded photo was refused. Each value has one translated message in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhotoProblem {
    /// Nothing was uploaded.
    Empty,
    /// Over 8 MB.
    TooLarge,
    /// Not JPEG, PNG or WebP by its bytes.
    NotAnImage,
    /// Too many pixels to decode safely (a decompression bomb or a huge scan).
    TooManyPixels,
    /// Smaller than 100 pixels on a side.
    TooSmall,
    /// The bytes claim a format but do not decode.
    Damaged,
    /// The listing has [`MAX_PHOTOS`] already.
    TooMany,
}

/// A listing's photo in the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditorPhoto {
    /// Photo id.
    pub id: i32,
    /// URL of the small size.
    pub url: String,
    /// Width of the stored large size.
    pub width: u32,
    /// Height of the stored large size.
    pub height: u32,
}

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
