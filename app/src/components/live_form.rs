//! A form checked as the user types (after hydration): the input as typed, the fields typed in
//! so far, and each field's message — the shared rule's once the field was typed in, the
//! server's before that (a refused post with JavaScript off). An invalid form is not sent.

use domain::pesantren_form::{ProfileField, ProfileInput, ProfileProblem};
use domain::{ListingField, ListingInput, ListingProblem};
use leptos::prelude::*;

/// A form control's name and how its value is stored into the input.
pub type FormControl<I> = (&'static str, fn(&mut I, String));

/// A form's shared rule.
pub trait Checked: Clone + Send + Sync + 'static {
    /// Its fields.
    type Field: Copy + Eq + Send + Sync + 'static;
    /// Why a field is refused.
    type Problem: Copy + Send + Sync + 'static;
    /// Every field.
    const FIELDS: &'static [Self::Field];
    /// The form's control names and how each value is stored, to read the form itself at
    /// submit time (what was typed before the page was hydrated never reached the signals).
    const FORM_FIELDS: &'static [FormControl<Self>];
    /// The problem with one field, if any.
    fn check(&self, field: Self::Field) -> Option<Self::Problem>;
}

impl Checked for ListingInput {
    type Field = ListingField;
    type Problem = ListingProblem;
    const FIELDS: &'static [ListingField] = &ListingField::ALL;
    const FORM_FIELDS: &'static [FormControl<Self>] = &[
        ("input[name]", |i, v| i.name = v),
        ("input[category]", |i, v| i.category = v),
        ("input[description]", |i, v| i.description = v),
        ("input[price]", |i, v| i.price = v),
        ("input[stock]", |i, v| i.stock = v),
        ("input[unit]", |i, v| i.unit = v),
        ("input[weight]", |i, v| i.weight = v),
        ("input[halal_status]", |i, v| i.halal_status = v),
        ("input[halal_certificate]", |i, v| i.halal_certificate = v),
        ("input[pirt]", |i, v| i.pirt = v),
        ("input[bpom]", |i, v| i.bpom = v),
    ];
    fn check(&self, field: ListingField) -> Option<ListingProblem> {
        self.check_field(field)
    }
}

impl Checked for ProfileInput {
    type Field = ProfileField;
    type Problem = ProfileProblem;
    const FIELDS: &'static [ProfileField] = &ProfileField::ALL;
    const FORM_FIELDS: &'static [FormControl<Self>] = &[
        ("input[description]", |i, v| i.description = v),
        ("input[address]", |i, v| i.address = v),
        ("input[cooperative]", |i, v| i.cooperative = v),
        ("input[whatsapp]", |i, v| i.whatsapp = v),
    ];
    fn check(&self, field: ProfileField) -> Option<ProfileProblem> {
        self.check_field(field)
    }
}

impl Checked for domain::checkout::CheckoutInput {
    type Field = domain::checkout::CheckoutField;
    type Problem = domain::checkout::CheckoutProblem;
    const FIELDS: &'static [Self::Field] = &domain::checkout::CheckoutField::ALL;
    const FORM_FIELDS: &'static [FormControl<Self>] = &[
        ("input[name]", |i, v| i.name = v),
        ("input[phone]", |i, v| i.phone = v),
        ("input[region]", |i, v| i.region = v),
        ("input[address]", |i, v| i.address = v),
        ("input[note]", |i, v| i.note = v),
    ];
    fn check(&self, field: Self::Field) -> Option<Self::Problem> {
        self.check_field(field)
    }
}

/// The live state of one form.
pub struct LiveForm<I: Checked> {
    input: RwSignal<I>,
    touched: RwSignal<Vec<I::Field>>,
}

impl<I: Checked> Clone for LiveForm<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: Checked> Copy for LiveForm<I> {}

impl<I: Checked> LiveForm<I> {
    /// A form starting from `input`.
    pub fn new(input: I) -> LiveForm<I> {
        LiveForm {
            input: RwSignal::new(input),
            touched: RwSignal::new(Vec::new()),
        }
    }

    /// The input as typed (reactive).
    pub fn input(self) -> RwSignal<I> {
        self.input
    }

    /// The `on_input` of a field: stores the value and marks the field typed in.
    pub fn setter(self, field: I::Field, apply: fn(&mut I, String)) -> Callback<String> {
        Callback::new(move |v: String| {
            self.input.update(|i| apply(i, v));
            self.touched.update(|t| {
                if !t.contains(&field) {
                    t.push(field);
                }
            });
        })
    }

    /// The message of a field: the rule's once typed in, `server`'s before.
    pub fn message(
        self,
        field: I::Field,
        server: Option<I::Problem>,
        text: impl Fn(I::Problem) -> String + Send + Sync + 'static,
    ) -> Signal<Option<String>> {
        Signal::derive(move || {
            let problem = if self.touched.with(|t| t.contains(&field)) {
                self.input.with(|i| i.check(field))
            } else {
                server
            };
            problem.map(&text)
        })
    }

    /// The form's `on:submit`: an invalid form is not sent, and every message shows at once.
    pub fn on_submit(self) -> impl Fn(leptos::ev::SubmitEvent) + Copy + 'static {
        move |ev: leptos::ev::SubmitEvent| {
            self.read_form(&ev);
            let invalid = self
                .input
                .with(|i| I::FIELDS.iter().any(|f| i.check(*f).is_some()));
            if invalid {
                ev.prevent_default();
                self.touched.set(I::FIELDS.to_vec());
            }
        }
    }

    /// Takes the submitted form's values into the input, so the check sees what the form
    /// sends, even what was typed before hydration.
    #[cfg(feature = "hydrate")]
    fn read_form(self, ev: &leptos::ev::SubmitEvent) {
        use wasm_bindgen::JsCast;
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else {
            return;
        };
        self.input.update(|input| {
            for (name, store) in I::FORM_FIELDS {
                if let Some(value) = data.get(name).as_string() {
                    store(input, value);
                }
            }
        });
    }

    /// On the server there is no form to read.
    #[cfg(not(feature = "hydrate"))]
    fn read_form(self, _ev: &leptos::ev::SubmitEvent) {}
}
