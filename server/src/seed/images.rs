//! Generated demo photos: real JPEG files, drawn per category and variant, in every stored size.

use domain::media::PHOTO_WIDTHS;
use image::{Rgb, RgbImage, imageops::FilterType};
use std::path::{Path, PathBuf};

/// How many different photos each category gets.
pub const VARIANTS_PER_CATEGORY: usize = 6;

/// Base colours per category, in the order of the categories migration.
const CATEGORY_COLOURS: [[u8; 3]; 8] = [
    [176, 96, 48],  // food & drink: coffee brown
    [40, 110, 140], // fashion: indigo batik
    [150, 110, 60], // crafts: wood
    [70, 140, 60],  // agriculture: leaf green
    [200, 150, 30], // herbal: turmeric
    [190, 90, 130], // cosmetics: rose
    [30, 130, 120], // tourism & services: teal
    [70, 80, 160],  // IT & digital: blue
];

/// The storage key of a demo photo.
pub fn photo_key(category_slug: &str, variant: usize) -> String {
    format!("demo/{category_slug}-{variant}")
}

/// The storage key of the demo news cover.
pub const NEWS_COVER_KEY: &str = "demo/berita-jatim-bangkit";

/// Writes every demo photo that is not there yet; returns how many files were written.
pub fn ensure_pool(media_dir: &Path, category_slugs: &[&str]) -> std::io::Result<usize> {
    let mut written = 0;
    for (c, slug) in category_slugs.iter().enumerate() {
        let colour = CATEGORY_COLOURS[c % CATEGORY_COLOURS.len()];
        for v in 0..VARIANTS_PER_CATEGORY {
            let key = photo_key(slug, v);
            written += write_sizes(media_dir, &key, 640, 640, || draw_product(colour, v))?;
        }
    }
    written += write_sizes(media_dir, NEWS_COVER_KEY, 640, 360, draw_news_cover)?;
    Ok(written)
}

fn file_for(media_dir: &Path, key: &str, width: u32) -> PathBuf {
    media_dir.join(format!("{key}-{width}.jpg"))
}

/// Writes the image in every size of [`PHOTO_WIDTHS`], skipping sizes already on disk.
fn write_sizes(
    media_dir: &Path,
    key: &str,
    width: u32,
    height: u32,
    draw: impl Fn() -> RgbImage,
) -> std::io::Result<usize> {
    let missing: Vec<u32> = PHOTO_WIDTHS
        .into_iter()
        .filter(|w| !file_for(media_dir, key, *w).exists())
        .collect();
    if missing.is_empty() {
        return Ok(0);
    }
    let full = draw();
    for w in &missing {
        let path = file_for(media_dir, key, *w);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let h = height * w / width;
        let img = if *w == width {
            full.clone()
        } else {
            image::imageops::resize(&full, *w, h, FilterType::Triangle)
        };
        let file = std::io::BufWriter::new(std::fs::File::create(&path)?);
        let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(file, 82);
        encoder.encode_image(&img).map_err(std::io::Error::other)?;
    }
    Ok(missing.len())
}

fn mix(a: [u8; 3], b: [u8; 3], t: f32) -> Rgb<u8> {
    let ch = |i: usize| (f32::from(a[i]) + (f32::from(b[i]) - f32::from(a[i])) * t).round() as u8;
    Rgb([ch(0), ch(1), ch(2)])
}

fn tint(c: [u8; 3], towards: u8, t: f32) -> [u8; 3] {
    mix(c, [towards; 3], t).0
}

/// A product on a soft background: a pouch, jar, box or bottle with a label, by variant.
fn draw_product(colour: [u8; 3], variant: usize) -> RgbImage {
    let (w, h) = (640u32, 640u32);
    let light = tint(colour, 255, 0.82);
    let mid = tint(colour, 255, 0.55);
    let body = tint(colour, 0, 0.1 * (variant % 3) as f32);
    let label = tint(colour, 255, 0.9);
    let shape = variant % 4;
    let mut img = RgbImage::new(w, h);
    for (x, y, px) in img.enumerate_pixels_mut() {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        *px = mix(light, mid, fy * 0.8 + fx * 0.2);
        // Ground shadow.
        let (sx, sy) = ((fx - 0.5) / 0.3, (fy - 0.86) / 0.04);
        if sx * sx + sy * sy < 1.0 {
            *px = mix(px.0, [0, 0, 0], 0.18);
        }
        let inside = match shape {
            // Pouch: rounded rectangle, narrower at the top.
            0 => fy > 0.22 && fy < 0.86 && (fx - 0.5).abs() < 0.22 + (fy - 0.22) * 0.08,
            // Jar: wide rounded body with a lid.
            1 => {
                let body_in = ((fx - 0.5) / 0.26).powi(2) + ((fy - 0.58) / 0.28).powi(4) < 1.0;
                let lid = fy > 0.25 && fy < 0.33 && (fx - 0.5).abs() < 0.2;
                body_in || lid
            }
            // Box.
            2 => fy > 0.3 && fy < 0.86 && (fx - 0.5).abs() < 0.28,
            // Bottle: neck and body.
            _ => {
                let neck = fy > 0.14 && fy < 0.34 && (fx - 0.5).abs() < 0.06;
                let body_in = fy > 0.34 && fy < 0.86 && (fx - 0.5).abs() < 0.15;
                neck || body_in
            }
        };
        if inside {
            let shade = 0.25 * ((fx - 0.38).abs() * 2.0).min(1.0);
            *px = mix(body, [0, 0, 0], shade);
            let on_label = fy > 0.5 && fy < 0.72 && (fx - 0.5).abs() < 0.14;
            if on_label {
                *px = Rgb(label);
                let (lx, ly) = ((fx - 0.5) / 0.05, (fy - 0.61) / 0.05);
                if lx * lx + ly * ly < 1.0 {
                    *px = Rgb(colour);
                }
            }
        }
    }
    img
}

/// A studio scene for the talkshow story: two speakers at a desk in front of a screen.
fn draw_news_cover() -> RgbImage {
    let (w, h) = (640u32, 360u32);
    let mut img = RgbImage::new(w, h);
    for (x, y, px) in img.enumerate_pixels_mut() {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        *px = mix([12, 70, 60], [20, 40, 70], fx * 0.6 + fy * 0.4);
        if fy > 0.12 && fy < 0.5 && fx > 0.3 && fx < 0.7 {
            *px = mix([230, 240, 235], [180, 220, 200], fy);
        }
        for cx in [0.33f32, 0.67] {
            let head = ((fx - cx) / 0.045).powi(2) + ((fy - 0.5) / 0.08).powi(2) < 1.0;
            let torso = ((fx - cx) / 0.09).powi(2) + ((fy - 0.72) / 0.16).powi(2) < 1.0;
            if head {
                *px = Rgb([200, 160, 120]);
            } else if torso {
                *px = Rgb([240, 240, 240]);
            }
        }
        if fy > 0.78 {
            *px = mix([110, 70, 40], [80, 50, 30], (fy - 0.78) * 4.0);
        }
    }
    img
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_real_jpegs_in_every_size_once() {
        let dir = std::env::temp_dir().join(format!("opop-images-{}", std::process::id()));
        let first = ensure_pool(&dir, &["makanan-minuman"]);
        assert_eq!(
            first.ok(),
            Some((VARIANTS_PER_CATEGORY + 1) * PHOTO_WIDTHS.len())
        );
        assert_eq!(
            ensure_pool(&dir, &["makanan-minuman"]).ok(),
            Some(0),
            "second run writes nothing"
        );
        let small = image::open(file_for(&dir, &photo_key("makanan-minuman", 0), 320));
        assert_eq!(
            small.ok().map(|i| (i.width(), i.height())),
            Some((320, 320))
        );
        let cover = image::open(file_for(&dir, NEWS_COVER_KEY, 640));
        assert_eq!(
            cover.ok().map(|i| (i.width(), i.height())),
            Some((640, 360))
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
