//! The one-line message a form post leaves for the page it returns to.

use crate::auth::FlashNotice;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Shows a flash notice, if any.
#[component]
pub fn FlashNoticeLine(notice: Option<FlashNotice>) -> impl IntoView {
    let i18n = use_i18n();
    notice.map(|n| {
        let failed = matches!(
            n,
            FlashNotice::Failed
                | FlashNotice::DecisionStale
                | FlashNotice::RejectReasonMissing
                | FlashNotice::PhotoRefused(_)
                | FlashNotice::CartRefused(_)
                | FlashNotice::OrderRefused(_)
                | FlashNotice::TargetInvalid
                | FlashNotice::PesantrenUnverified
                | FlashNotice::NoteMissing
                | FlashNotice::ImportRefused(_)
                | FlashNotice::ImportAlreadyDone
        );
        let text = move || {
            let t = i18n.t();
            match &n {
                FlashNotice::ListingSaved => t.listing_saved.to_owned(),
                FlashNotice::PasswordChanged => t.password_changed.to_owned(),
                FlashNotice::Done => t.done.to_owned(),
                FlashNotice::RejectReasonMissing => t.reject_reason_missing.to_owned(),
                FlashNotice::DecisionStale => t.decision_stale.to_owned(),
                FlashNotice::SellerRemoved => t.seller_removed.to_owned(),
                FlashNotice::InviteLink(_) => t.invite_ready.to_owned(),
                FlashNotice::Failed => t.action_failed.to_owned(),
                FlashNotice::PhotoAdded => t.photo_added.to_owned(),
                FlashNotice::PhotoRefused(p) => {
                    crate::i18n::photo_problem(i18n.locale(), *p).to_owned()
                }
                FlashNotice::PesantrenUnverified => i18n.programme().unverified_notice.to_owned(),
                FlashNotice::VerificationDone | FlashNotice::NewsSaved => t.done.to_owned(),
                FlashNotice::ImportRefused(p) => crate::i18n::import_file_problem(i18n.locale(), p),
                FlashNotice::Imported(n) => (i18n.import().done)(*n),
                FlashNotice::ImportAlreadyDone => i18n.import().already_short.to_owned(),
                FlashNotice::NoteMissing => i18n.programme().note_missing.to_owned(),
                FlashNotice::Curated(n) => (i18n.programme().curated)(*n),
                FlashNotice::TargetSaved => i18n.programme().target_saved.to_owned(),
                FlashNotice::TargetInvalid => i18n.programme().target_invalid.to_owned(),
                FlashNotice::AddedToCart => i18n.shop().added_to_cart.to_owned(),
                FlashNotice::CartUpdated => i18n.shop().cart_updated.to_owned(),
                FlashNotice::CartRefused(p) => {
                    crate::i18n::cart_problem(i18n.locale(), *p).to_owned()
                }
                FlashNotice::OrdersPlaced(1) => i18n.shop().order_placed.to_owned(),
                FlashNotice::OrdersPlaced(n) => (i18n.shop().orders_placed)(*n),
                FlashNotice::OrderNow(s) => {
                    (i18n.shop().order_now)(crate::i18n::order_status(i18n.locale(), *s))
                }
                FlashNotice::OrderRefused(r) => {
                    crate::i18n::order_refusal(i18n.locale(), *r).to_owned()
                }
            }
        };
        view! {
            <p class=if failed { "flash flash-error" } else { "flash" } role="status">{text}</p>
        }
    })
}
