//! The pesantren admin's profile form: the raw input, the rule for each field, the checked
//! result. Like the listing form, one rule runs in the browser and on the server.

use serde::{Deserialize, Serialize};

/// Longest profile text.
pub const DESCRIPTION_MAX_CHARS: usize = 5_000;
/// Longest address.
pub const ADDRESS_MAX_CHARS: usize = 300;
/// Longest cooperative name.
pub const COOPERATIVE_MAX_CHARS: usize = 120;

/// The form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileInput {
    /// Profile text.
    pub description: String,
    /// Street address.
    pub address: String,
    /// Cooperative (Kopontren) name, optional.
    pub cooperative: String,
    /// WhatsApp number as typed.
    pub whatsapp: String,
}

/// The fields of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProfileField {
    /// Profile text.
    Description,
    /// Address.
    Address,
    /// Cooperative.
    Cooperative,
    /// WhatsApp.
    Whatsapp,
}

impl ProfileField {
    /// Every field.
    pub const ALL: [ProfileField; 4] = [
        ProfileField::Description,
        ProfileField::Address,
        ProfileField::Cooperative,
        ProfileField::Whatsapp,
    ];
}

/// Why a field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProfileProblem {
    /// Must be filled in.
    Required,
    /// Longer than the field allows.
    TooLong,
    /// Not an Indonesian mobile number.
    PhoneInvalid,
}

/// A checked profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidProfile {
    /// Profile text, line breaks kept.
    pub description: String,
    /// Address.
    pub address: String,
    /// Cooperative, if any.
    pub cooperative: Option<String>,
    /// WhatsApp in international digits.
    pub whatsapp: String,
}

fn bounded(text: &str, max: usize, required: bool) -> Result<Option<String>, ProfileProblem> {
    crate::text::bounded(text, max, required).map_err(|p| match p {
        crate::text::TextProblem::Required => ProfileProblem::Required,
        crate::text::TextProblem::TooLong => ProfileProblem::TooLong,
    })
}

impl ProfileInput {
    /// The form filled with the stored profile.
    pub fn from_valid(p: &ValidProfile) -> ProfileInput {
        ProfileInput {
            description: p.description.clone(),
            address: p.address.clone(),
            cooperative: p.cooperative.clone().unwrap_or_default(),
            whatsapp: format!("+{}", p.whatsapp),
        }
    }

    /// The problem with one field, if any.
    pub fn check_field(&self, field: ProfileField) -> Option<ProfileProblem> {
        match field {
            ProfileField::Description => {
                bounded(&self.description, DESCRIPTION_MAX_CHARS, true).err()
            }
            ProfileField::Address => bounded(&self.address, ADDRESS_MAX_CHARS, true).err(),
            ProfileField::Cooperative => {
                bounded(&self.cooperative, COOPERATIVE_MAX_CHARS, false).err()
            }
            ProfileField::Whatsapp => crate::phone::normalise_mobile(&self.whatsapp)
                .is_none()
                .then_some(ProfileProblem::PhoneInvalid),
        }
    }

    /// Every refused field, or the checked profile.
    pub fn validate(&self) -> Result<ValidProfile, Vec<(ProfileField, ProfileProblem)>> {
        let errors: Vec<_> = ProfileField::ALL
            .into_iter()
            .filter_map(|f| self.check_field(f).map(|p| (f, p)))
            .collect();
        match (
            bounded(&self.description, DESCRIPTION_MAX_CHARS, true),
            bounded(&self.address, ADDRESS_MAX_CHARS, true),
            bounded(&self.cooperative, COOPERATIVE_MAX_CHARS, false),
            crate::phone::normalise_mobile(&self.whatsapp),
        ) {
            (Ok(Some(description)), Ok(Some(address)), Ok(cooperative), Some(whatsapp)) => {
                Ok(ValidProfile {
                    description,
                    address,
                    cooperative,
                    whatsapp,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_is_checked_and_normalised() {
        let input = ProfileInput {
            description: "Pesantren di Jombang.\r\nKoperasi aktif.".into(),
            address: " Jl. KH. Hasyim Asy'ari 1 ".into(),
            cooperative: " ".into(),
            whatsapp: "0812-3456-7890".into(),
        };
        let p = input.validate().expect("valid");
        assert_eq!(p.description, "Pesantren di Jombang.\nKoperasi aktif.");
        assert_eq!(p.address, "Jl. KH. Hasyim Asy'ari 1");
        assert_eq!(p.cooperative, None);
        assert_eq!(p.whatsapp, "6281234567890");
        assert_eq!(ProfileInput::from_valid(&p).validate(), Ok(p));
    }

    #[test]
    fn refused_fields_are_named() {
        let input = ProfileInput {
            description: String::new(),
            address: "a".repeat(301),
            cooperative: "k".repeat(121),
            whatsapp: "021-555".into(),
        };
        assert_eq!(
            input.validate(),
            Err(vec![
                (ProfileField::Description, ProfileProblem::Required),
                (ProfileField::Address, ProfileProblem::TooLong),
                (ProfileField::Cooperative, ProfileProblem::TooLong),
                (ProfileField::Whatsapp, ProfileProblem::PhoneInvalid),
            ])
        );
    }
}
