//! A labelled form field with its message underneath: the server's message after a refused
//! post, then (after hydration) the shared rule's message as the user types.

use crate::i18n::{Strings, use_i18n};
use leptos::either::Either;
use leptos::prelude::*;

/// One `<input>` (or `<textarea>` when `multiline`) with label and message.
#[component]
pub fn FormField(
    /// The label, from the current language's strings.
    label: fn(&'static Strings) -> &'static str,
    /// The form name of the field.
    name: &'static str,
    /// The starting value (as stored, or as last typed).
    #[prop(into)]
    value: String,
    /// The message to show, if any.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// Called with the new value on every keystroke (after hydration).
    #[prop(optional)]
    on_input: Option<Callback<String>>,
    /// `text`, `email`, `password`, ...
    #[prop(default = "text")]
    kind: &'static str,
    /// The browser's autocomplete hint.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// `inputmode` for phone keyboards (`numeric`, `decimal`, `email`).
    #[prop(default = "text")]
    inputmode: &'static str,
    /// A textarea instead of an input.
    #[prop(optional)]
    multiline: bool,
    /// A hint under the field.
    #[prop(optional)]
    hint: Option<fn(&'static Strings) -> &'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = format!("field-{}", name.replace(['[', ']'], "-"));
    let message_id = format!("{id}-message");
    let input = move |ev: leptos::ev::Event| {
        if let Some(cb) = on_input {
            cb.run(event_target_value(&ev));
        }
    };
    let invalid = move || message.get().is_some().then_some("true");
    let control = if multiline {
        Either::Left(view! {
            <textarea id=id.clone() name=name rows="6" aria-describedby=message_id.clone()
                aria-invalid=invalid on:input=input>{value}</textarea>
        })
    } else {
        Either::Right(view! {
            <input id=id.clone() name=name type=kind value=value autocomplete=autocomplete
                inputmode=inputmode aria-describedby=message_id.clone() aria-invalid=invalid
                on:input=input />
        })
    };
    view! {
        <div class="field" class:field-invalid=move || message.get().is_some()>
            <label for=id>{move || label(i18n.t())}</label>
            {control}
            {hint.map(|h| view! { <p class="field-hint">{move || h(i18n.t())}</p> })}
            <p class="field-message" id=message_id aria-live="polite">{move || message.get()}</p>
        </div>
    }
}
