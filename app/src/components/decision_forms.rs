//! "Approve" or "refuse with a reason": two plain forms posting to one server function, used
//! by the pesantren's review queue and the programme's verification queue.

use crate::i18n::{I18n, use_i18n};
use leptos::prelude::*;

/// A label from the current language.
pub type Label = fn(I18n) -> &'static str;

/// The two forms for one item.
#[component]
pub fn DecisionForms(
    /// The server function's URL, e.g. `/api/review_listing`.
    action: &'static str,
    /// The item's id (the form field `id`).
    id: i32,
    /// The `decision` value and button label that approve.
    approve: (&'static str, Label),
    /// The `decision` value and button label that refuse.
    refuse: (&'static str, Label),
    /// The form field of the reason and its label.
    reason: (&'static str, Label),
) -> impl IntoView {
    let i18n = use_i18n();
    let field = format!("{}-{id}", reason.0);
    view! {
        <div class="row-actions">
            <form method="post" action=action>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="decision" value=approve.0 />
                <button type="submit" class="button-primary">{move || (approve.1)(i18n)}</button>
            </form>
            <form method="post" action=action class="reject-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="decision" value=refuse.0 />
                <label for=field.clone()>{move || (reason.1)(i18n)}</label>
                <input id=field name=reason.0 maxlength="500" required />
                <button type="submit" class="button-secondary">{move || (refuse.1)(i18n)}</button>
            </form>
        </div>
    }
}
