//! Names of the domain's coded values and messages of its validation problems, per language.

use domain::media::PhotoProblem;
use domain::{AccountError, HalalStatus, ListingProblem, ListingState, Locale, Role, listing};

/// A listing state as sellers and admins read it.
pub fn listing_state(locale: Locale, state: ListingState) -> &'static str {
    use ListingState::*;
    match (locale, state) {
        (Locale::Id, Draft) => "Draf",
        (Locale::Id, Submitted) => "Menunggu persetujuan",
        (Locale::Id, Published) => "Tayang",
        (Locale::Id, Rejected) => "Ditolak",
        (Locale::Id, Archived) => "Diarsipkan",
        (Locale::En, Draft) => "Draft",
        (Locale::En, Submitted) => "Waiting for approval",
        (Locale::En, Published) => "Live",
        (Locale::En, Rejected) => "Rejected",
        (Locale::En, Archived) => "Archived",
    }
}

/// A halal status as the form offers it.
pub fn halal_status(locale: Locale, status: HalalStatus) -> &'static str {
    match (locale, status) {
        (Locale::Id, HalalStatus::None) => "Belum bersertifikat halal",
        (Locale::Id, HalalStatus::InProcess) => "Sertifikasi halal sedang diproses",
        (Locale::Id, HalalStatus::Certified) => "Bersertifikat halal",
        (Locale::En, HalalStatus::None) => "Not halal certified",
        (Locale::En, HalalStatus::InProcess) => "Halal certification in process",
        (Locale::En, HalalStatus::Certified) => "Halal certified",
    }
}

/// A role's name.
pub fn role(locale: Locale, role: Role) -> &'static str {
    match (locale, role) {
        (Locale::Id, Role::Buyer) => "pembeli",
        (Locale::Id, Role::Seller) => "penjual",
        (Locale::Id, Role::PesantrenAdmin) => "pengelola pesantren",
        (Locale::Id, Role::ProgrammeAdmin) => "admin program",
        (Locale::En, Role::Buyer) => "buyer",
        (Locale::En, Role::Seller) => "seller",
        (Locale::En, Role::PesantrenAdmin) => "pesantren admin",
        (Locale::En, Role::ProgrammeAdmin) => "programme admin",
    }
}

/// The message for a refused account field.
pub fn account_error(locale: Locale, error: AccountError) -> &'static str {
    let t = super::strings(locale);
    match error {
        AccountError::EmailInvalid => t.email_invalid,
        AccountError::PasswordTooShort => t.password_too_short,
        AccountError::PasswordTooLong => t.password_too_long,
        AccountError::PasswordCommon => t.password_common,
        AccountError::PasswordMismatch => t.password_mismatch,
        AccountError::NameMissing => t.name_missing,
        AccountError::NameTooLong => t.name_too_long,
        AccountError::EmailUnavailable => t.register_refused,
    }
}

/// The message for a refused listing field.
pub fn listing_problem(locale: Locale, problem: ListingProblem) -> String {
    use ListingProblem::*;
    let id = locale == Locale::Id;
    match problem {
        Required => if id { "Wajib diisi." } else { "Required." }.to_owned(),
        NameTooShort => {
            if id {
                format!("Nama minimal {} karakter.", listing::NAME_MIN_CHARS)
            } else {
                format!(
                    "The name needs at least {} characters.",
                    listing::NAME_MIN_CHARS
                )
            }
        }
        TooLong => if id { "Terlalu panjang." } else { "Too long." }.to_owned(),
        CategoryUnknown => if id {
            "Pilih salah satu kategori."
        } else {
            "Choose one of the categories."
        }
        .to_owned(),
        PriceMalformed => if id {
            "Tulis harga dalam rupiah, mis. 25000, 25.000 atau Rp 25.000."
        } else {
            "Write the price in rupiah, e.g. 25000, 25.000 or Rp 25.000."
        }
        .to_owned(),
        PriceNotPositive => if id {
            "Harga harus lebih dari nol."
        } else {
            "The price must be above zero."
        }
        .to_owned(),
        PriceTooLarge => if id {
            "Harga paling tinggi Rp1.000.000.000."
        } else {
            "The highest price is Rp1.000.000.000."
        }
        .to_owned(),
        StockInvalid => if id {
            "Tulis stok sebagai bilangan bulat dari 0 sampai 1.000.000."
        } else {
            "Write the stock as a whole number from 0 to 1,000,000."
        }
        .to_owned(),
        WeightInvalid => if id {
            "Tulis berat dalam gram, dari 1 sampai 1.000.000."
        } else {
            "Write the weight in grams, from 1 to 1,000,000."
        }
        .to_owned(),
        HalalStatusUnknown => if id {
            "Pilih status halal."
        } else {
            "Choose a halal status."
        }
        .to_owned(),
        CertificateRequired => if id {
            "Produk bersertifikat halal perlu nomor sertifikatnya."
        } else {
            "A halal certified product needs its certificate number."
        }
        .to_owned(),
        CertificateMalformed => if id {
            "Nomor sertifikat halal diawali ID lalu angka, mis. ID35110001234560821."
        } else {
            "A halal certificate number is ID followed by digits, e.g. ID35110001234560821."
        }
        .to_owned(),
        PermitMalformed => if id {
            "Hanya huruf, angka, spasi, tanda - . dan /."
        } else {
            "Letters, digits, spaces, - . and / only."
        }
        .to_owned(),
    }
}

/// Why a photo was refused.
pub fn photo_problem(locale: Locale, problem: PhotoProblem) -> &'static str {
    use PhotoProblem::*;
    match (locale, problem) {
        (Locale::Id, Empty) => "Pilih foto yang akan diunggah.",
        (Locale::Id, TooLarge) => "Foto terlalu besar: paling besar 8 MB.",
        (Locale::Id, NotAnImage) => "Berkas ini bukan foto JPEG, PNG atau WebP.",
        (Locale::Id, TooManyPixels) => {
            "Ukuran gambar terlalu besar (paling banyak 8.000 piksel per sisi)."
        }
        (Locale::Id, TooSmall) => "Foto terlalu kecil: minimal 100 piksel per sisi.",
        (Locale::Id, Damaged) => "Foto rusak atau tidak lengkap; coba berkas lain.",
        (Locale::Id, TooMany) => "Satu produk paling banyak 6 foto.",
        (Locale::En, Empty) => "Choose a photo to upload.",
        (Locale::En, TooLarge) => "The photo is too large: 8 MB at most.",
        (Locale::En, NotAnImage) => "This file is not a JPEG, PNG or WebP photo.",
        (Locale::En, TooManyPixels) => "The image is too large (at most 8,000 pixels a side).",
        (Locale::En, TooSmall) => "The photo is too small: at least 100 pixels a side.",
        (Locale::En, Damaged) => "The photo is damaged or incomplete; try another file.",
        (Locale::En, TooMany) => "A product has at most 6 photos.",
    }
}
