//! A form checked as the user types (after hydration): the input as typed, the fields typed in
//! so far, and each field's message — the shared rule's once the field was typed in, the
//! server's before that (a refused post with JavaScript off). An invalid form is not sent.

use domain::pesantren_form::{ProfileField, ProfileInput, ProfileProblem};
use domain::{ListingField, ListingInput, ListingProblem};
use leptos::prelude::*;

/// A form's shared rule.
pub trait Checked: Clone + Send + Sync + 'static {
    /// Its fields.
    type Field: Copy + Eq + Send + Sync + 'static;
    /// Why a field is refused.
    type Problem: Copy + Send + Sync + 'static;
    /// Every field.
    const FIELDS: &'static [Self::Field];
    /// The problem with one field, if any.
    fn check(&self, field: Self::Field) -> Option<Self::Problem>;
}

impl Checked for ListingInput {
    type Field = ListingField;
    type Problem = ListingProblem;
    const FIELDS: &'static [ListingField] = &ListingField::ALL;
    fn check(&self, field: ListingField) -> Option<ListingProblem> {
        self.check_field(field)
    }
}

impl Checked for ProfileInput {
    type Field = ProfileField;
    type Problem = ProfileProblem;
    const FIELDS: &'static [ProfileField] = &ProfileField::ALL;
    fn check(&self, field: ProfileField) -> Option<ProfileProblem> {
        self.check_field(field)
    }
}

impl Checked for domain::checkout::CheckoutInput {
    type Field = domain::checkout::CheckoutField;
    type Problem = domain::checkout::CheckoutProblem;
    const FIELDS: &'static [Self::Field] = &domain::checkout::CheckoutField::ALL;
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
            let invalid = self
                .input
                .with(|i| I::FIELDS.iter().any(|f| i.check(*f).is_some()));
            if invalid {
                ev.prevent_default();
                self.touched.set(I::FIELDS.to_vec());
            }
        }
    }
}
