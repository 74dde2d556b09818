//! The checkout form: who receives the order and where. One rule runs as the buyer types and
//! again on the server.

use serde::{Deserialize, Serialize};

/// Longest recipient name.
pub const NAME_MAX_CHARS: usize = 100;
/// Longest address.
pub const ADDRESS_MAX_CHARS: usize = 500;
/// Longest note to the pesantren.
pub const NOTE_MAX_CHARS: usize = 500;
/// The region value for an address outside East Java.
pub const OUTSIDE_EAST_JAVA: &str = "luar";

/// The form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckoutInput {
    /// Recipient name.
    pub name: String,
    /// Mobile number as typed (`0812…`, `+62 812…`).
    pub phone: String,
    /// Region code of East Java, or [`OUTSIDE_EAST_JAVA`].
    pub region: String,
    /// Street address.
    pub address: String,
    /// Note to the pesantren, optional.
    pub note: String,
}

/// The fields of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CheckoutField {
    /// Recipient name.
    Name,
    /// Phone.
    Phone,
    /// Region.
    Region,
    /// Address.
    Address,
    /// Note.
    Note,
}

impl CheckoutField {
    /// Every field.
    pub const ALL: [CheckoutField; 5] = [
        CheckoutField::Name,
        CheckoutField::Phone,
        CheckoutField::Region,
        CheckoutField::Address,
        CheckoutField::Note,
    ];
}

/// Why a field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckoutProblem {
    /// Must be filled in.
    Required,
    /// Longer than the field allows.
    TooLong,
    /// Not an Indonesian mobile number.
    PhoneInvalid,
    /// Not one of the offered regions.
    RegionUnknown,
}

/// Why a checkout placed no order (the form is shown again with the reason).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckoutRefusal {
    /// Not enough stock for these products.
    OutOfStock(Vec<String>),
    /// These products left the catalogue.
    Unavailable(Vec<String>),
    /// A price changed since the buyer saw the total.
    PriceChanged,
}

/// Where an order is shipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShippingRegion {
    /// A kabupaten/kota of East Java, by its Kemendagri code.
    EastJava(String),
    /// Anywhere outside East Java.
    Outside,
}

/// A checked checkout form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidCheckout {
    /// Recipient name.
    pub name: String,
    /// Mobile number, international digits (`62812…`).
    pub phone: String,
    /// Region.
    pub region: ShippingRegion,
    /// Address.
    pub address: String,
    /// Note, if any.
    pub note: Option<String>,
}

fn text(value: &str, max: usize, required: bool) -> Result<Option<String>, CheckoutProblem> {
    crate::text::bounded(value, max, required).map_err(|p| match p {
        crate::text::TextProblem::Required => CheckoutProblem::Required,
        crate::text::TextProblem::TooLong => CheckoutProblem::TooLong,
    })
}

/// East Java's region codes are `35` and two digits (Kemendagri).
fn region(value: &str) -> Result<ShippingRegion, CheckoutProblem> {
    let value = value.trim();
    if value.is_empty() {
        Err(CheckoutProblem::Required)
    } else if value == OUTSIDE_EAST_JAVA {
        Ok(ShippingRegion::Outside)
    } else if value.len() == 4
        && value.starts_with("35")
        && value.bytes().all(|b| b.is_ascii_digit())
    {
        Ok(ShippingRegion::EastJava(value.to_owned()))
    } else {
        Err(CheckoutProblem::RegionUnknown)
    }
}

impl CheckoutInput {
    /// The problem with one field, if any.
    pub fn check_field(&self, field: CheckoutField) -> Option<CheckoutProblem> {
        match field {
            CheckoutField::Name => text(&self.name, NAME_MAX_CHARS, true).err(),
            CheckoutField::Phone => {
                if self.phone.trim().is_empty() {
                    Some(CheckoutProblem::Required)
                } else {
                    crate::phone::normalise_mobile(&self.phone)
                        .is_none()
                        .then_some(CheckoutProblem::PhoneInvalid)
                }
            }
            CheckoutField::Region => region(&self.region).err(),
            CheckoutField::Address => text(&self.address, ADDRESS_MAX_CHARS, true).err(),
            CheckoutField::Note => text(&self.note, NOTE_MAX_CHARS, false).err(),
        }
    }

    /// Every refused field, or the checked form. `known_region` says whether a code is one of
    /// the 38 regions (the server knows them; the browser offers only those).
    pub fn validate(
        &self,
        known_region: impl Fn(&str) -> bool,
    ) -> Result<ValidCheckout, Vec<(CheckoutField, CheckoutProblem)>> {
        let mut errors: Vec<_> = CheckoutField::ALL
            .into_iter()
            .filter_map(|f| self.check_field(f).map(|p| (f, p)))
            .collect();
        let region = region(&self.region);
        if let Ok(ShippingRegion::EastJava(code)) = &region
            && !known_region(code)
        {
            errors.push((CheckoutField::Region, CheckoutProblem::RegionUnknown));
        }
        match (
            text(&self.name, NAME_MAX_CHARS, true),
            crate::phone::normalise_mobile(&self.phone),
            region,
            text(&self.address, ADDRESS_MAX_CHARS, true),
            text(&self.note, NOTE_MAX_CHARS, false),
        ) {
            (Ok(Some(name)), Some(phone), Ok(region), Ok(Some(address)), Ok(note))
                if errors.is_empty() =>
            {
                Ok(ValidCheckout {
                    name,
                    phone,
                    region,
                    address,
                    note,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> CheckoutInput {
        CheckoutInput {
            name: " Siti Aminah ".into(),
            phone: "0812-3456-7890".into(),
            region: "3517".into(),
            address: "Jl. Merdeka 1\r\nJombang".into(),
            note: String::new(),
        }
    }

    #[test]
    fn a_filled_form_is_normalised() {
        let valid = filled().validate(|c| c == "3517").expect("valid");
        assert_eq!(valid.name, "Siti Aminah");
        assert_eq!(valid.phone, "6281234567890");
        assert_eq!(valid.region, ShippingRegion::EastJava("3517".into()));
        assert_eq!(valid.address, "Jl. Merdeka 1\nJombang");
        assert_eq!(valid.note, None);
        let outside = CheckoutInput {
            region: OUTSIDE_EAST_JAVA.into(),
            phone: "+62 812 3456 7890".into(),
            ..filled()
        };
        assert_eq!(
            outside.validate(|_| false).map(|v| v.region),
            Ok(ShippingRegion::Outside)
        );
    }

    #[test]
    fn every_refused_field_is_named() {
        let empty = CheckoutInput::default();
        assert_eq!(
            empty.validate(|_| true),
            Err(vec![
                (CheckoutField::Name, CheckoutProblem::Required),
                (CheckoutField::Phone, CheckoutProblem::Required),
                (CheckoutField::Region, CheckoutProblem::Required),
                (CheckoutField::Address, CheckoutProblem::Required),
            ])
        );
        let bad = CheckoutInput {
            phone: "021-5550123".into(),
            region: "3199".into(),
            note: "n".repeat(NOTE_MAX_CHARS + 1),
            ..filled()
        };
        assert_eq!(
            bad.validate(|_| true),
            Err(vec![
                (CheckoutField::Phone, CheckoutProblem::PhoneInvalid),
                (CheckoutField::Region, CheckoutProblem::RegionUnknown),
                (CheckoutField::Note, CheckoutProblem::TooLong),
            ])
        );
        // Well-formed but not one of the 38.
        let unknown = CheckoutInput {
            region: "3599".into(),
            ..filled()
        };
        assert_eq!(
            unknown.validate(|c| c == "3517"),
            Err(vec![(
                CheckoutField::Region,
                CheckoutProblem::RegionUnknown
            )])
        );
    }
}
