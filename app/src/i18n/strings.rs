//! The table of every user-facing string; one constant of it per language.

/// Every user-facing string of the interface.
pub struct Strings {
    /// Site name in the header.
    pub site_name: &'static str,
    /// Tagline under the site name.
    pub tagline: &'static str,
    /// Label of the language switch (names the other language).
    pub switch_language: &'static str,
    /// Accessible label of the language switch.
    pub switch_language_label: &'static str,
    /// Home page `<title>`.
    pub home_title: &'static str,
    /// Home page meta description.
    pub home_description: &'static str,
    /// Hero heading.
    pub hero_heading: &'static str,
    /// Hero text.
    pub hero_text: &'static str,
    /// Progress section heading.
    pub progress_heading: &'static str,
    /// "x of y flagship products".
    pub flagship_progress: fn(u64, u32) -> String,
    /// Label: pesantren joined.
    pub pesantren_joined: &'static str,
    /// Label: products published.
    pub products_published: &'static str,
    /// Heading: sellers per pillar.
    pub sellers_per_pillar: &'static str,
    /// "n sellers".
    pub sellers_count: fn(u64) -> String,
    /// Flagship shelf heading.
    pub flagship_heading: &'static str,
    /// Shown when the shelf is empty.
    pub flagship_empty: &'static str,
    /// Badge on halal-certified products.
    pub halal_badge: &'static str,
    /// Alt text of a product photo.
    pub product_photo_alt: fn(&str) -> String,
    /// Placeholder when a product has no photo.
    pub no_photo: &'static str,
    /// News heading.
    pub news_heading: &'static str,
    /// Shown when there is no news.
    pub news_empty: &'static str,
    /// Month names for dates.
    pub months: [&'static str; 12],
    /// Loading indicator.
    pub loading: &'static str,
    /// Generic error shown to users (details go to the log).
    pub error_generic: &'static str,
    /// 404 page title.
    pub not_found_title: &'static str,
    /// 404 page text.
    pub not_found_text: &'static str,
    /// 404 page link home.
    pub back_home: &'static str,
    /// Footer text.
    pub footer_text: &'static str,
    /// Footer link to `/data`.
    pub footer_open_data: &'static str,
    /// Home: link to `/berita`.
    pub news_all: &'static str,
    /// Navigation: home.
    pub nav_home: &'static str,
    /// Navigation: the pesantren directory.
    pub nav_pesantren: &'static str,
    /// Accessible label of the main navigation.
    pub nav_label: &'static str,
    /// Navigation: the catalogue.
    pub nav_catalogue: &'static str,
    /// Catalogue `<title>` and heading.
    pub catalogue_title: &'static str,
    /// Catalogue meta description.
    pub catalogue_description: &'static str,
    /// "n products" over all pages.
    pub results_count: fn(u64) -> String,
    /// Shown when nothing matches.
    pub no_results: &'static str,
    /// Heading of the filter form.
    pub filter_heading: &'static str,
    /// Label of the text field.
    pub search_label: &'static str,
    /// Placeholder of the text field.
    pub search_placeholder: &'static str,
    /// Label: category.
    pub category_label: &'static str,
    /// Label: region.
    pub region_label: &'static str,
    /// Label: pillar.
    pub pillar_label: &'static str,
    /// Label: pesantren.
    pub pesantren_label: &'static str,
    /// The "no filter" option of a select.
    pub any_option: &'static str,
    /// Label: lowest price.
    pub min_price_label: &'static str,
    /// Label: highest price.
    pub max_price_label: &'static str,
    /// Checkbox: halal only.
    pub halal_only_label: &'static str,
    /// Checkbox: in stock only.
    pub in_stock_label: &'static str,
    /// Label: sort order.
    pub sort_label: &'static str,
    /// Submit button of the filters.
    pub apply_filters: &'static str,
    /// Link that clears every filter.
    pub reset_filters: &'static str,
    /// Names of the sort orders, in `CatalogueSort::ALL` order.
    pub sort_names: [&'static str; 5],
    /// Accessible label of the pagination.
    pub pagination_label: &'static str,
    /// Link to the previous page.
    pub previous_page: &'static str,
    /// Link to the next page.
    pub next_page: &'static str,
    /// "page x of y".
    pub page_of: fn(u32, u32) -> String,
    /// Notice: search text was cut.
    pub notice_text_shortened: &'static str,
    /// Notice: unknown category ignored.
    pub notice_unknown_category: &'static str,
    /// Notice: unknown region ignored.
    pub notice_unknown_region: &'static str,
    /// Notice: unknown pesantren ignored.
    pub notice_unknown_pesantren: &'static str,
    /// Notice: unknown pillar ignored.
    pub notice_unknown_pillar: &'static str,
    /// Notice: unreadable price ignored.
    pub notice_unreadable_price: &'static str,
    /// Notice: negative price ignored.
    pub notice_negative_price: &'static str,
    /// Notice: min and max swapped.
    pub notice_prices_swapped: &'static str,
    /// Notice: unknown sort order.
    pub notice_unknown_sort: &'static str,
    /// Notice: bad page number.
    pub notice_bad_page: &'static str,
    /// Notice: page past the end.
    pub notice_page_too_high: &'static str,
    /// Notice: relevance needs text.
    pub notice_relevance_without_text: &'static str,
    /// Notice: address too long.
    pub notice_query_too_long: &'static str,
    /// "n units in stock".
    pub product_stock: fn(i32, &str) -> String,
    /// "per unit".
    pub price_per_unit: fn(&str) -> String,
    /// Label: weight.
    pub weight_label: &'static str,
    /// "n gram".
    pub grams: fn(i32) -> String,
    /// Label: halal status.
    pub halal_label: &'static str,
    /// Halal status names: none, in process, certified.
    pub halal_names: [&'static str; 3],
    /// Label: halal certificate number.
    pub certificate_label: &'static str,
    /// Label: PIRT number.
    pub pirt_label: &'static str,
    /// Label: BPOM number.
    pub bpom_label: &'static str,
    /// "Sold by" before the pesantren.
    pub sold_by: &'static str,
    /// Heading: description.
    pub description_heading: &'static str,
    /// Heading: product details.
    pub details_heading: &'static str,
    /// WhatsApp button.
    pub contact_whatsapp: &'static str,
    /// Prefilled WhatsApp message.
    pub whatsapp_message: fn(&str, &str) -> String,
    /// Heading: related products.
    pub related_heading: &'static str,
    /// Badge of flagship products.
    pub flagship_badge: &'static str,
    /// Title when a product does not exist.
    pub product_not_found: &'static str,
    /// Directory `<title>` and heading.
    pub directory_title: &'static str,
    /// Directory meta description.
    pub directory_description: &'static str,
    /// "n pesantren".
    pub pesantren_count: fn(u64) -> String,
    /// "n products" of one pesantren.
    pub product_count: fn(u64) -> String,
    /// Shown when no pesantren matches.
    pub no_pesantren: &'static str,
    /// Placeholder of the name field.
    pub name_search_placeholder: &'static str,
    /// Label: NSP.
    pub nsp_label: &'static str,
    /// Label: address.
    pub address_label: &'static str,
    /// Label: cooperative.
    pub cooperative_label: &'static str,
    /// Label: pillars present.
    pub pillars_label: &'static str,
    /// Heading of a pesantren's products.
    pub profile_products_heading: &'static str,
    /// WhatsApp button on a profile.
    pub contact_pesantren: &'static str,
    /// Prefilled WhatsApp message to a pesantren.
    pub whatsapp_pesantren_message: fn(&str) -> String,
    // Accounts, the seller's listings and the pesantren admin's page.
    /// Header: log in.
    pub nav_login: &'static str,
    /// Header: register.
    pub nav_register: &'static str,
    /// Header: log out button.
    pub nav_logout: &'static str,
    /// Header: account page.
    pub nav_account: &'static str,
    /// Header: a seller's listings.
    pub nav_my_products: &'static str,
    /// Header: the pesantren admin's page.
    pub nav_manage: &'static str,
    /// Label: email.
    pub email_label: &'static str,
    /// Label: password.
    pub password_label: &'static str,
    /// Hint under a new password.
    pub password_hint: &'static str,
    /// Label: display name.
    pub name_label: &'static str,
    /// Login page title and button.
    pub login_title: &'static str,
    /// Login refused (never says which part was wrong).
    pub login_failed: &'static str,
    /// Rate limit reached.
    pub too_many_attempts: &'static str,
    /// Link from login to registration.
    pub login_register_prompt: &'static str,
    /// Registration page title.
    pub register_title: &'static str,
    /// Registration button.
    pub register_submit: &'static str,
    /// Invite banner: pillar, pesantren.
    pub register_invited: fn(&str, &str) -> String,
    /// The invite link is used or expired.
    pub invite_invalid: &'static str,
    /// Registration refused for the email (taken).
    pub register_refused: &'static str,
    /// Email not valid.
    pub email_invalid: &'static str,
    /// Password too short.
    pub password_too_short: &'static str,
    /// Password too long.
    pub password_too_long: &'static str,
    /// Password too common.
    pub password_common: &'static str,
    /// Confirmation differs.
    pub password_mismatch: &'static str,
    /// Name missing.
    pub name_missing: &'static str,
    /// Name too long.
    pub name_too_long: &'static str,
    /// Account page title.
    pub account_title: &'static str,
    /// Heading: change password.
    pub change_password_heading: &'static str,
    /// Label: current password.
    pub current_password_label: &'static str,
    /// Label: new password.
    pub new_password_label: &'static str,
    /// Current password wrong.
    pub current_password_wrong: &'static str,
    /// Password changed.
    pub password_changed: &'static str,
    /// Account summary: name, role.
    pub signed_in_as: fn(&str, &str) -> String,
    /// Page needs a login.
    pub login_required: &'static str,
    /// Page not for this role.
    pub forbidden: &'static str,
    /// Seller dashboard title.
    pub my_products_title: &'static str,
    /// Button: new listing.
    pub new_listing: &'static str,
    /// No listings yet.
    pub no_listings: &'static str,
    /// Filter: every state.
    pub all_states: &'static str,
    /// Label before the reason of a rejection.
    pub rejection_reason_label: &'static str,
    /// Link: edit.
    pub edit: &'static str,
    /// Button: archive a listing.
    pub archive: &'static str,
    /// Link: public product page.
    pub view_public: &'static str,
    /// Notice after saving.
    pub listing_saved: &'static str,
    /// Editor title: new.
    pub editor_new_title: &'static str,
    /// Editor title: edit.
    pub editor_edit_title: &'static str,
    /// Field label.
    pub field_name: &'static str,
    /// Field label.
    pub field_category: &'static str,
    /// Empty option of the category select.
    pub choose_category: &'static str,
    /// Field label.
    pub field_description: &'static str,
    /// Field label.
    pub field_price: &'static str,
    /// Field label.
    pub field_stock: &'static str,
    /// Field label.
    pub field_unit: &'static str,
    /// Field label.
    pub field_weight: &'static str,
    /// Field label.
    pub field_halal_status: &'static str,
    /// Field label.
    pub field_halal_certificate: &'static str,
    /// Field label.
    pub field_pirt: &'static str,
    /// Field label.
    pub field_bpom: &'static str,
    /// Label: the listing's pillar.
    pub field_pillar: &'static str,
    /// Button.
    pub save_draft: &'static str,
    /// Button.
    pub submit_for_review: &'static str,
    /// Note on editing a published listing.
    pub published_edit_note: &'static str,
    /// Summary above a refused form.
    pub form_has_errors: &'static str,
    /// Pesantren admin page title.
    pub manage_title: &'static str,
    /// Heading: review queue.
    pub review_heading: &'static str,
    /// Empty review queue.
    pub review_empty: &'static str,
    /// Button.
    pub approve: &'static str,
    /// Button.
    pub reject: &'static str,
    /// Label: reason of a rejection.
    pub reject_reason_label: &'static str,
    /// Rejection without a reason.
    pub reject_reason_missing: &'static str,
    /// Listing no longer waiting.
    pub decision_stale: &'static str,
    /// "by <seller>".
    pub by_seller: fn(&str) -> String,
    /// Heading: sellers.
    pub sellers_heading: &'static str,
    /// No sellers yet.
    pub no_sellers: &'static str,
    /// published, waiting, active.
    pub seller_counts: fn(u32, u32, u32) -> String,
    /// Button.
    pub remove_seller: &'static str,
    /// Notice.
    pub seller_removed: &'static str,
    /// Heading: invite a seller.
    pub invite_heading: &'static str,
    /// Button.
    pub invite_create: &'static str,
    /// Above the new link.
    pub invite_ready: &'static str,
    /// Generic success notice.
    pub done: &'static str,
    /// Generic failure notice.
    pub action_failed: &'static str,
    /// Notice: photo added.
    pub photo_added: &'static str,
    /// Heading: photos.
    pub photos_heading: &'static str,
    /// Photo rules.
    pub photos_hint: &'static str,
    /// Photos need a saved listing.
    pub photos_after_save: &'static str,
    /// Button: upload.
    pub photo_upload: &'static str,
    /// Label: file input.
    pub photo_choose: &'static str,
    /// Button: make cover.
    pub photo_cover: &'static str,
    /// Button: move earlier.
    pub photo_earlier: &'static str,
    /// Button: move later.
    pub photo_later: &'static str,
    /// Button: delete.
    pub photo_delete: &'static str,
    /// Badge on the cover photo.
    pub cover_label: &'static str,
    /// Title: edit the pesantren profile.
    pub profile_edit_title: &'static str,
    /// Link to the profile editor.
    pub profile_edit_link: &'static str,
    /// Field label.
    pub field_profile_description: &'static str,
    /// Field label.
    pub field_address: &'static str,
    /// Field label.
    pub field_cooperative: &'static str,
    /// Field label.
    pub field_whatsapp: &'static str,
    /// Hint.
    pub whatsapp_hint: &'static str,
    /// Button: save.
    pub save: &'static str,
    /// Heading: the pesantren photo.
    pub pesantren_photo_heading: &'static str,
    /// Alt text of a pesantren photo.
    pub pesantren_photo_alt: fn(&str) -> String,
    /// Profile field missing.
    pub problem_required: &'static str,
    /// Profile field too long.
    pub problem_too_long: &'static str,
    /// Not a mobile number.
    pub problem_phone: &'static str,
    /// What removing a seller does.
    pub remove_seller_explained: &'static str,
    /// Button: confirm removal.
    pub remove_seller_confirm: &'static str,
    /// Checkout field label.
    pub field_recipient: &'static str,
    /// Checkout field label.
    pub field_phone: &'static str,
    /// Hint under the checkout phone.
    pub phone_hint: &'static str,
    /// Checkout field label.
    pub field_shipping_address: &'static str,
    /// Checkout field label.
    pub field_note: &'static str,
}
