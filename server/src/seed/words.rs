//! Indonesian words the demo data is made of: pesantren names, streets, products per category.

/// First words of pesantren names.
pub const PESANTREN_FIRST: [&str; 16] = [
    "Darul",
    "Nurul",
    "Miftahul",
    "Hidayatul",
    "Raudlatul",
    "Bahrul",
    "Sabilul",
    "Mambaul",
    "Tarbiyatul",
    "Roudlotul",
    "Riyadlul",
    "Mathla'ul",
    "Hikmatul",
    "Fathul",
    "Ihyaul",
    "Syamsul",
];
/// Second words of pesantren names.
pub const PESANTREN_SECOND: [&str; 16] = [
    "Ulum",
    "Huda",
    "Falah",
    "Hikmah",
    "Qur'an",
    "Jannah",
    "Ihsan",
    "Salam",
    "Muttaqin",
    "Hasanah",
    "Amanah",
    "Anwar",
    "Mubtadiin",
    "Khoirot",
    "Ma'arif",
    "Islah",
];
/// Street names for addresses.
pub const STREETS: [&str; 12] = [
    "Jl. KH. Hasyim Asy'ari",
    "Jl. Pesantren",
    "Jl. Raya",
    "Jl. Masjid",
    "Jl. Diponegoro",
    "Jl. Sunan Ampel",
    "Jl. Kiai Mojo",
    "Jl. Wahid Hasyim",
    "Jl. Pahlawan",
    "Jl. Melati",
    "Jl. Kenanga",
    "Jl. Sunan Giri",
];
/// Given names of santri, alumni and staff.
pub const GIVEN_NAMES: [&str; 24] = [
    "Ahmad", "Muhammad", "Siti", "Nur", "Abdul", "Fatimah", "Ali", "Aisyah", "Hasan", "Zainab",
    "Rizki", "Laila", "Umar", "Khadijah", "Yusuf", "Maryam", "Ilham", "Nadia", "Fauzi", "Rahmah",
    "Hafidz", "Salma", "Arif", "Dewi",
];
/// Family names.
pub const FAMILY_NAMES: [&str; 16] = [
    "Hidayat", "Rahman", "Maulana", "Fauziah", "Hakim", "Syafi'i", "Nurhadi", "Wahyudi", "Azizah",
    "Ma'ruf", "Santoso", "Rohmah", "Ridwan", "Mustofa", "Zuhri", "Anwar",
];

/// A kind of product a category offers.
pub struct ProductKind {
    /// Base name, e.g. `Kopi Rempah`.
    pub name: &'static str,
    /// Selling unit.
    pub unit: &'static str,
    /// Price range in rupiah (inclusive).
    pub price: (i64, i64),
    /// Shipping weight in grams.
    pub weight: i32,
    /// Whether it is food or drink (PIRT numbers apply).
    pub food: bool,
}

const fn kind(
    name: &'static str,
    unit: &'static str,
    price: (i64, i64),
    weight: i32,
    food: bool,
) -> ProductKind {
    ProductKind {
        name,
        unit,
        price,
        weight,
        food,
    }
}

/// Product kinds per category, in the order of the categories migration.
pub const KINDS: [&[ProductKind]; 8] = [
    &[
        kind("Kopi Rempah", "pak", (15_000, 85_000), 250, true),
        kind("Keripik Tempe", "pak", (8_000, 25_000), 200, true),
        kind("Sambal Bawang", "botol", (12_000, 35_000), 220, true),
        kind("Madu Hutan", "botol", (45_000, 180_000), 500, true),
        kind("Air Minum Kemasan", "dus", (18_000, 45_000), 12_000, true),
        kind("Keripik Daun Talas", "pak", (10_000, 30_000), 150, true),
        kind("Teh Daun Kelor", "kotak", (20_000, 60_000), 100, true),
        kind("Kue Kering Nastar", "toples", (35_000, 120_000), 500, true),
        kind("Abon Lele", "pak", (20_000, 55_000), 250, true),
        kind("Dodol Nangka", "kotak", (15_000, 40_000), 400, true),
    ],
    &[
        kind("Sarung Tenun", "lembar", (85_000, 350_000), 500, false),
        kind("Kopiah Rajut", "buah", (25_000, 90_000), 100, false),
        kind("Gamis Katun", "potong", (120_000, 420_000), 400, false),
        kind("Jilbab Segi Empat", "lembar", (35_000, 110_000), 150, false),
        kind("Batik Tulis", "lembar", (150_000, 500_000), 300, false),
    ],
    &[
        kind("Tas Batok Kelapa", "buah", (45_000, 160_000), 400, false),
        kind("Tasbih Kayu Kokka", "buah", (20_000, 95_000), 80, false),
        kind("Kaligrafi Kayu", "buah", (120_000, 480_000), 1_500, false),
        kind("Anyaman Bambu", "buah", (30_000, 140_000), 600, false),
        kind("Miniatur Masjid", "buah", (75_000, 300_000), 900, false),
    ],
    &[
        kind(
            "Beras Organik",
            "karung 5 kg",
            (65_000, 120_000),
            5_000,
            true,
        ),
        kind("Telur Ayam Kampung", "tray", (40_000, 75_000), 1_800, true),
        kind("Pupuk Kompos", "karung", (15_000, 45_000), 10_000, false),
        kind("Bibit Kelor", "polybag", (5_000, 20_000), 500, false),
        kind("Jagung Pipil", "kg", (6_000, 15_000), 1_000, true),
    ],
    &[
        kind("Jamu Kunyit Asam", "botol", (10_000, 30_000), 350, true),
        kind(
            "Minyak Habbatussauda",
            "botol",
            (35_000, 150_000),
            120,
            false,
        ),
        kind("Serbuk Jahe Merah", "pak", (15_000, 45_000), 250, true),
        kind("Kapsul Daun Kelor", "botol", (40_000, 120_000), 100, false),
    ],
    &[
        kind("Sabun Zaitun", "batang", (12_000, 40_000), 100, false),
        kind(
            "Minyak Rambut Kemiri",
            "botol",
            (20_000, 65_000),
            120,
            false,
        ),
        kind("Lulur Beras", "toples", (25_000, 80_000), 200, false),
    ],
    &[
        kind(
            "Paket Ziarah Wali Lima",
            "orang",
            (250_000, 500_000),
            0,
            false,
        ),
        kind(
            "Jasa Katering Santri",
            "paket",
            (150_000, 500_000),
            0,
            false,
        ),
        kind("Penginapan Syariah", "malam", (150_000, 450_000), 0, false),
    ],
    &[
        kind(
            "Jasa Desain Logo UMKM",
            "paket",
            (150_000, 500_000),
            0,
            false,
        ),
        kind(
            "Aplikasi Kasir Kopontren",
            "lisensi",
            (200_000, 500_000),
            0,
            false,
        ),
        kind(
            "Kelas Pemasaran Digital",
            "peserta",
            (50_000, 250_000),
            0,
            false,
        ),
    ],
];

/// Words that make food and drink variants differ.
pub const FOOD_VARIANTS: [&str; 10] = [
    "Original", "Premium", "Spesial", "Pedas", "Hemat", "Asli", "Pilihan", "Istimewa", "Khas",
    "Sehat",
];
/// Words that make other products' variants differ.
pub const OTHER_VARIANTS: [&str; 8] = [
    "Premium",
    "Klasik",
    "Spesial",
    "Eksklusif",
    "Pilihan",
    "Istimewa",
    "Khas",
    "Modern",
];

/// Opening sentences of descriptions.
pub const DESCRIPTION_OPENERS: [&str; 6] = [
    "Dibuat oleh santri dengan bahan pilihan dari petani sekitar pesantren.",
    "Produk unggulan koperasi pondok pesantren, diolah secara higienis.",
    "Hasil karya alumni bersama masyarakat sekitar pesantren.",
    "Diproduksi dalam jumlah terbatas dengan resep turun-temurun.",
    "Bahan baku lokal, dikemas rapi dan siap dikirim ke seluruh Indonesia.",
    "Setiap pembelian ikut mendukung kemandirian ekonomi pesantren.",
];

/// Closing sentences of descriptions.
pub const DESCRIPTION_CLOSERS: [&str; 5] = [
    "Simpan di tempat sejuk dan kering.",
    "Cocok untuk oleh-oleh dan hadiah.",
    "Pesanan dalam jumlah besar silakan hubungi kami lewat WhatsApp.",
    "Tersedia untuk pengiriman ke luar kota.",
    "Terima kasih telah mendukung produk pesantren.",
];
