//! Checking and re-encoding one uploaded photo. The format is recognised from the bytes (JPEG,
//! PNG or WebP; the file name is never trusted), decoding is bounded in dimensions and memory
//! (a decompression bomb is refused before it is expanded), the camera's orientation is
//! applied, and every stored size is a fresh JPEG: EXIF, GPS and any other metadata are gone.

use domain::media::PHOTO_WIDTHS;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, imageops::FilterType};
use std::io::Cursor;

/// Largest upload accepted: 8 MB.
pub const MAX_UPLOAD_BYTES: usize = 8 * 1024 * 1024;
/// Largest width or height decoded.
pub const MAX_SIDE: u32 = 8_000;
/// Most memory one decode may allocate.
pub const MAX_DECODE_BYTES: u64 = 200 * 1024 * 1024;
/// Smallest width or height worth showing.
pub const MIN_SIDE: u32 = 100;

/// Why an upload was refused (shared with the browser for its message).
pub use domain::media::PhotoProblem as PhotoError;

/// One photo in every stored width, as JPEG bytes.
#[derive(Debug, Clone)]
pub struct ProcessedPhoto {
    /// `(width, jpeg bytes)` for each of [`PHOTO_WIDTHS`].
    pub sizes: Vec<(u32, Vec<u8>)>,
    /// Width of the largest stored size.
    pub width: u32,
    /// Height of the largest stored size.
    pub height: u32,
}

/// Checks, decodes and re-encodes an upload. CPU-bound: call it on the blocking pool.
pub fn process(bytes: &[u8]) -> Result<ProcessedPhoto, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = image::guess_format(bytes).map_err(|_| PhotoError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(PhotoError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) * 4 > MAX_DECODE_BYTES {
        return Err(PhotoError::TooManyPixels);
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(classify)?;
    img.apply_orientation(orientation);
    if img.width() < MIN_SIDE || img.height() < MIN_SIDE {
        return Err(PhotoError::TooSmall);
    }
    let img = DynamicImage::ImageRgb8(img.to_rgb8());
    let mut sizes = Vec::with_capacity(PHOTO_WIDTHS.len());
    let (mut width, mut height) = (img.width(), img.height());
    for target in PHOTO_WIDTHS {
        let scaled = if img.width() > target {
            img.resize(target, u32::MAX, FilterType::Triangle)
        } else {
            img.clone()
        };
        (width, height) = (scaled.width(), scaled.height());
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 82)
            .encode_image(&scaled)
            .map_err(|_| PhotoError::Damaged)?;
        sizes.push((target, out));
    }
    Ok(ProcessedPhoto {
        sizes,
        width,
        height,
    })
}

fn classify(e: image::ImageError) -> PhotoError {
    match e {
        image::ImageError::Limits(_) => PhotoError::TooManyPixels,
        image::ImageError::Unsupported(_) => PhotoError::NotAnImage,
        _ => PhotoError::Damaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage};

    fn encoded(format: ImageFormat, w: u32, h: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(w, h, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(img)
            .write_to(&mut out, format)
            .expect("encode");
        out.into_inner()
    }

    #[test]
    fn jpeg_png_and_webp_become_jpegs_in_every_size() {
        for format in [ImageFormat::Jpeg, ImageFormat::Png, ImageFormat::WebP] {
            let p = process(&encoded(format, 1200, 900)).expect("processed");
            assert_eq!(p.sizes.len(), PHOTO_WIDTHS.len());
            assert_eq!((p.width, p.height), (640, 480), "{format:?}");
            for (_, bytes) in &p.sizes {
                assert_eq!(
                    image::guess_format(bytes).expect("format"),
                    ImageFormat::Jpeg
                );
            }
        }
    }

    #[test]
    fn small_photos_are_not_enlarged() {
        let p = process(&encoded(ImageFormat::Png, 300, 200)).expect("processed");
        assert_eq!((p.width, p.height), (300, 200));
    }

    #[test]
    fn what_is_not_a_photo_is_refused() {
        assert_eq!(process(b"").map(|_| ()), Err(PhotoError::Empty));
        assert_eq!(
            process(b"GIF89a....").map(|_| ()),
            Err(PhotoError::NotAnImage)
        );
        assert_eq!(
            process(b"<svg xmlns=...>").map(|_| ()),
            Err(PhotoError::NotAnImage)
        );
        let mut truncated = encoded(ImageFormat::Png, 400, 400);
        truncated.truncate(100);
        assert_eq!(process(&truncated).map(|_| ()), Err(PhotoError::Damaged));
        assert_eq!(
            process(&encoded(ImageFormat::Png, 50, 400)).map(|_| ()),
            Err(PhotoError::TooSmall)
        );
        assert_eq!(
            process(&vec![0xFF; MAX_UPLOAD_BYTES + 1]).map(|_| ()),
            Err(PhotoError::TooLarge)
        );
    }

    #[test]
    fn a_decompression_bomb_is_refused_before_decoding() {
        // A valid PNG header claiming 60,000 × 60,000 pixels (14 GB decoded) in a few bytes.
        let mut png = encoded(ImageFormat::Png, 100, 100);
        png[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        // The header chunk's checksum, so the decoder reads the lie instead of rejecting it.
        let crc = crc32(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(process(&png).map(|_| ()), Err(PhotoError::TooManyPixels));
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for b in bytes {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn metadata_does_not_survive() {
        // A JPEG with an EXIF block carrying GPS text: the output has no APP1 segment.
        let mut jpeg = encoded(ImageFormat::Jpeg, 400, 300);
        let exif = b"Exif\0\0GPS-LATITUDE-7.5460";
        let mut app1 = vec![0xFF, 0xE1];
        app1.extend_from_slice(&u16::try_from(exif.len() + 2).expect("len").to_be_bytes());
        app1.extend_from_slice(exif);
        jpeg.splice(2..2, app1);
        let p = process(&jpeg).expect("processed");
        for (_, bytes) in &p.sizes {
            assert!(!bytes.windows(4).any(|w| w == b"Exif"));
            assert!(!bytes.windows(3).any(|w| w == b"GPS"));
        }
    }
}
