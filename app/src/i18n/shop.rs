//! The strings of the cart, checkout and orders, and the names of their coded values.

use domain::Locale;
use domain::cart::{CartProblem, LineProblem};
use domain::checkout::CheckoutProblem;
use domain::{OrderAction, OrderRefusal, OrderStatus};

/// Every user-facing string of the cart and orders.
pub struct ShopStrings {
    /// Navigation: the cart.
    pub nav_cart: &'static str,
    /// Accessible count on the cart link.
    pub cart_count_label: fn(i64) -> String,
    /// Navigation: a buyer's orders.
    pub nav_orders: &'static str,
    /// Navigation: orders to handle.
    pub nav_incoming: &'static str,
    /// Accessible count on the incoming orders link.
    pub pending_label: fn(u64) -> String,
    /// Label of the quantity field.
    pub quantity_label: &'static str,
    /// Button on the product page.
    pub add_to_cart: &'static str,
    /// Button on a product card.
    pub add_short: &'static str,
    /// Accessible name of a card's button.
    pub add_named: fn(&str) -> String,
    /// Instead of the button when none are left.
    pub sold_out: &'static str,
    /// After adding.
    pub added_to_cart: &'static str,
    /// Link to the cart after adding.
    pub view_cart: &'static str,
    /// Cart page title.
    pub cart_title: &'static str,
    /// An empty cart.
    pub cart_empty: &'static str,
    /// Link to the catalogue.
    pub browse_catalogue: &'static str,
    /// Under each pesantren's group.
    pub one_order_per_pesantren: &'static str,
    /// Subtotal label.
    pub subtotal: &'static str,
    /// Total label.
    pub total: &'static str,
    /// Button: change a line's quantity.
    pub update: &'static str,
    /// Button: take a line out.
    pub remove: &'static str,
    /// Button to checkout.
    pub to_checkout: &'static str,
    /// Link to log in before checkout.
    pub login_to_order: &'static str,
    /// How ordering works (no payment online).
    pub how_ordering_works: &'static str,
    /// Asks to fix the cart before ordering.
    pub fix_cart_first: &'static str,
    /// After a quantity change or removal.
    pub cart_updated: &'static str,
    /// Checkout page title.
    pub checkout_title: &'static str,
    /// Field label.
    pub field_region: &'static str,
    /// Empty choice of the region.
    pub choose_region: &'static str,
    /// Region choice for anywhere else.
    pub outside_east_java: &'static str,
    /// The order button: "Buat pesanan" / "Buat 2 pesanan".
    pub place_orders: fn(usize) -> String,
    /// Some products are short; nothing was ordered.
    pub out_of_stock: fn(&str) -> String,
    /// Some products left the catalogue; nothing was ordered.
    pub unavailable: fn(&str) -> String,
    /// Prices moved since the page was shown.
    pub price_changed: &'static str,
    /// Several orders were placed.
    pub orders_placed: fn(usize) -> String,
    /// One order was placed.
    pub order_placed: &'static str,
    /// "Pesanan saya" title.
    pub orders_title: &'static str,
    /// No orders yet.
    pub orders_empty: &'static str,
    /// Order page title.
    pub order_title: fn(&str) -> String,
    /// "n barang".
    pub units: fn(i64) -> String,
    /// Label.
    pub placed_at: &'static str,
    /// Label.
    pub updated_at: &'static str,
    /// Label.
    pub recipient: &'static str,
    /// Label.
    pub phone: &'static str,
    /// Label.
    pub address: &'static str,
    /// Label.
    pub note: &'static str,
    /// Label.
    pub courier: &'static str,
    /// Label.
    pub tracking: &'static str,
    /// Label.
    pub cancel_reason: &'static str,
    /// Label.
    pub seller: &'static str,
    /// Heading of the order's lines.
    pub items_heading: &'static str,
    /// WhatsApp link text.
    pub send_whatsapp: &'static str,
    /// The prefilled WhatsApp message: number, lines, total, recipient.
    pub whatsapp_order: fn(&str, &str, &str, &str) -> String,
    /// Cancellation reason field, for the pesantren.
    pub reason_required_label: &'static str,
    /// Cancellation reason field, for the buyer.
    pub reason_optional_label: &'static str,
    /// Courier field.
    pub courier_optional: &'static str,
    /// Tracking field.
    pub tracking_optional: &'static str,
    /// A seller who sells part of the order.
    pub part_seller_note: &'static str,
    /// Incoming orders title.
    pub incoming_title: &'static str,
    /// Scope of a pesantren admin.
    pub incoming_whole: &'static str,
    /// Scope of a seller.
    pub incoming_own: &'static str,
    /// Status filter: all.
    pub status_all: &'static str,
    /// No orders for the filter.
    pub incoming_empty: &'static str,
    /// A list cut at its limit.
    pub list_limited: fn(u64) -> String,
    /// Label.
    pub buyer: &'static str,
    /// Link back to a list.
    pub back_to_orders: &'static str,
    /// After an action on an order.
    pub order_now: fn(&str) -> String,
}

/// Indonesian.
pub const SHOP_ID: ShopStrings = ShopStrings {
    nav_cart: "Keranjang",
    cart_count_label: |n| format!("{n} barang di keranjang"),
    nav_orders: "Pesanan saya",
    nav_incoming: "Pesanan masuk",
    pending_label: |n| format!("{n} pesanan menunggu"),
    quantity_label: "Jumlah",
    add_to_cart: "Tambah ke keranjang",
    add_short: "+ Keranjang",
    add_named: |name| format!("Tambah {name} ke keranjang"),
    sold_out: "Stok habis",
    added_to_cart: "Ditambahkan ke keranjang.",
    view_cart: "Lihat keranjang",
    cart_title: "Keranjang belanja",
    cart_empty: "Keranjang Anda masih kosong.",
    browse_catalogue: "Lihat katalog produk",
    one_order_per_pesantren: "Menjadi satu pesanan ke pesantren ini.",
    subtotal: "Subtotal",
    total: "Total",
    update: "Ubah",
    remove: "Hapus",
    to_checkout: "Lanjut ke pemesanan",
    login_to_order: "Masuk untuk memesan",
    how_ordering_works: "Pesanan dikirim ke pesantren dan dikonfirmasi olehnya. Pembayaran di tempat (COD) atau transfer sesuai kesepakatan dengan pesantren.",
    fix_cart_first: "Perbaiki dulu barang yang ditandai di keranjang.",
    cart_updated: "Keranjang diperbarui.",
    checkout_title: "Pemesanan",
    field_region: "Kabupaten/kota tujuan",
    choose_region: "Pilih kabupaten/kota…",
    outside_east_java: "Di luar Jawa Timur",
    place_orders: |n| {
        if n > 1 {
            format!("Buat {n} pesanan")
        } else {
            "Buat pesanan".to_owned()
        }
    },
    out_of_stock: |names| {
        format!(
            "Stok tidak cukup untuk: {names}. Tidak ada yang dipesan; ubah jumlahnya di keranjang."
        )
    },
    unavailable: |names| {
        format!("Tidak lagi dijual: {names}. Tidak ada yang dipesan; hapus dari keranjang.")
    },
    price_changed: "Harga berubah sejak halaman ini dibuka. Periksa total baru lalu pesan lagi.",
    orders_placed: |n| format!("{n} pesanan dibuat, satu untuk tiap pesantren."),
    order_placed: "Pesanan dibuat. Kirim juga lewat WhatsApp agar pesantren cepat memprosesnya.",
    orders_title: "Pesanan saya",
    orders_empty: "Belum ada pesanan.",
    order_title: |number| format!("Pesanan {number}"),
    units: |n| format!("{n} barang"),
    placed_at: "Dipesan",
    updated_at: "Diperbarui",
    recipient: "Penerima",
    phone: "Ponsel",
    address: "Alamat",
    note: "Catatan",
    courier: "Kurir",
    tracking: "No. resi",
    cancel_reason: "Alasan pembatalan",
    seller: "Penjual",
    items_heading: "Barang",
    send_whatsapp: "Kirim pesanan lewat WhatsApp",
    whatsapp_order: |number, lines, total, name| {
        format!(
            "Assalamu'alaikum, saya memesan {number} di OPOP:\n{lines}\nTotal: {total}\nAtas nama: {name}"
        )
    },
    reason_required_label: "Alasan pembatalan (dibaca pembeli)",
    reason_optional_label: "Alasan (opsional)",
    courier_optional: "Kurir (opsional)",
    tracking_optional: "No. resi (opsional)",
    part_seller_note: "Pesanan ini juga berisi produk penjual lain; pengelola pesantren yang memprosesnya.",
    incoming_title: "Pesanan masuk",
    incoming_whole: "Semua pesanan pesantren",
    incoming_own: "Pesanan yang berisi produk Anda",
    status_all: "Semua",
    incoming_empty: "Tidak ada pesanan di sini.",
    list_limited: |n| format!("Menampilkan {n} pesanan terbaru."),
    buyer: "Pembeli",
    back_to_orders: "Kembali ke daftar pesanan",
    order_now: |status| format!("Pesanan kini: {status}."),
};

/// English.
pub const SHOP_EN: ShopStrings = ShopStrings {
    nav_cart: "Cart",
    cart_count_label: |n| format!("{n} {} in the cart", if n == 1 { "item" } else { "items" }),
    nav_orders: "My orders",
    nav_incoming: "Incoming orders",
    pending_label: |n| format!("{n} {} waiting", if n == 1 { "order" } else { "orders" }),
    quantity_label: "Quantity",
    add_to_cart: "Add to cart",
    add_short: "+ Cart",
    add_named: |name| format!("Add {name} to the cart"),
    sold_out: "Sold out",
    added_to_cart: "Added to the cart.",
    view_cart: "View cart",
    cart_title: "Shopping cart",
    cart_empty: "Your cart is empty.",
    browse_catalogue: "Browse the catalogue",
    one_order_per_pesantren: "Becomes one order to this pesantren.",
    subtotal: "Subtotal",
    total: "Total",
    update: "Update",
    remove: "Remove",
    to_checkout: "Proceed to checkout",
    login_to_order: "Log in to order",
    how_ordering_works: "Orders go to the pesantren, which confirms them. Pay on delivery or by bank transfer, as agreed with the pesantren.",
    fix_cart_first: "First fix the marked items in your cart.",
    cart_updated: "Cart updated.",
    checkout_title: "Checkout",
    field_region: "Destination regency/city",
    choose_region: "Choose a regency/city…",
    outside_east_java: "Outside East Java",
    place_orders: |n| {
        if n > 1 {
            format!("Place {n} orders")
        } else {
            "Place order".to_owned()
        }
    },
    out_of_stock: |names| {
        format!(
            "Not enough stock for: {names}. Nothing was ordered; change the quantity in your cart."
        )
    },
    unavailable: |names| {
        format!("No longer sold: {names}. Nothing was ordered; remove it from your cart.")
    },
    price_changed: "Prices changed since this page was opened. Check the new total and order again.",
    orders_placed: |n| format!("{n} orders placed, one per pesantren."),
    order_placed: "Order placed. Also send it on WhatsApp so the pesantren handles it quickly.",
    orders_title: "My orders",
    orders_empty: "No orders yet.",
    order_title: |number| format!("Order {number}"),
    units: |n| format!("{n} {}", if n == 1 { "item" } else { "items" }),
    placed_at: "Placed",
    updated_at: "Updated",
    recipient: "Recipient",
    phone: "Mobile",
    address: "Address",
    note: "Note",
    courier: "Courier",
    tracking: "Tracking no.",
    cancel_reason: "Reason for cancelling",
    seller: "Seller",
    items_heading: "Items",
    send_whatsapp: "Send the order on WhatsApp",
    whatsapp_order: |number, lines, total, name| {
        format!(
            "Assalamu'alaikum, I am ordering {number} on OPOP:\n{lines}\nTotal: {total}\nName: {name}"
        )
    },
    reason_required_label: "Reason for cancelling (the buyer reads it)",
    reason_optional_label: "Reason (optional)",
    courier_optional: "Courier (optional)",
    tracking_optional: "Tracking no. (optional)",
    part_seller_note: "This order also holds other sellers' products; the pesantren admin handles it.",
    incoming_title: "Incoming orders",
    incoming_whole: "All orders of the pesantren",
    incoming_own: "Orders holding your products",
    status_all: "All",
    incoming_empty: "No orders here.",
    list_limited: |n| format!("Showing the newest {n} orders."),
    buyer: "Buyer",
    back_to_orders: "Back to the orders",
    order_now: |status| format!("The order is now: {status}."),
};

/// The strings of a language.
pub fn shop_strings(locale: Locale) -> &'static ShopStrings {
    match locale {
        Locale::Id => &SHOP_ID,
        Locale::En => &SHOP_EN,
    }
}

/// An order status's name.
pub fn order_status(locale: Locale, status: OrderStatus) -> &'static str {
    use OrderStatus::*;
    match (locale, status) {
        (Locale::Id, Pending) => "Menunggu konfirmasi",
        (Locale::Id, Confirmed) => "Dikonfirmasi",
        (Locale::Id, Shipped) => "Dikirim",
        (Locale::Id, Completed) => "Selesai",
        (Locale::Id, Cancelled) => "Dibatalkan",
        (Locale::En, Pending) => "Waiting for confirmation",
        (Locale::En, Confirmed) => "Confirmed",
        (Locale::En, Shipped) => "Shipped",
        (Locale::En, Completed) => "Completed",
        (Locale::En, Cancelled) => "Cancelled",
    }
}

/// An action's button.
pub fn order_action(locale: Locale, action: OrderAction) -> &'static str {
    use OrderAction::*;
    match (locale, action) {
        (Locale::Id, Confirm) => "Konfirmasi pesanan",
        (Locale::Id, Ship) => "Tandai dikirim",
        (Locale::Id, Complete) => "Tandai selesai",
        (Locale::Id, Cancel) => "Batalkan pesanan",
        (Locale::En, Confirm) => "Confirm order",
        (Locale::En, Ship) => "Mark as shipped",
        (Locale::En, Complete) => "Mark as completed",
        (Locale::En, Cancel) => "Cancel order",
    }
}

/// Why an action was refused.
pub fn order_refusal(locale: Locale, refusal: OrderRefusal) -> &'static str {
    use OrderRefusal::*;
    match (locale, refusal) {
        (Locale::Id, NotAllowed) => "Anda tidak dapat melakukan ini pada pesanan ini.",
        (Locale::Id, WrongStatus) => "Tidak bisa dari status pesanan sekarang.",
        (Locale::Id, ReasonMissing) => "Tulis alasan pembatalan agar pembeli tahu.",
        (Locale::Id, TooLong) => "Alasan, kurir atau nomor resi terlalu panjang.",
        (Locale::Id, Stale) => "Pesanan sudah berubah sementara itu; tidak ada yang diubah.",
        (Locale::En, NotAllowed) => "You cannot do this to this order.",
        (Locale::En, WrongStatus) => "Not possible from the order's current status.",
        (Locale::En, ReasonMissing) => "Give a reason so the buyer knows why.",
        (Locale::En, TooLong) => "The reason, courier or tracking number is too long.",
        (Locale::En, Stale) => "The order changed meanwhile; nothing was changed.",
    }
}

/// Why a product did not go into the cart.
pub fn cart_problem(locale: Locale, problem: CartProblem) -> &'static str {
    use CartProblem::*;
    match (locale, problem) {
        (Locale::Id, Unavailable) => "Produk ini tidak (lagi) dijual.",
        (Locale::Id, OutOfStock) => "Stok produk ini habis.",
        (Locale::Id, Full) => "Keranjang sudah berisi 50 produk; pesan dulu sebagian.",
        (Locale::Id, QuantityInvalid) => "Tulis jumlah berupa bilangan bulat mulai 1.",
        (Locale::En, Unavailable) => "This product is not (or no longer) sold.",
        (Locale::En, OutOfStock) => "This product is sold out.",
        (Locale::En, Full) => "The cart holds 50 products already; order some first.",
        (Locale::En, QuantityInvalid) => "Give a whole number from 1 up.",
    }
}

/// What is wrong with a cart line now.
pub fn line_problem(locale: Locale, problem: LineProblem) -> String {
    match (locale, problem) {
        (Locale::Id, LineProblem::Unavailable) => "Tidak lagi dijual.".to_owned(),
        (Locale::Id, LineProblem::OnlyLeft(0)) => "Stok habis.".to_owned(),
        (Locale::Id, LineProblem::OnlyLeft(n)) => format!("Hanya tersisa {n}."),
        (Locale::En, LineProblem::Unavailable) => "No longer sold.".to_owned(),
        (Locale::En, LineProblem::OnlyLeft(0)) => "Sold out.".to_owned(),
        (Locale::En, LineProblem::OnlyLeft(n)) => format!("Only {n} left."),
    }
}

/// The message of a refused checkout field.
pub fn checkout_problem(locale: Locale, problem: CheckoutProblem) -> &'static str {
    let t = super::strings(locale);
    match (locale, problem) {
        (_, CheckoutProblem::Required) => t.problem_required,
        (_, CheckoutProblem::TooLong) => t.problem_too_long,
        (_, CheckoutProblem::PhoneInvalid) => t.problem_phone,
        (Locale::Id, CheckoutProblem::RegionUnknown) => {
            "Pilih salah satu kabupaten/kota dari daftar."
        }
        (Locale::En, CheckoutProblem::RegionUnknown) => {
            "Choose one of the regencies/cities listed."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_counts_agree_in_number() {
        assert_eq!((SHOP_EN.units)(1), "1 item");
        assert_eq!((SHOP_EN.units)(2), "2 items");
        assert_eq!((SHOP_EN.pending_label)(1), "1 order waiting");
        assert_eq!((SHOP_ID.units)(1), "1 barang");
    }
}
